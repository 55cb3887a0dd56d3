package org.newsgraph.extract.corenlp;

import org.newsgraph.extract.SpeechAct;

import java.util.Map;
import java.util.Optional;

/**
 * Stance predicates of a light verb and the word that makes it attribute ("made clear that", "took issue with",
 * "lashed out at", "singled out", "played down", "made no secret of", "touched on"): the verb alone is no cue, the
 * pair is. Kept to pairs that attribute in at least half of their occurrences (and three or more) in the PolNeAR
 * training split.
 */
final class StancePhrases {
    /**
     * Verb lemma, then the lemma of its object or particle (or "@" and the preposition of a phrase after it: "touched
     * on X", "sparred over X"), then the act.
     */
    private static final Map<String, Map<String, SpeechAct>> PAIRS = Map.ofEntries(
            Map.entry("make", Map.of("clear", SpeechAct.STATEMENT, "comment", SpeechAct.STATEMENT, "argument", SpeechAct.STATEMENT,
                    "mention", SpeechAct.STATEMENT, "case", SpeechAct.STATEMENT, "secret", SpeechAct.STATEMENT,
                    "joke", SpeechAct.STATEMENT, "reference", SpeechAct.STATEMENT, "commitment", SpeechAct.PROMISE)),
            Map.entry("take", Map.of("issue", SpeechAct.ACCUSATION, "shot", SpeechAct.ACCUSATION, "aim", SpeechAct.ACCUSATION,
                    "swipe", SpeechAct.ACCUSATION, "credit", SpeechAct.STATEMENT)),
            Map.entry("lash", Map.of("out", SpeechAct.ACCUSATION)),
            Map.entry("single", Map.of("out", SpeechAct.ACCUSATION)),
            Map.entry("play", Map.of("down", SpeechAct.DENIAL)),
            Map.entry("double", Map.of("down", SpeechAct.STATEMENT)),
            Map.entry("put", Map.of("it", SpeechAct.STATEMENT)),
            Map.entry("draw", Map.of("contrast", SpeechAct.STATEMENT, "criticism", SpeechAct.ACCUSATION, "attention", SpeechAct.STATEMENT)),
            Map.entry("throw", Map.of("support", SpeechAct.STATEMENT)),
            Map.entry("provide", Map.of("detail", SpeechAct.STATEMENT)),
            Map.entry("give", Map.of("answer", SpeechAct.STATEMENT)),
            Map.entry("poke", Map.of("fun", SpeechAct.ACCUSATION, "@at", SpeechAct.ACCUSATION)),
            Map.entry("shrug", Map.of("off", SpeechAct.DENIAL)),
            Map.entry("spell", Map.of("out", SpeechAct.STATEMENT)),
            Map.entry("come", Map.of("@against", SpeechAct.ACCUSATION)),
            Map.entry("open", Map.of("@about", SpeechAct.STATEMENT)),
            Map.entry("pounce", Map.of("@on", SpeechAct.ACCUSATION)),
            Map.entry("bristle", Map.of("@at", SpeechAct.ACCUSATION)),
            Map.entry("touch", Map.of("@on", SpeechAct.STATEMENT)),
            Map.entry("campaign", Map.of("@against", SpeechAct.ACCUSATION)),
            Map.entry("spar", Map.of("@over", SpeechAct.ACCUSATION)));

    /** The prepositions whose object is such a phrase's content ("took issue with X", "lashed out at X"). */
    static final String PREPOSITIONS = "about on at with against";

    private StancePhrases() {
    }

    /** The act of the stance phrase headed by the verb at {@code verb}, if its object or particle makes one. */
    static Optional<SpeechAct> act(AttributionTree t, int verb) {
        int word = word(t, verb);
        return word < 0 ? Optional.empty() : Optional.of(PAIRS.get(t.lemma(verb)).get(key(t, verb, word)));
    }

    /** The object, particle or prepositional phrase that makes the verb at {@code verb} a stance phrase, or -1. */
    static int word(AttributionTree t, int verb) {
        Map<String, SpeechAct> pairs = PAIRS.get(t.lemma(verb));
        if (pairs == null)
            return -1;
        for (int c : t.children(verb)) {
            String key = key(t, verb, c);
            if (key != null && pairs.containsKey(key))
                return c;
        }
        return -1;
    }

    /** How a dependent of a stance verb is looked up in {@link #PAIRS}, or null for a dependent that never makes one. */
    private static String key(AttributionTree t, int verb, int c) {
        String rel = t.relation(c);
        if (rel.equals("obj") || rel.equals("compound:prt") || rel.equals("xcomp"))
            return t.lemma(c).toLowerCase();
        if (rel.startsWith("obl") && c > verb)
            for (int k : t.children(c, "case"))
                return "@" + t.lemma(k).toLowerCase();
        return null;
    }

    /** "took a shot at X", "made no mention of X": the object of the phrase word's own preposition, if any. */
    static java.util.BitSet ownObject(AttributionTree t, int word, java.util.BitSet block) {
        java.util.BitSet out = new java.util.BitSet();
        if (t.relation(word).startsWith("obl")) {
            // "touched on the tax plan": the phrase itself, without its preposition
            out.or(t.phrase(word, block));
            t.children(word, "case").forEach(out::clear);
            return out;
        }
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
