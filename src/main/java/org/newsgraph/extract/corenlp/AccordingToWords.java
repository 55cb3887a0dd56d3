package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.Optional;

/**
 * "According to X, Y" and "That's according to X." read off the words where the parse made the source the root of
 * the sentence ("According to early results of exit polls ..., majorities want Y"): fronted, the source runs to the
 * first comma and the content from there to the end; after a copula, the content is what stands before it.
 */
final class AccordingToWords {
    private static final int MAX_SOURCE = 30;

    private AccordingToWords() {
    }

    /** The parts of "according to" at {@code according} (the word "according", "to" next to it). */
    static Optional<ClaimParts.Parts> find(AttributionTree t, int according) {
        if (according + 2 >= t.size() || !t.lemma(according).equals("accord") && !t.token(according).word().equalsIgnoreCase("according")
                || !t.lemma(according + 1).equals("to"))
            return Optional.empty();
        BitSet source = new BitSet(), content = new BitSet();
        int end = t.size();
        while (end > according + 2 && t.tag(end - 1).equals("."))
            end--;
        if (according == 0) {
            int comma = according + 2;
            while (comma < end && !t.tag(comma).equals(","))
                comma++;
            if (comma >= end || comma - according - 2 > MAX_SOURCE)
                return Optional.empty();
            source.set(according + 2, comma);
            content.set(comma + 1, end);
            if (!hasVerb(t, content))
                return Optional.empty();
        } else if (according >= 2 && t.lemma(according - 1).equals("be") || according >= 2 && t.token(according - 1).word().matches("['\u2019]s")) {
            // "That's according to X."
            source.set(according + 2, end);
            content.set(0, according - 1);
        } else {
            return Optional.empty();
        }
        source = t.trim(source);
        content = t.trim(content);
        if (source.isEmpty() || content.isEmpty())
            return Optional.empty();
        BitSet cue = new BitSet();
        cue.set(according, according + 2);
        int head = source.length() - 1;
        for (int k = source.nextSetBit(0); k >= 0; k = source.nextSetBit(k + 1))
            if (t.head(k) < 0 || !source.get(t.head(k))) {
                head = k;
                break;
            }
        return Optional.of(new ClaimParts.Parts(source, head, cue, content, ClaimParts.direct(t, content), false, false));
    }

    private static boolean hasVerb(AttributionTree t, BitSet set) {
        for (int k = set.nextSetBit(0); k >= 0; k = set.nextSetBit(k + 1))
            if (t.tag(k).startsWith("VB") || t.tag(k).equals("MD"))
                return true;
        return false;
    }
}
