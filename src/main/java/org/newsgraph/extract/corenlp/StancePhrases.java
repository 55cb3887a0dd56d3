package org.newsgraph.extract.corenlp;

import org.newsgraph.extract.SpeechAct;

import java.util.Map;
import java.util.Optional;

/**
 * Stance predicates of a light verb and the word that makes it attribute ("made clear that", "took issue with",
 * "lashed out at", "singled out", "played down"): the verb alone is no cue, the pair is. Kept to pairs that attribute
 * in at least half of their occurrences in the PolNeAR training split.
 */
final class StancePhrases {
    /** Verb lemma, then the lemma of its object or particle, then the act. */
    private static final Map<String, Map<String, SpeechAct>> PAIRS = Map.of(
            "make", Map.of("clear", SpeechAct.STATEMENT, "comment", SpeechAct.STATEMENT, "argument", SpeechAct.STATEMENT,
                    "mention", SpeechAct.STATEMENT, "case", SpeechAct.STATEMENT),
            "take", Map.of("issue", SpeechAct.ACCUSATION, "shot", SpeechAct.ACCUSATION, "aim", SpeechAct.ACCUSATION,
                    "swipe", SpeechAct.ACCUSATION),
            "lash", Map.of("out", SpeechAct.ACCUSATION),
            "single", Map.of("out", SpeechAct.ACCUSATION),
            "play", Map.of("down", SpeechAct.DENIAL),
            "double", Map.of("down", SpeechAct.STATEMENT),
            "put", Map.of("it", SpeechAct.STATEMENT),
            "draw", Map.of("contrast", SpeechAct.STATEMENT));

    /** The prepositions whose object is such a phrase's content ("took issue with X", "lashed out at X"). */
    static final String PREPOSITIONS = "about on at with against";

    private StancePhrases() {
    }

    /** The act of the stance phrase headed by the verb at {@code verb}, if its object or particle makes one. */
    static Optional<SpeechAct> act(AttributionTree t, int verb) {
        int word = word(t, verb);
        return word < 0 ? Optional.empty() : Optional.of(PAIRS.get(t.lemma(verb)).get(t.lemma(word).toLowerCase()));
    }

    /** The object or particle that makes the verb at {@code verb} a stance phrase, or -1. */
    static int word(AttributionTree t, int verb) {
        Map<String, SpeechAct> pairs = PAIRS.get(t.lemma(verb));
        if (pairs == null)
            return -1;
        for (int c : t.children(verb)) {
            String rel = t.relation(c);
            if ((rel.equals("obj") || rel.equals("compound:prt") || rel.equals("xcomp")) && pairs.containsKey(t.lemma(c).toLowerCase()))
                return c;
        }
        return -1;
    }

    /** "took a shot at X", "made no mention of X": the object of the phrase word's own preposition, if any. */
    static java.util.BitSet ownObject(AttributionTree t, int word, java.util.BitSet block) {
        java.util.BitSet out = new java.util.BitSet();
        for (int c : t.children(word, "nmod"))
            if (c > word && t.children(c, "case").stream().anyMatch(k -> (PREPOSITIONS + " of").contains(t.lemma(k)))) {
                out.or(t.phrase(c, block));
                t.children(c, "case").forEach(out::clear);
                break;
            }
        return out;
    }

    static boolean isStance(AttributionTree t, int verb) {
        return PAIRS.containsKey(t.lemma(verb));
    }
}
