package org.newsgraph.extract.corenlp;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a cue says that something was not said: "did not say", "never said", "made no mention of", and a verb of
 * saying held back by the verb it completes ("declined to say", "refused to confirm", "failed to mention", "did not
 * want to say"); "did not refuse to say" is said.
 */
final class CueNegation {
    /** Words that negate the verb or noun they hang from. */
    static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    /** Verbs whose infinitive is what was not done. */
    static final Set<String> REFUSALS = Set.of("decline", "refuse", "fail", "forget", "neglect", "avoid");

    private CueNegation() {
    }

    static boolean negated(AttributionTree t, int cue) {
        if (negatedHere(t, cue))
            return true;
        for (int c : t.children(cue, "det"))
            // "no comment", "made no mention of"
            if (t.token(c).word().toLowerCase(Locale.ROOT).equals("no"))
                return true;
        int gov = t.head(cue);
        return gov >= 0 && t.relation(cue).equals("xcomp") && REFUSALS.contains(t.lemma(gov)) != negatedHere(t, gov);
    }

    static boolean negatedHere(AttributionTree t, int word) {
        for (int c : t.children(word))
            if (NEGATIONS.contains(t.lemma(c)) || NEGATIONS.contains(t.token(c).word().toLowerCase(Locale.ROOT)))
                return true;
        return false;
    }
}
