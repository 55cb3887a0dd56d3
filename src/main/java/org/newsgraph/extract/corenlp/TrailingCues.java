package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.Optional;
import java.util.Set;

/**
 * "Y, the airline said Thursday." read off the words where the parse lost the shape: a verb cue ending its
 * sentence (a time or a few words of its own after it at most), a short noun phrase between it and the comma
 * before it, and the clause before that comma, which is the content. Tried only where the other rules found
 * nothing, for parses that hang the cue from a word inside Y ("the report said" as a relative clause).
 */
final class TrailingCues {
    /** Tags a speaker's words may have ("the plane's co-pilot", "Mr. Lee", "officials"). */
    private static final Set<String> SPEAKER_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "PRP", "DT", "JJ", "POS", "CD",
            "HYPH", "PRP$", "NNP$");
    /** Tags of the words a tensed cue has ("said", "says", "told"). */
    static final Set<String> TENSED = Set.of("VBD", "VBZ", "VBP");
    private static final int MAX_SPEAKER = 8;
    private static final int MAX_AFTER = 4;

    private TrailingCues() {
    }

    /** The parts of a cue at {@code cue} that ends "Y, X said." (or "Y, said X.") as read off its words. */
    static Optional<ClaimParts.Parts> find(AttributionTree t, int cue) {
        // a cue right after a comma cannot have its speaker between them: only "Y, said X." is left to read
        if (cue > 1 && t.tag(cue - 1).equals(","))
            return inverted(t, cue);
        if (!endsSentence(t, cue) && !closesClause(t, cue))
            return Optional.empty();
        int comma = cue - 1;
        while (comma >= 0 && isSpeakerWord(t, comma))
            comma--;
        // an auxiliary before the cue ("has said") is the cue's own
        if (comma >= 0 && t.tag(comma).startsWith("VB") && t.head(comma) == cue) {
            comma--;
            while (comma >= 0 && isSpeakerWord(t, comma))
                comma--;
        }
        // "Y,” Shook said.": the comma may stand inside the closing quote mark
        if (comma > 1 && ClaimParts.QUOTES.contains(t.tag(comma)) && t.tag(comma - 1).equals(",") && isName(t, comma + 1))
            comma--;
        if (comma < 1 || !t.tag(comma).equals(",") || cue - comma - 1 > MAX_SPEAKER)
            return Optional.empty();
        BitSet speaker = new BitSet();
        for (int k = comma + 1; k < cue; k++)
            if ((!t.tag(k).startsWith("VB") || isName(t, k)) && !ClaimParts.QUOTES.contains(t.tag(k)))
                speaker.set(k);
        // ", and officials said": the conjunction joins the attribution to the sentence, it is not the speaker's
        if (!speaker.isEmpty() && t.tag(speaker.nextSetBit(0)).equals("CC"))
            speaker.clear(speaker.nextSetBit(0));
        if (speaker.isEmpty() || !named(t, speaker))
            return Optional.empty();
        BitSet content = new BitSet();
        content.set(0, comma);
        content = t.trim(content);
        int said = saidThing(t, comma, cue);
        if (said >= 0) {
            // ", a claim the union rejected.": the union speaks, about what the claim stands for
            int subject = t.children(cue, "nsubj").get(0);
            speaker = t.trim(t.phrase(subject));
            BitSet block = (BitSet) speaker.clone();
            block.set(cue);
            content = SaidThings.referent(t, said, block).orElse(content);
            return Optional.of(new ClaimParts.Parts(speaker, subject, ClaimParts.cueTokens(t, cue), content,
                    ClaimParts.direct(t, content), ClaimParts.negated(t, cue), ClaimParts.hedged(t, cue)));
        }
        return withContent(t, cue, speaker, speaker.length() - 1, content);
    }

    /** The parts, where the content is a clause (a verb, four words or more). */
    private static Optional<ClaimParts.Parts> withContent(AttributionTree t, int cue, BitSet speaker, int head,
            BitSet content) {
        if (!ClaimParts.hasVerb(t, content) || content.cardinality() < 4)
            return Optional.empty();
        return Optional.of(new ClaimParts.Parts(speaker, head, ClaimParts.cueTokens(t, cue), content,
                ClaimParts.direct(t, content), ClaimParts.negated(t, cue), ClaimParts.hedged(t, cue)));
    }

    /**
     * "Y, said Batchelder.": the speaker after the cue, up to the sentence's end (the parse made the cue an adjective
     * of the name); the clause before the comma is the content.
     */
    private static Optional<ClaimParts.Parts> inverted(AttributionTree t, int cue) {
        if (!TENSED.contains(t.tag(cue)))
            return Optional.empty();
        int end = sentenceEnd(t, cue);
        BitSet speaker = new BitSet();
        speaker.set(cue + 1, end);
        if (speaker.isEmpty() || end - cue - 1 > MAX_SPEAKER || !named(t, speaker))
            return Optional.empty();
        // a name, or a noun phrase with its determiner ("said nothing" is no speaker), that the verb does not take
        // ("…, blamed Democrats.")
        boolean named = false;
        for (int k = cue + 1; k < end; k++) {
            if (!SPEAKER_TAGS.contains(t.tag(k)) || t.head(k) == cue && t.relation(k).matches("i?obj|ccomp|xcomp"))
                return Optional.empty();
            named |= t.tag(k).startsWith("NNP") || t.tag(k).equals("DT") || t.tag(k).equals("PRP");
        }
        if (!named)
            return Optional.empty();
        BitSet content = new BitSet();
        content.set(0, cue - 1);
        return withContent(t, cue, speaker, end - 1, t.trim(content));
    }

    /**
     * "Any fair reading of the deal, said Mira Kol, an analyst, would find it unfair.": an inverted cue set off by commas
     * inside the clause it reports. The name after the cue, with its apposition or relative clause, speaks; the clause
     * around the parenthetical is the content, and resumes with a tensed verb ("would", "is", "does"). Empty where the
     * words do not read so ("“Y,” said Kol, adding that Z").
     */
    static Optional<ClaimParts.Parts> insideClause(AttributionTree t, int cue) {
        if (cue < 2 || !t.tag(cue - 1).equals(",") || !TENSED.contains(t.tag(cue)) || !ClaimSpeakers.REPORTING_VERBS.contains(t.lemma(cue)))
            return Optional.empty();
        BitSet name = SpeakerNames.nameAfterInvertedCue(t, cue, new BitSet());
        int comma = name.length();
        if (name.isEmpty() || comma >= t.size() || !t.tag(comma).equals(","))
            return Optional.empty();
        int resume = comma + 1;
        if (resume < t.size() && !finite(t, resume)) {
            // "said Mira Kol, an analyst at the institute, would": the apposition or relative clause is the speaker's
            resume++;
            while (resume < t.size() && !t.tag(resume).equals(","))
                resume++;
            resume++;
        }
        int end = sentenceEnd(t, cue);
        if (resume >= end || !finite(t, resume))
            return Optional.empty();
        BitSet speaker = new BitSet();
        speaker.set(cue + 1, resume - 1);
        // what is fronted is a bare subject: a comma or a tensed verb before the cue's own comma makes the words there the
        // cue's speaker with a parenthetical ("Ms. Lind, a spokeswoman, said the airline, based in Dallas, would ...") or
        // a clause of their own ("The senator shook hands, said a few words, then left")
        for (int k = 0; k < cue - 1; k++)
            if (t.tag(k).equals(",") || TENSED.contains(t.tag(k)) || t.tag(k).equals("MD"))
                return Optional.empty();
        BitSet content = new BitSet();
        content.set(0, cue - 1);
        content = t.trim(content);
        if (content.isEmpty())
            return Optional.empty();
        content.set(resume, end);
        return Optional.of(new ClaimParts.Parts(t.trim(speaker), name.length() - 1, ClaimParts.cueTokens(t, cue), content,
                ClaimParts.direct(t, content), ClaimParts.negated(t, cue), ClaimParts.hedged(t, cue)));
    }

    /** A tensed verb or a modal, or "not"/an adverb right before one ("would", "is", "never forgives"). */
    static boolean finite(AttributionTree t, int k) {
        if (k < t.size() && t.tag(k).startsWith("RB"))
            k++;
        return k < t.size() && (TENSED.contains(t.tag(k)) || t.tag(k).equals("MD"));
    }

    /** Where the words of a sentence end: before its closing full stop and quote marks. */
    static int sentenceEnd(AttributionTree t, int from) {
        int end = t.size();
        while (end > from + 1 && (t.tag(end - 1).equals(".") || ClaimParts.QUOTES.contains(t.tag(end - 1))))
            end--;
        return end;
    }

    /**
     * "Y, the leaders said Friday, as they gathered": a tensed cue and a few words of its own close the clause before
     * a comma and a subordinate clause or a participle.
     */
    static boolean closesClause(AttributionTree t, int cue) {
        if (!TENSED.contains(t.tag(cue)))
            return false;
        int k = cue + 1;
        while (k < t.size() && k - cue - 1 <= MAX_AFTER && !t.tag(k).equals(",")) {
            if (t.tag(k).startsWith("VB") || t.tag(k).equals("MD"))
                return false;
            k++;
        }
        if (k + 1 >= t.size() || !t.tag(k).equals(",") || k - cue - 1 > MAX_AFTER)
            return false;
        String next = t.tag(k + 1);
        return next.equals("IN") || next.equals("WRB") || next.equals("VBG");
    }

    /**
     * The said thing ("a claim") that opens the words between the comma and the cue when the cue's own subject
     * follows it ("a claim the union"), else -1.
     */
    private static int saidThing(AttributionTree t, int comma, int cue) {
        for (int subject : t.children(cue, "nsubj")) {
            int first = t.trim(t.phrase(subject)).nextSetBit(0);
            if (subject > comma && first > comma + 1)
                for (int k = comma + 1; k < first; k++)
                    if (SaidThings.isSaidThing(t, k))
                        return k;
        }
        return -1;
    }

    /**
     * Whether the cue at {@code cue} is tensed and ends its sentence: after it, before the closing full stop and
     * quotes, at most a few words with no verb or comma ("said Thursday.", "told reporters.").
     */
    static boolean endsSentence(AttributionTree t, int cue) {
        if (!TENSED.contains(t.tag(cue)))
            return false;
        int end = sentenceEnd(t, cue);
        if (end - cue - 1 > MAX_AFTER)
            return false;
        for (int k = cue + 1; k < end; k++)
            if (t.tag(k).startsWith("VB") || t.tag(k).equals(",") || t.tag(k).equals("MD"))
                return false;
        return true;
    }

    /**
     * A word a trailing speaker may have: a noun phrase's ("the plane's co-pilot", "Mr. Lee"), a conjunction ("current
     * and former officials") or a name the tagger took for a verb ("”, Shook said.").
     */
    private static boolean isSpeakerWord(AttributionTree t, int k) {
        return SPEAKER_TAGS.contains(t.tag(k)) || t.tag(k).equals("CC") || isName(t, k);
    }

    /** A capitalised word after a comma or quote mark, tagged a verb: a name ("Shook"), not the verb it looks like. */
    private static boolean isName(AttributionTree t, int k) {
        return k > 0 && t.tag(k).startsWith("VB") && Character.isUpperCase(t.token(k).word().codePointAt(0))
                && (t.tag(k - 1).equals(",") || ClaimParts.QUOTES.contains(t.tag(k - 1)));
    }

    /** A speaker phrase has a noun or pronoun. */
    private static boolean named(AttributionTree t, BitSet speaker) {
        for (int k = speaker.nextSetBit(0); k >= 0; k = speaker.nextSetBit(k + 1))
            if (t.tag(k).startsWith("NN") || t.tag(k).equals("PRP") || isName(t, k))
                return true;
        return false;
    }
}
