package org.newsgraph.extract.corenlp;

import org.newsgraph.extract.SpeechAct;

import java.util.BitSet;
import java.util.List;

/**
 * Features of a cue candidate's shape, added to {@link CueFeatures}: its speech act (which lets a rare lemma borrow
 * from the common ones of its class: "remarked" as a statement), whether what it would attribute is a clause (a
 * subject and a finite verb of its own: "that the budget is too small") or a bare noun phrase ("the rights of
 * parents"), how far the content and the speaker stand from the cue, and where the cue stands in its sentence.
 */
final class CueShapeFeatures {
    private CueShapeFeatures() {
    }

    /**
     * Adds the shape features of the cue at token {@code cue} with parts {@code p}, speech act {@code act} and lemma
     * {@code lemma} (spaces as underscores) to {@code f}; {@code content}, {@code subject} and {@code origin} are the
     * kinds {@link CueFeatures} gives them, {@code candidates} the number of candidates in the sentence.
     */
    static void add(List<String> f, AttributionTree t, int cue, ClaimParts.Parts p, SpeechAct act, String lemma, String content,
            String subject, String origin, int candidates) {
        String a = act.name().toLowerCase();
        f.add("act=" + a);
        f.add("act,c=" + a + "," + content);
        f.add("act,s=" + a + "," + subject);
        f.add("act,org=" + a + "," + origin);
        String clause = clause(t, p);
        f.add("cl=" + clause);
        f.add("act,cl=" + a + "," + clause);
        f.add("c,cl=" + content + "," + clause);
        f.add("l,cl=" + lemma + "," + clause);
        f.add("l,k=" + lemma + "," + (candidates == 1 ? "1" : candidates == 2 ? "2" : candidates < 5 ? "3" : "5"));
        String cgap = bucket(gap(p.content(), cue));
        f.add("cgap=" + cgap);
        f.add("l,cgap=" + lemma + "," + cgap);
        int sh = p.speakerHead();
        if (sh >= 0 && sh < t.size()) {
            String sgap = (sh < cue ? "<" : ">") + bucket(Math.abs(cue - sh) - 1);
            f.add("sgap=" + sgap);
            f.add("l,sgap=" + lemma + "," + sgap);
        }
        int n = t.size();
        f.add("at=" + (5 * cue / Math.max(1, n)));
        f.add("l,at=" + lemma + "," + (5 * cue / Math.max(1, n)));
        int rest = 0; // words after the cue up to the sentence's end: ", he said." ends it
        for (int k = cue + 1; k < n; k++)
            if (!t.tag(k).equals(".") && !t.tag(k).equals("''") && !t.tag(k).equals(","))
                rest++;
        if (rest == 0)
            f.add("last");
    }

    /**
     * What the content is: "clause" (a subject and a finite verb or modal of its own), "finite" (a finite verb without a
     * subject of its own), "infinitive", "gerund", "phrase" (no verb) or "empty".
     */
    static String clause(AttributionTree t, ClaimParts.Parts p) {
        BitSet c = p.content();
        if (c.isEmpty())
            return p.earlierContent().isEmpty() ? "empty" : "earlier";
        boolean subject = false, finite = false, to = false, gerund = false;
        for (int k = c.nextSetBit(0); k >= 0; k = c.nextSetBit(k + 1)) {
            String tag = t.tag(k), rel = t.relation(k);
            if (rel.startsWith("nsubj") || rel.startsWith("csubj") || rel.equals("expl"))
                subject = true;
            if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD"))
                finite = true;
            if (tag.equals("TO") && k + 1 < t.size() && t.tag(k + 1).startsWith("VB"))
                to = true;
            if (tag.equals("VBG"))
                gerund = true;
        }
        return subject && finite ? "clause" : finite ? "finite" : to ? "infinitive" : gerund ? "gerund" : "phrase";
    }

    /** Tokens between the cue and the nearest token of {@code span} (0 when adjacent or overlapping), or -1 when empty. */
    private static int gap(BitSet span, int cue) {
        if (span.isEmpty())
            return -1;
        int after = span.nextSetBit(cue), before = span.previousSetBit(cue);
        int d = Integer.MAX_VALUE;
        if (after >= 0)
            d = after - cue - 1;
        if (before >= 0)
            d = Math.min(d, cue - before - 1);
        return Math.max(0, d);
    }

    private static String bucket(int d) {
        return d < 0 ? "-" : d == 0 ? "0" : d == 1 ? "1" : d < 4 ? "2" : d < 8 ? "4" : "8";
    }
}
