package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.Optional;
import java.util.Set;

/**
 * Verb cues whose content the parse hung somewhere the subject-and-complement rules do not look, tried only
 * where those rules found nothing:
 * <ul>
 * <li>the content made the head of its own cue: "Nine in 10 voters say they think Y" parsed with "say" as a
 * parataxis, adverbial clause or even auxiliary of "think" ("New polls showed Clinton leading");</li>
 * <li>the content an adverbial clause after the cue: "Cruz said if elected he would Y", "He asked whether Y",
 * "She explained why Y", "Asked if Y, the senator said Z";</li>
 * <li>the content a clause right after the cue that the parse hung elsewhere: "While X says Y, Z";</li>
 * <li>a fronted "asked" with its question up to the comma: "Asked by X whether Y, Z said";</li>
 * <li>cues the parse took for an adjective or a subject ({@link MisparsedCues});</li>
 * <li>"say" or "tell" heading its sentence with a subject and a clause somewhere after it that the parse hung
 * elsewhere: "X said before the meeting that Y", "X would not say when Y".</li>
 * </ul>
 * The speaker is the cue's subject, else (for a cue the parse left without dependents) the subject of the head
 * that stands before the cue.
 */
final class ReattachedCues {
    /** How the parse attaches a cue to the content clause that follows it. */
    private static final Set<String> UNDER_CONTENT = Set.of("parataxis", "advcl", "aux", "csubj", "dep", "ccomp");
    /** Markers of an adverbial clause that is no content: time, cause, concession. */
    private static final Set<String> ADVERBIAL_MARKS = Set.of("because", "since", "after", "before", "while", "although",
            "though", "as", "when", "until", "unless", "once", "so", "than", "despite", "for", "with", "by", "in", "to",
            "like", "without", "upon", "on");
    /** Words that open a reported question or indirect clause. */
    private static final Set<String> OPENERS = Set.of("if", "whether", "why", "how", "what", "who", "where", "when", "which");

    private ReattachedCues() {
    }

    /** The parts of the verb cue at {@code cue} by these patterns, if one applies. */
    static Optional<ClaimParts.Parts> find(AttributionTree t, int cue) {
        if (!t.tag(cue).startsWith("VB"))
            return Optional.empty();
        Optional<ClaimParts.Parts> p = clauseAfter(t, cue);
        if (p.isEmpty())
            p = contentAsHead(t, cue);
        if (p.isEmpty())
            p = clauseNext(t, cue);
        if (p.isEmpty())
            p = MisparsedCues.participleTakenForAdjective(t, cue);
        if (p.isEmpty())
            p = MisparsedCues.cueTakenForSubject(t, cue);
        if (p.isEmpty())
            p = restOfSentence(t, cue);
        return p.isPresent() ? p : askedFirst(t, cue);
    }

    /**
     * "Asked (by X) whether Y, Z said ...", "When asked about Y, ...": a fronted "asked" whose question the parse
     * hung elsewhere; the question runs to the next comma, and the asker is the "by" phrase, if any.
     */
    static Optional<ClaimParts.Parts> askedFirst(AttributionTree t, int cue) {
        if (!t.lemma(cue).equals("ask") || !(cue == 0 || cue == 1 && t.tag(0).equals("WRB") || cue == 1 && t.tag(0).equals("IN")))
            return Optional.empty();
        int k = cue + 1, speaker = -1;
        while (k < t.size() && t.tag(k).startsWith("RB"))
            k++;
        if (k < t.size() && t.lemma(k).equals("by")) {
            for (k = k + 1; k < t.size() && !OPENERS.contains(t.lemma(k)) && !t.tag(k).equals(","); k++)
                if (t.tag(k).startsWith("NN") || t.tag(k).equals("PRP"))
                    speaker = k;
        }
        if (k >= t.size() || !(OPENERS.contains(t.lemma(k)) || t.lemma(k).equals("about")))
            return Optional.empty();
        int last = k;
        while (last + 1 < t.size() && !t.tag(last + 1).equals(","))
            last++;
        if (last + 1 >= t.size() || last - k < 2)
            return Optional.empty();
        BitSet content = new BitSet();
        content.set(t.lemma(k).equals("about") ? k + 1 : k, last + 1);
        BitSet speakerSet = new BitSet();
        if (speaker >= 0) {
            int from = speaker;
            while (from > cue + 1 && !t.lemma(from - 1).equals("by"))
                from--;
            speakerSet.set(from, speaker + 1);
        }
        return Optional.of(new ClaimParts.Parts(speakerSet, speakerSet.isEmpty() ? -1 : speaker, ClaimParts.cueTokens(t, cue),
                t.trim(content), false, ClaimParts.negated(t, cue), ClaimParts.hedged(t, cue)));
    }

    /** Tags a reported clause may begin with: its subject's first word. */
    private static final Set<String> CLAUSE_STARTS = Set.of("PRP", "NNP", "NNPS", "NN", "NNS", "DT", "EX", "CD", "PRP$");
    /** Words that end the stretch of a clause taken for content. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", ".", "-RRB-");

    /**
     * "While X says Y, Z", "after X said Y", "veterans said they Y" where the parse hung the reported clause
     * elsewhere: the cue has a subject before it and is followed by a clause (a subject, then a verb); the content
     * runs from there to the next comma or the sentence end.
     */
    static Optional<ClaimParts.Parts> clauseNext(AttributionTree t, int cue) {
        int first = cue + 1;
        if (first < t.size() && t.lemma(first).equals("that") && t.tag(first).equals("IN"))
            first++;
        if (first >= t.size() || !CLAUSE_STARTS.contains(t.tag(first)) || t.head(first) == cue)
            return Optional.empty();
        int last = first;
        boolean verb = false;
        while (last + 1 < t.size() && !CLAUSE_ENDS.contains(t.tag(last + 1))) {
            last++;
            verb |= t.tag(last).startsWith("VB") || t.tag(last).equals("MD");
        }
        if (!verb || last - first < 2)
            return Optional.empty();
        int speaker = subjectBefore(t, cue, cue);
        if (speaker < 0 && t.head(cue) > cue)
            speaker = subjectBefore(t, t.head(cue), cue);
        int relative = -1;
        if (speaker < 0) {
            speaker = MisparsedCues.relativeAntecedent(t, cue);
            relative = speaker < 0 ? -1 : cue - 1;
        }
        if (speaker < 0 && t.tag(cue).equals("VBG") && t.relation(cue).matches("obl|advcl")) {
            // "Trump responded by saying he Y", "after saying he Y": the subject of what the participle modifies
            int s = ClaimSpeakers.speakerOfVerb(t, cue);
            speaker = s >= 0 && s < cue ? s : -1;
        }
        if (speaker < 0)
            return Optional.empty();
        BitSet content = new BitSet();
        content.set(first, last + 1);
        ClaimParts.Parts p = parts(t, cue, speaker, t.trim(content));
        if (relative >= 0)
            MisparsedCues.keepAntecedent(t, p, speaker, relative);
        return Optional.of(p);
    }

    /** Verbs that say something wherever the parse put what they say. */
    private static final Set<String> SAYING = Set.of("say", "tell");

    /**
     * "Estrosi said in one of a series of messages that Y", "Stewart would not say when Y": "say" or "tell" as the
     * sentence's head, with a subject before it, reports the rest of the sentence from its first "that" (else right
     * after it) when that has a verb.
     */
    static Optional<ClaimParts.Parts> restOfSentence(AttributionTree t, int cue) {
        if (!SAYING.contains(t.lemma(cue)) || t.head(cue) >= 0)
            return Optional.empty();
        int speaker = subjectBefore(t, cue, cue);
        if (speaker < 0)
            return Optional.empty();
        int first = cue + 1;
        for (int k = cue + 1; k < t.size(); k++)
            if (t.lemma(k).equals("that") && t.tag(k).equals("IN")) {
                first = k;
                break;
            }
        BitSet content = new BitSet();
        boolean verb = false;
        for (int k = first; k < t.size(); k++) {
            content.set(k);
            verb |= k > first && (t.tag(k).startsWith("VB") || t.tag(k).equals("MD"));
        }
        content = t.trim(content);
        return verb && content.cardinality() > 2 ? Optional.of(parts(t, cue, speaker, content)) : Optional.empty();
    }

    /** "X said if Y", "X asked whether Y", "X explained why Y": an adverbial clause right after the cue. */
    static Optional<ClaimParts.Parts> clauseAfter(AttributionTree t, int cue) {
        BitSet block = new BitSet();
        block.set(cue);
        for (int c : t.children(cue, "advcl")) {
            if (c < cue)
                continue;
            BitSet content = t.trim(t.phrase(c, block));
            int first = content.nextSetBit(0);
            if (first < 0 || !plainBetween(t, cue, first))
                continue;
            boolean marked = false, opener = OPENERS.contains(t.lemma(first));
            for (int m : t.children(c, "mark"))
                marked |= ADVERBIAL_MARKS.contains(t.lemma(m)) && !OPENERS.contains(t.lemma(m));
            if (marked && !opener || !opener && t.lemma(first).equals("to"))
                continue;
            return Optional.of(parts(t, cue, ClaimSpeakers.speakerOfVerb(t, cue), content));
        }
        return Optional.empty();
    }

    /** "X says Y" parsed with the cue hanging from Y's verb: the content is that verb's phrase after the cue. */
    static Optional<ClaimParts.Parts> contentAsHead(AttributionTree t, int cue) {
        int gov = t.head(cue);
        if (gov <= cue || !UNDER_CONTENT.contains(t.relation(cue).split(":")[0]))
            return Optional.empty();
        for (int m : t.children(cue, "mark"))
            if (ADVERBIAL_MARKS.contains(t.lemma(m)))
                return Optional.empty();
        if (cue + 1 < t.size() && (t.tag(cue + 1).equals(",") || t.tag(cue + 1).equals(".")))
            return Optional.empty();
        int speaker = subjectAbove(t, cue);
        if (speaker < 0)
            return Optional.empty();
        return phraseAfter(t, gov, cue, speaker);
    }

    /**
     * The claim of {@code cue} by {@code speaker} whose content is the words of {@code gov}'s phrase after the cue
     * (without the cue's and the speaker's own phrases), or none when fewer than two words are left.
     */
    static Optional<ClaimParts.Parts> phraseAfter(AttributionTree t, int gov, int cue, int speaker) {
        BitSet block = new BitSet();
        block.set(cue);
        block.set(speaker);
        BitSet content = t.phrase(gov, block);
        content.clear(0, cue + 1);
        content = t.trim(content);
        if (content.cardinality() < 2)
            return Optional.empty();
        return Optional.of(parts(t, cue, speaker, content));
    }

    /**
     * The cue's own subject before it, else the nearest subject before the cue of a word the cue hangs from
     * ("veterans interviewed at rallies, said they Y" parsed with "said" under "they Y" under "interviewed").
     */
    private static int subjectAbove(AttributionTree t, int cue) {
        for (int x = cue, steps = 0; x >= 0 && steps < 4; x = t.head(x), steps++) {
            int s = subjectBefore(t, x, cue);
            if (s >= 0)
                return s;
        }
        return -1;
    }

    /** A nominal subject of {@code verb} lying wholly before token {@code before}, or -1. */
    private static int subjectBefore(AttributionTree t, int verb, int before) {
        for (int s : t.children(verb, "nsubj")) {
            BitSet phrase = t.phrase(s);
            if (phrase.length() <= before && !t.relation(s).equals("nsubj:pass"))
                return s;
        }
        return -1;
    }

    /** True when only adverbs, particles and punctuation stand between the cue and the clause. */
    private static boolean plainBetween(AttributionTree t, int cue, int first) {
        for (int k = cue + 1; k < first; k++)
            if (!t.tag(k).startsWith("RB") && !t.tag(k).equals("RP"))
                return false;
        return true;
    }

    static ClaimParts.Parts parts(AttributionTree t, int cue, int speakerHead, BitSet content) {
        BitSet block = new BitSet();
        block.set(cue);
        BitSet speaker = speakerHead < 0 ? new BitSet() : t.trim(t.phrase(speakerHead, block));
        speaker.andNot(content);
        return new ClaimParts.Parts(speaker, speaker.isEmpty() ? -1 : speakerHead, ClaimParts.cueTokens(t, cue), content,
                ClaimParts.direct(t, content), ClaimParts.negated(t, cue), ClaimParts.hedged(t, cue));
    }
}
