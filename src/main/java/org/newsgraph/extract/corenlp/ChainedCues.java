package org.newsgraph.extract.corenlp;

import org.newsgraph.extract.SpeechAct;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Two accepted cues that are one attribution: a verb and the cue that says what it did, with the same speaker
 * ("released a statement saying Y", "responded by saying Y", "sought to clarify Y", "made no mention of Y"). PolNeAR
 * marks them as one cue, and a reader wants one claim: the inner cue's content, speech act and lemma, the outer
 * cue's speaker where the inner has none, and a cue that runs from the outer word to the inner one. A cue that
 * reports something of its own around the other ("denied the claim that Y", "said Kol told him Y") stays apart.
 */
final class ChainedCues {
    /** Verbs whose object noun is the speech act itself ("made no mention of", "expressed confidence that"). */
    private static final Set<String> LIGHT_VERBS = Set.of("make", "express", "voice", "share", "deliver", "offer", "give",
            "lodge", "level", "file", "issue", "pose", "raise", "register");

    /**
     * Verbs that turn to another's text ("cited a report warning Y"), which, like a denial ("rejected a motion calling for
     * Y"), is no attribution of what that text says to the verb's subject.
     */
    private static final Set<String> CITING = Set.of("cite", "quote");

    /** Verbs of saying, which report what they say themselves, whatever follows them. */
    private static final Set<String> OWN_REPORTS = Set.of("say", "tell");

    private ChainedCues() {
    }

    /** The accepted candidates in order, each chained pair joined into its inner cue's candidate. */
    static List<CueCandidate> join(AttributionTree t, List<CueCandidate> candidates, BitSet accepted) {
        List<CueCandidate> out = new ArrayList<>();
        BitSet open = (BitSet) accepted.clone();
        for (int a = accepted.nextSetBit(0); a >= 0; a = accepted.nextSetBit(a + 1)) {
            if (!open.get(a))
                continue;
            int inner = inner(t, candidates, a, open);
            if (inner < 0) {
                out.add(candidates.get(a));
                continue;
            }
            open.clear(a);
            open.clear(inner);
            out.add(joined(candidates.get(a), candidates.get(inner)));
        }
        return out;
    }

    /** The index of the candidate that candidate {@code k} would join as the outer cue, both kept; -1 if none. */
    static int inner(AttributionTree t, List<CueCandidate> candidates, int k) {
        BitSet all = new BitSet();
        all.set(0, candidates.size());
        return inner(t, candidates, k, all);
    }

    private static int inner(AttributionTree t, List<CueCandidate> candidates, int k, BitSet among) {
        for (int b = among.nextSetBit(0); b >= 0; b = among.nextSetBit(b + 1))
            if (b != k && chained(t, candidates.get(k), candidates.get(b)))
                return b;
        return -1;
    }

    private static boolean chained(AttributionTree t, CueCandidate outer, CueCandidate inner) {
        int a = outer.cue(), b = inner.cue();
        if (b <= a)
            return false;
        BitSet os = outer.parts().speaker(), is = inner.parts().speaker();
        if (!os.isEmpty() && !is.isEmpty() && !os.intersects(is))
            return false;
        if (t.tag(b).equals("VBN") || OWN_REPORTS.contains(t.lemma(a)))
            // "said when asked", "told NBC, introducing her": the verb of saying reports on its own
            return false;
        for (int k = a + 1; k < b; k++)
            if (t.tag(k).equals(",") || t.tag(k).equals(":"))
                // "endorsed Kol at the pier, calling him Y": a participle set off is an attribution of its own
                return false;
        String rel = t.relation(b);
        int gov = t.head(b);
        if (gov == a && rel.equals("xcomp"))
            // "sought to clarify Y", "was quick to add Y", "pivoted to arguing Y"
            return true;
        if (gov == a && rel.equals("advcl") && ClaimParts.hasCase(t, b, "by"))
            // "responded by saying Y"
            return true;
        if (gov >= 0 && t.head(gov) == a && t.relation(gov).equals("obj") && rel.equals("acl") && t.tag(b).equals("VBG")
                && t.children(b, "mark").isEmpty() && outer.act() != SpeechAct.DENIAL && !CITING.contains(t.lemma(a)))
            // "released a statement saying Y", "filed a lawsuit alleging Y"
            return true;
        // "made no mention of Y", "expressed confidence that Y"
        return gov == a && rel.equals("obj") && t.tag(b).startsWith("NN") && LIGHT_VERBS.contains(t.lemma(a));
    }

    private static CueCandidate joined(CueCandidate outer, CueCandidate inner) {
        ClaimParts.Parts o = outer.parts(), i = inner.parts();
        boolean outerSpeaks = i.speaker().isEmpty();
        BitSet cue = (BitSet) o.cue().clone();
        cue.or(i.cue());
        ClaimParts.Parts parts = new ClaimParts.Parts(outerSpeaks ? o.speaker() : i.speaker(),
                outerSpeaks ? o.speakerHead() : i.speakerHead(), cue, i.content(), i.earlierContent(), i.direct(),
                o.negated() || i.negated(), o.hedged() || i.hedged());
        return new CueCandidate(inner.cue(), parts, inner.act(), inner.lemma(), inner.origin());
    }
}
