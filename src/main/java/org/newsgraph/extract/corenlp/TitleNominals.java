package org.newsgraph.extract.corenlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extract.CodePoints;
import org.newsgraph.extract.MentionKind;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.Span;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * A repair where coreference breaks: a title phrase that belongs to no entity ("the tech giant's chairman
 * said") denotes the one person the article gives that title to ("Huawei's chairman Liang Hua"). Only
 * when exactly one person holds the title in the article (a bare "the minister": one person holds a title ending in
 * it, "transport minister"); the phrase runs from its leftmost dependent to
 * the title word and joins that person as a nominal mention.
 */
final class TitleNominals {
    private TitleNominals() {
    }

    /** Adds the title nominals to the holders' groups; true when it added any (the clusters must be rebuilt). */
    static boolean attach(CoreDocument document, CodePoints codePoints, EntityClusters clusters, List<Role> roles) {
        Map<String, Set<String>> holders = new HashMap<>();
        for (Role r : roles)
            r.holderId().ifPresent(h -> {
                holders.computeIfAbsent(r.title(), k -> new HashSet<>()).add(h);
            });
        boolean added = false;
        for (int s = 0; s < document.sentences().size(); s++) {
            List<CoreLabel> tokens = document.sentences().get(s).tokens();
            SemanticGraph graph = document.sentences().get(s).dependencyParse();
            for (int b = 0; b < tokens.size(); b++) {
                if (!"TITLE".equals(tokens.get(b).ner()))
                    continue;
                int e = b;
                StringBuilder title = new StringBuilder();
                while (e < tokens.size() && "TITLE".equals(tokens.get(e).ner()))
                    title.append(e > b ? " " : "").append(tokens.get(e++).word().toLowerCase(Locale.ROOT));
                int head = e - 1;
                Set<String> who = holders.getOrDefault(title.toString(), Set.of());
                if (who.isEmpty() && e - b == 1 && b > 0 && tokens.get(b - 1).word().equalsIgnoreCase("the"))
                    who = holdersEndingIn(holders, title.toString());
                Span run = codePoints.span(tokens.get(b).beginPosition(), tokens.get(head).endPosition());
                int sentence = s;
                boolean roleEvidence = roles.stream()
                        .anyMatch(r -> r.holderId().isPresent() && r.sentence() == sentence && r.span().overlaps(run));
                if (who.size() == 1 && !roleEvidence && clusters.index().entityAt(s, head).isEmpty()) {
                    int left = leftmost(graph, head, b);
                    clusters.group(who.iterator().next()).others.add(new MentionDraft(s, left, head + 1,
                            tokens.get(left).beginPosition(), tokens.get(head).endPosition(), MentionKind.NOMINAL, null, null));
                    added = true;
                }
                b = e - 1;
            }
        }
        return added;
    }

    /**
     * "the minister" after "Transport Minister Katrin Aulenbach": the holders of the titles that end in the bare title
     * word; it names the person only when exactly one holds such a title (the caller checks).
     */
    private static Set<String> holdersEndingIn(Map<String, Set<String>> holders, String word) {
        Set<String> who = new HashSet<>();
        holders.forEach((title, h) -> {
            if (title.endsWith(" " + word))
                who.addAll(h);
        });
        return who;
    }

    /** The first token of the title word's phrase: its leftmost descendant, never right of the title run. */
    private static int leftmost(SemanticGraph graph, int head, int runBegin) {
        if (graph == null)
            return runBegin;
        IndexedWord word = graph.getNodeByIndexSafe(head + 1);
        if (word == null)
            return runBegin;
        int left = runBegin;
        for (IndexedWord d : graph.descendants(word))
            if (d.index() - 1 < left)
                left = d.index() - 1;
        return left;
    }
}
