package org.newsgraph.extract.corenlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.MentionKind;

import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Common nouns that denote one person ("the woman", "a man") or one institution ("the university", "his family",
 * "a high school") as mentions of it; see {@link #attach}.
 */
final class PersonNouns {
    /** Nouns that always denote one person; kinship and job words do not (they are roles, or families). */
    private static final Set<String> PERSON_NOUNS = Set.of("man", "woman", "girl", "guy", "person", "lady", "gentleman");
    /** Nouns that denote one institution; the words of kind before "school" belong to it ("high school"). */
    private static final Set<String> ORGANIZATION_NOUNS = Set.of("university", "school", "family", "company", "council",
            "government", "faculty", "college");

    private PersonNouns() {
    }

    /**
     * "The woman", "a man": the noun is a mention of a person (the noun alone, as OKE marks it). In a coreference
     * chain with a name it joins that person; otherwise it is an unnamed person, which its chain's pronouns join.
     */
    static void attach(CoreDocument document, List<EntityClusterer.Group> groups, Set<Long> taken, Map<Integer, EntityClusterer.Group> unnamedByChain,
            List<EntityClusterer.Group> unnamed) {
        attach(document, groups, taken, unnamedByChain, unnamed, EntityType.PERSON, PERSON_NOUNS);
        attach(document, groups, taken, new HashMap<>(), unnamed, EntityType.ORGANIZATION, ORGANIZATION_NOUNS);
    }

    private static void attach(CoreDocument document, List<EntityClusterer.Group> groups, Set<Long> taken,
            Map<Integer, EntityClusterer.Group> unnamedByChain, List<EntityClusterer.Group> unnamed, EntityType type, Set<String> nouns) {
        String coarse = EntityClusterer.coarseOf(type);
        Map<Long, Integer> chainOfHead = new HashMap<>();
        Map<Integer, EntityClusterer.Group> namedByChain = new HashMap<>();
        Map<Long, EntityClusterer.Group> nameAt = new HashMap<>();
        for (EntityClusterer.Group g : groups)
            if (g.mergedInto == null && !g.names.isEmpty() && g.coarse().equals(coarse))
                for (MentionDraft n : g.names)
                    for (int t = n.tokenBegin(); t < n.tokenEnd(); t++)
                        nameAt.put(PersonPronouns.key(n.sentence(), t), g);
        if (document.corefChains() != null)
            for (CorefChain chain : document.corefChains().values())
                for (CorefChain.CorefMention cm : chain.getMentionsInTextualOrder()) {
                    chainOfHead.put(PersonPronouns.key(cm.sentNum - 1, cm.headIndex - 1), chain.getChainID());
                    EntityClusterer.Group g = nameAt.get(PersonPronouns.key(cm.sentNum - 1, cm.headIndex - 1));
                    if (g != null)
                        namedByChain.putIfAbsent(chain.getChainID(), g);
                }
        for (int s = 0; s < document.sentences().size(); s++) {
            List<CoreLabel> tokens = document.sentences().get(s).tokens();
            SemanticGraph graph = document.sentences().get(s).dependencyParse();
            for (int t = 0; t < tokens.size(); t++) {
                CoreLabel token = tokens.get(t);
                if (!"NN".equals(token.tag()) || !nouns.contains(token.word()) || taken.contains(PersonPronouns.key(s, t))
                        || isCompound(graph, t))
                    continue;
                int first = type == EntityType.ORGANIZATION ? kindFrom(tokens, graph, t) : t;
                MentionDraft noun = new MentionDraft(s, first, t + 1, tokens.get(first).beginPosition(), token.endPosition(),
                        MentionKind.NOMINAL, null, null);
                Integer chain = chainOfHead.get(PersonPronouns.key(s, t));
                EntityClusterer.Group target = chain == null ? null : namedByChain.get(chain);
                if (target == null && chain != null)
                    target = unnamedByChain.get(chain);
                if (target == null) {
                    target = new EntityClusterer.Group();
                    target.unnamedType = type;
                    unnamed.add(target);
                    if (chain != null)
                        unnamedByChain.put(chain, target);
                }
                target.others.add(noun);
                taken.add(PersonPronouns.key(s, t));
            }
        }
    }

    /** The first word of "high school", "medical school": lower-case modifiers right before the noun that qualify it. */
    private static int kindFrom(List<CoreLabel> tokens, SemanticGraph graph, int noun) {
        int first = noun;
        while (first > 0 && graph != null) {
            CoreLabel t = tokens.get(first - 1);
            var w = graph.getNodeByIndexSafe(first);
            var parent = w == null ? null : graph.getParent(w);
            if (parent == null || parent.index() != noun + 1 || t.tag() == null || !(t.tag().equals("JJ") || t.tag().equals("NN"))
                    || !Character.isLowerCase(t.word().codePointAt(0)) || !"O".equals(t.ner()))
                break;
            first--;
        }
        return first;
    }

    /** Whether a noun only modifies another ("man hours"). */
    private static boolean isCompound(SemanticGraph graph, int token) {
        if (graph == null)
            return false;
        var word = graph.getNodeByIndexSafe(token + 1);
        return word != null && graph.incomingEdgeList(word).stream().anyMatch(e -> e.getRelation().toString().equals("compound"));
    }

}
