package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Noun cues whose content is not a clause or prepositional phrase of the noun itself, tried only where the
 * noun rules found nothing:
 * <ul>
 * <li>a copula: "One view is that Y", "The question is whether Y", "Her argument was: Y";</li>
 * <li>an infinitive: "promises to tackle Y", "calls to boycott Y", "his pledge to Y";</li>
 * <li>a reported question: "the question whether Y", "doubts whether Y";</li>
 * <li>support received: "Rubio won support from X", "She drew criticism from X" (X speaks of Rubio).</li>
 * </ul>
 * The speaker is the noun's possessor or its "by"/"from" phrase; for an infinitive the subject of the verb
 * whose object the noun is ("she rolled out proposals to Y") also speaks.
 */
final class NounCues {
    private NounCues() {
    }

    /** The parts of the noun cue at {@code cue} by these patterns, if one applies. */
    static Optional<ClaimParts.Parts> find(AttributionTree t, int cue) {
        if (!t.tag(cue).startsWith("NN"))
            return Optional.empty();
        Optional<ClaimParts.Parts> p = copula(t, cue);
        if (p.isEmpty())
            p = infinitive(t, cue);
        if (p.isEmpty())
            p = question(t, cue);
        return p.isPresent() ? p : received(t, cue);
    }

    /** Verbs whose subject receives what a noun cue's "from" phrase gives ("won support from X"). */
    private static final java.util.Set<String> RECEIVING = java.util.Set.of("win", "draw", "receive", "get", "earn",
            "garner", "enjoy", "gain", "attract", "pick", "lock", "have", "secure", "face", "endure");

    /**
     * "Rubio has won support from members of Congress", "She drew criticism from X": the noun's giver (its or the
     * verb's "from"/"among" phrase) is the speaker, the verb's subject what the noun is about.
     */
    static Optional<ClaimParts.Parts> received(AttributionTree t, int cue) {
        int verb = t.head(cue);
        if (verb < 0 || !t.relation(cue).equals("obj") || !RECEIVING.contains(t.lemma(verb)))
            return Optional.empty();
        int giver = -1;
        for (int c : t.children(cue, "nmod"))
            if (c > cue && (ClaimParts.hasCase(t, c, "from") || ClaimParts.hasCase(t, c, "among")))
                giver = c;
        for (int c : t.children(verb, "obl"))
            if (giver < 0 && c > cue && (ClaimParts.hasCase(t, c, "from") || ClaimParts.hasCase(t, c, "among")))
                giver = c;
        int subject = -1;
        for (int s : t.children(verb, "nsubj"))
            if (s < verb && !t.tag(s).startsWith("W"))
                subject = s;
        if (giver < 0 || subject < 0)
            return Optional.empty();
        BitSet block = new BitSet();
        block.set(verb);
        BitSet content = t.trim(t.phrase(subject, block));
        return content.isEmpty() ? Optional.empty() : Optional.of(parts(t, cue, giver, content));
    }

    /** "the question whether Y", "doubts about whether Y": a clause of the noun opened by "whether" or "if". */
    static Optional<ClaimParts.Parts> question(AttributionTree t, int cue) {
        BitSet block = new BitSet();
        block.set(cue);
        for (int c : t.children(cue)) {
            String rel = t.relation(c);
            if (c < cue || !(rel.equals("ccomp") || rel.equals("acl") || rel.equals("dep")))
                continue;
            boolean opened = false;
            for (int m : t.children(c, "mark"))
                opened |= t.lemma(m).equals("whether") || t.lemma(m).equals("if");
            BitSet content = t.trim(t.phrase(c, block));
            if (opened && content.cardinality() >= 3)
                return Optional.of(parts(t, cue, speaker(t, cue, true), content));
        }
        return Optional.empty();
    }

    /** "The question is whether Y": the noun the subject of "be", the clause after "be" the content. */
    static Optional<ClaimParts.Parts> copula(AttributionTree t, int cue) {
        int be = t.head(cue);
        if (be <= cue || !t.relation(cue).equals("nsubj") || !t.lemma(be).equals("be"))
            return Optional.empty();
        BitSet block = new BitSet();
        block.set(be);
        BitSet content = new BitSet();
        for (String rel : List.of("ccomp", "parataxis"))
            for (int c : t.children(be, rel))
                if (c > be)
                    content.or(t.phrase(c, block));
        content = t.trim(content);
        if (content.cardinality() < 3)
            return Optional.empty();
        return Optional.of(parts(t, cue, speaker(t, cue, false), content));
    }

    /** "promises to tackle Y": an infinitive clause of the noun. */
    static Optional<ClaimParts.Parts> infinitive(AttributionTree t, int cue) {
        BitSet block = new BitSet();
        block.set(cue);
        for (int c : t.children(cue, "acl")) {
            if (c < cue || t.relation(c).equals("acl:relcl"))
                continue;
            boolean to = false;
            for (int m : t.children(c, "mark"))
                to |= t.lemma(m).equals("to");
            if (!to)
                continue;
            BitSet content = t.trim(t.phrase(c, block));
            if (content.cardinality() >= 3)
                return Optional.of(parts(t, cue, speaker(t, cue, true), content));
        }
        return Optional.empty();
    }

    /** The noun's possessor, its "by"/"from" phrase, or (where {@code governing}) the subject of the verb it is the object of. */
    private static int speaker(AttributionTree t, int cue, boolean governing) {
        int s = NounCueSpeakers.possessor(t, cue);
        if (s >= 0)
            return s;
        for (int c : t.children(cue, "nmod"))
            if (ClaimParts.hasCase(t, c, "by") || ClaimParts.hasCase(t, c, "from"))
                return c;
        int verb = t.head(cue);
        if (governing && verb >= 0 && t.tag(verb).startsWith("VB")
                && (t.relation(cue).equals("obj") || t.relation(cue).startsWith("obl")))
            for (int subject : t.children(verb, "nsubj"))
                if (subject < cue && !t.tag(subject).startsWith("W"))
                    return subject;
        return -1;
    }

    private static ClaimParts.Parts parts(AttributionTree t, int cue, int speakerHead, BitSet content) {
        BitSet block = new BitSet();
        block.set(cue);
        BitSet speaker = speakerHead < 0 ? new BitSet() : t.trim(t.phrase(speakerHead, block));
        for (int c : speakerHead < 0 ? List.<Integer>of() : t.children(speakerHead, "case"))
            speaker.clear(c);
        speaker.andNot(content);
        BitSet cueSet = new BitSet();
        cueSet.set(cue);
        return new ClaimParts.Parts(speaker, speaker.isEmpty() ? -1 : speakerHead, cueSet, content,
                ClaimParts.direct(t, content), ClaimParts.negated(t, cue), ClaimParts.hedged(t, cue));
    }
}
