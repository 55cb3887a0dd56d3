package org.newsgraph.extract.corenlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.extract.CodePoints;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Span;

import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * Relations from CoreNLP's KBP annotator. A triple is kept when its subject is one of our entities; its
 * object is linked to an entity where it is one and always kept as text. Its evidence is the text from the first
 * to the last of its subject's and object's tokens. Repeats within a sentence are dropped.
 */
final class KbpRelations {
    private KbpRelations() {
    }

    static List<Relation> find(CoreDocument document, EntityLookup lookup, CodePoints codePoints) {
        List<Relation> relations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<CoreSentence> sentences = document.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            List<RelationTriple> triples = sentences.get(s).relations();
            if (triples == null)
                continue;
            for (RelationTriple t : triples) {
                Optional<String> subject = entityOf(t.subject, lookup);
                if (subject.isEmpty())
                    continue;
                Optional<String> object = entityOf(t.object, lookup).filter(o -> !o.equals(subject.get()));
                String predicate = t.relationGloss();
                String value = t.objectGloss().strip();
                double confidence = Double.isNaN(t.confidence) ? 0 : Math.max(0, Math.min(1, t.confidence));
                String key = subject.get() + "|" + predicate + "|" + object.orElse(value.toLowerCase(Locale.ROOT)) + "|" + s;
                if (value.isEmpty() || !seen.add(key))
                    continue;
                relations.add(new Relation(subject.get(), predicate, object, value, confidence, evidence(t, codePoints), s));
            }
        }
        return relations;
    }

    /** The code points covering the triple's subject and object tokens, in whichever order the text has them. */
    static Span evidence(RelationTriple triple, CodePoints codePoints) {
        int begin = Integer.MAX_VALUE;
        int end = 0;
        for (List<CoreLabel> tokens : List.of(triple.subject, triple.object))
            for (CoreLabel token : tokens) {
                begin = Math.min(begin, token.beginPosition());
                end = Math.max(end, token.endPosition());
            }
        return codePoints.span(begin, end);
    }

    /** The entity most of the tokens belong to, preferring the last (head) token on a tie. */
    static Optional<String> entityOf(List<CoreLabel> tokens, EntityLookup lookup) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        String last = null;
        for (CoreLabel token : tokens) {
            Optional<String> id = lookup.entityAt(token.sentIndex(), token.index() - 1);
            if (id.isPresent()) {
                votes.merge(id.get(), 1, Integer::sum);
                last = id.get();
            }
        }
        String best = last;
        for (Map.Entry<String, Integer> e : votes.entrySet())
            if (best == null || e.getValue() > votes.get(best))
                best = e.getKey();
        return Optional.ofNullable(best);
    }
}
