package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;

/**
 * A verdict on what was just said, set off after it: "X said Y, a claim the union rejected", "X accused Z of Y, a
 * charge Z denied", "…, an allegation which the ministry disputes". The noun ("claim", "charge",
 * {@link SpeakerNames#SAID_THINGS}) stands for the clause before its comma, so that clause is what the verdict's
 * cue is about: its reported content where it is a cue's own ("the port was losing money" of "The mayor said the
 * port was losing money"), else the whole clause.
 */
final class SaidThings {
    private SaidThings() {
    }

    /** Whether {@code noun} is a said thing ("a claim", "the charge"). */
    static boolean isSaidThing(AttributionTree t, int noun) {
        return noun >= 0 && t.tag(noun).startsWith("NN") && SpeakerNames.SAID_THINGS.contains(t.lemma(noun).toLowerCase(Locale.ROOT));
    }

    /**
     * What the said thing at {@code noun} stands for, when it opens a phrase set off by a comma after a clause ("…, a
     * claim …"): that clause's reported content if its head is a verb cue with a clause of its own before the comma,
     * else the clause before the comma; empty when the noun is not set off so.
     *
     * @param block tokens the content must not take in (the verdict's cue and speaker)
     */
    static Optional<BitSet> referent(AttributionTree t, int noun, BitSet block) {
        if (!isSaidThing(t, noun))
            return Optional.empty();
        int start = noun;
        while (start > 0 && (t.tag(start - 1).equals("DT") || t.tag(start - 1).startsWith("JJ") || t.tag(start - 1).equals("PRP$")))
            start--;
        int comma = start - 1;
        if (comma < 1 || !t.tag(comma).equals(","))
            return Optional.empty();
        int top = comma - 1;
        while (t.head(top) >= 0 && t.head(top) < comma)
            top = t.head(top);
        BitSet before = new BitSet();
        before.set(0, comma);
        before.andNot(block);
        if (t.tag(top).startsWith("VB") && ClaimContents.LEXICON.act(t.lemma(top), CueLexicon.Kind.VERB).isPresent())
            for (int c : t.children(top, "ccomp")) {
                BitSet reported = t.phrase(c, block);
                reported.and(before);
                reported = t.trim(reported);
                if (reported.cardinality() >= 2)
                    return Optional.of(reported);
            }
        BitSet clause = t.trim(before);
        return clause.cardinality() >= 3 ? Optional.of(clause) : Optional.empty();
    }
}
