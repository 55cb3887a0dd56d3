package org.newsgraph.extract.corenlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Which other candidates of its sentence a cue candidate stands beside, by their index in the sentence's candidate
 * list, for the cue model's second pass: the model first scores every candidate alone, then again with the first
 * scores of its neighbours ({@link #features}), so that "believes" in "the senator said that the mayor believes ..."
 * can count on whether "said" is taken, and "concern" in "expressed concern" on whether "expressed" is.
 *
 * @param holder   the innermost candidate whose content holds this cue, or -1
 * @param inner    the candidates whose cues lie inside this one's content
 * @param governor the candidate whose cue is this cue's head in the parse, or -1
 * @param governed the candidates whose cues are this cue's dependents
 * @param others   every other candidate of the sentence
 */
record CueNeighbours(int holder, List<Integer> inner, int governor, List<Integer> governed, List<Integer> others) {
    /** A candidate alone in its sentence. */
    static final CueNeighbours NONE = new CueNeighbours(-1, List.of(), -1, List.of(), List.of());

    CueNeighbours {
        inner = List.copyOf(inner);
        governed = List.copyOf(governed);
        others = List.copyOf(others);
    }

    /** The neighbours of candidate {@code self} among {@code candidates}, all of sentence {@code tree}. */
    static CueNeighbours of(AttributionTree tree, int self, List<CueCandidate> candidates) {
        CueCandidate c = candidates.get(self);
        int holder = -1, holderSize = Integer.MAX_VALUE, governor = -1;
        List<Integer> inner = new ArrayList<>(), governed = new ArrayList<>(), others = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            if (k == self)
                continue;
            CueCandidate o = candidates.get(k);
            others.add(k);
            if (o.cue() == tree.head(c.cue()))
                governor = k;
            if (tree.head(o.cue()) == c.cue())
                governed.add(k);
            // the innermost holder: the one with the smallest content, as in CueFeatures.Context
            if (o.parts().content().get(c.cue()) && o.parts().content().cardinality() < holderSize) {
                holderSize = o.parts().content().cardinality();
                holder = k;
            }
            if (c.parts().content().get(o.cue()))
                inner.add(k);
        }
        return new CueNeighbours(holder, inner, governor, governed, others);
    }

    /**
     * The second pass's features of this candidate, given the first-pass probability of every candidate of the sentence
     * ({@code first[k]} for candidate k): how likely its holder, the cues in its content, its governor, the cues it
     * governs and the most likely other cue of the sentence are, in fifths; the holder's also by the cue's lemma, the
     * holder's lemma and the cue's speech act ({@code act} in lower case), the governor's and the governed's by the
     * cue's lemma.
     */
    List<String> features(String lemma, String holderLemma, String act, double[] first) {
        List<String> f = new ArrayList<>();
        String l = lemma.replace(' ', '_');
        if (holder >= 0) {
            f.add("hp=" + fifth(first[holder]));
            f.add("l,hp=" + l + "," + fifth(first[holder]));
            f.add("out,hp=" + holderLemma.replace(' ', '_') + "," + fifth(first[holder]));
            f.add("act,hp=" + act + "," + fifth(first[holder]));
        }
        if (governor >= 0)
            f.add("l,gp=" + l + "," + fifth(first[governor]));
        if (!governed.isEmpty())
            f.add("l,dp=" + l + "," + fifth(max(governed, first)));
        if (!inner.isEmpty())
            f.add("ip=" + fifth(max(inner, first)));
        if (governor >= 0)
            f.add("gp=" + fifth(first[governor]));
        if (!governed.isEmpty())
            f.add("dp=" + fifth(max(governed, first)));
        if (!others.isEmpty())
            f.add("op=" + fifth(max(others, first)));
        return f;
    }

    private static double max(List<Integer> which, double[] p) {
        double m = 0;
        for (int k : which)
            m = Math.max(m, p[k]);
        return m;
    }

    private static int fifth(double p) {
        return Math.min(4, (int) (p * 5));
    }

    /** The indexes as the features file writes them: "1,4", or "-" when none. */
    static String write(List<Integer> indexes) {
        return indexes.isEmpty() ? "-" : String.join(",", indexes.stream().map(String::valueOf).toList());
    }

    /** The indexes of {@link #write}. */
    static List<Integer> read(String s) {
        List<Integer> out = new ArrayList<>();
        if (!s.equals("-"))
            for (String x : s.split(","))
                out.add(Integer.parseInt(x));
        return out;
    }
}
