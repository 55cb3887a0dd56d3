package org.newsgraph.extract.corenlp;

import org.newsgraph.extract.Span;
import org.newsgraph.extract.SpeechAct;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dependency rules that find a cue's speaker and content in one sentence (token sets of an
 * {@link AttributionTree}).
 */
final class ClaimParts {
    /** Token sets of one attribution; {@code speakerHead} is -1 when there is no speaker. */
    record Parts(BitSet speaker, int speakerHead, BitSet cue, BitSet content, List<Span> earlierContent,
            boolean direct, boolean negated, boolean hedged) {
        Parts(BitSet speaker, int speakerHead, BitSet cue, BitSet content, boolean direct, boolean negated,
                boolean hedged) {
            this(speaker, speakerHead, cue, content, List.of(), direct, negated, hedged);
        }
    }

    private static final Set<String> HEDGES = Set.of("reportedly", "allegedly", "apparently", "purportedly",
            "supposedly", "reputedly", "might", "may", "could", "perhaps", "possibly", "likely");
    /** Verbs of seeming: their attributions have no speaker. */
    private static final Set<String> IMPRESSIONS = Set.of("seem", "appear");
    static final Set<String> QUOTES = Set.of("``", "''");

    /**
     * The parts of a verb cue.
     *
     * @param previousQuote the quote that ended the previous sentence, for "“Y!” / X said." split in two
     */
    Optional<Parts> ofVerb(AttributionTree t, int cue, SpeechAct act, List<Span> previousQuote) {
        if (IMPRESSIONS.contains(t.lemma(cue)))
            return seemingCue(t, cue).or(() -> CuePatterns.impression(t, cue));
        Optional<Parts> inverted = TrailingCues.insideClause(t, cue).or(() -> ObjectSpeakers.find(t, cue));
        if (inverted.isPresent())
            return inverted;
        BitSet block = new BitSet();
        block.set(cue);
        String rel = t.relation(cue);
        int gov = t.head(cue);
        if ((rel.equals("mark") || rel.equals("dep") && ParticipleSpeakers.quotedAs(t, cue) >= 0) && gov > cue) {
            // "..., saying a tough penalty was needed" parsed with "saying" as the clause's marker (or "was quoted by X as
            // saying Y" with it a loose dependent)
            BitSet content = t.trim(t.phrase(gov, block));
            // ("Pruitt was quoted as saying the company had no plans": whom the quote names; "as" is not said)
            int quoted = ParticipleSpeakers.quotedAs(t, cue);
            content.clear(quoted >= 0 ? cue - 1 : cue);
            int speakerHead = quoted >= 0 ? quoted : t.head(gov) < 0 ? -1 : ClaimSpeakers.speakerOfVerb(t, t.head(gov));
            BitSet speaker = speakerHead < 0 ? new BitSet() : t.trim(t.phrase(speakerHead, block));
            speaker.andNot(content);
            return content.isEmpty() ? Optional.empty() : Optional.of(new Parts(speaker, speaker.isEmpty() ? -1 : speakerHead,
                    cueTokens(t, cue), content, direct(t, content), negated(t, cue), hedged(t, cue)));
        }
        if (!previousQuote.isEmpty() && opensSentence(t, cue) && (t.tag(cue).equals("VBD") || t.tag(cue).equals("VBZ"))) {
            // "“How big is that wall?” / asked the boy.": the quote the sentence before ended with, spoken by who follows
            BitSet speaker = SpeakerNames.adjacentName(t, cue, new BitSet());
            if (!speaker.isEmpty())
                return Optional.of(new Parts(speaker, headOf(t, speaker), cueTokens(t, cue), new BitSet(), previousQuote,
                        true, negated(t, cue), hedged(t, cue)));
        }
        int speakerHead = SpeakerNames.pastDateline(t, SpeakerNames.reducedRelativeName(t, cue, ClaimSpeakers.speakerOfVerb(t, cue)));
        if (speakerHead >= 0 && CuePatterns.temporal(t, speakerHead) && !"PERSON".equals(t.token(speakerHead).ner())
                && !(speakerHead > 0 && t.tag(speakerHead).startsWith("NNP") && t.tag(speakerHead - 1).startsWith("NNP")))
            // "The plan was approved last year": a time the parse took for the subject never speaks ("Theresa May" does)
            speakerHead = -1;
        // "Pigs are considered unclean by Muslims": the agent is the speaker, not part of what is said
        int agent = speakerHead < 0 ? PassiveAgents.deepAgent(t, cue) : -1;
        speakerHead = agent >= 0 ? agent : speakerHead;
        BitSet speakerPhrase = speakerHead < 0 ? new BitSet() : t.phrase(speakerHead, block);
        if (agent >= 0)
            block.set(agent);
        BitSet content = WiderContents.relativePredicate(t, cue, ClaimContents.ofVerb(t, cue, act, block, speakerPhrase));
        if (!content.isEmpty())
            content = WiderContents.aroundParenthetical(t, cue, t.trim(speakerPhrase), content);
        // "“Y.” / X said, clutching the lectern.": a participle after a bare cue describes it; the quote before is said
        if ((content.isEmpty() || trailingParticiple(t, cue, content)) && !previousQuote.isEmpty()
                && onlySpeakerAndCue(t, cue, speakerPhrase)) {
            BitSet speaker = t.trim(speakerPhrase);
            return speaker.isEmpty() ? Optional.empty() : Optional.of(new Parts(speaker, speakerHead, cueTokens(t, cue),
                    new BitSet(), previousQuote, true, negated(t, cue), hedged(t, cue)));
        }
        if (content.isEmpty())
            return Optional.empty();
        BitSet speaker = t.trim(speakerPhrase);
        speaker.andNot(content);
        if (speakerHead >= 0)
            for (int c : t.children(speakerHead, "case"))
                speaker.clear(c);
        if (!speaker.isEmpty() && speakerHead < cue && content.nextSetBit(0) < cue && content.length() - 1 > speaker.length() - 1
                && (t.tag(cue).equals("VBD") || t.tag(cue).equals("VBZ"))) {
            // "Any reading of the deal, said Mira Kol, would ...": the parse gave the cue the content's subject (a
            // speaker after all of the content, "“Y,” Kol, 58, told AFP", is the cue's own)
            BitSet after = SpeakerNames.nameAfterInvertedCue(t, cue, content);
            if (!after.isEmpty()) {
                speaker = after;
                speakerHead = after.length() - 1;
            }
        }
        if (speaker.isEmpty() && content.nextSetBit(0) < cue) {
            // "“Y,” Dr. Lee said" / "“Y,” said Dr. Lee(, “Z”)" where the parse lost the subject: the name next to the cue
            speaker = SpeakerNames.adjacentName(t, cue, content);
            speakerHead = speaker.isEmpty() ? -1 : speaker.length() - 1;
        }
        if (speaker.isEmpty() && content.nextSetBit(0) > cue + 1 && (t.tag(cue).equals("VBD") || t.tag(cue).equals("VBZ"))
                && t.tag(cue + 1).startsWith("NNP") && !content.get(cue + 1)) {
            // "But, said Solovey, “Y”", "Continued Stone: “Y”": the name right after the cue, before what it says
            speaker = SpeakerNames.adjacentName(t, cue, content);
            speakerHead = speaker.isEmpty() ? -1 : speaker.length() - 1;
        }
        if (speaker.isEmpty() && content.nextSetBit(0) > cue && (t.tag(cue).equals("VBD") || t.tag(cue).equals("VBZ")
                || withAuxiliary(t, cue))) {
            // "Paul Ryan's office announced that Y", "…, and Kol has pledged to Y" where the parse lost the subject
            speaker = SpeakerNames.nameBefore(t, cue, content);
            speakerHead = speaker.isEmpty() ? -1 : speaker.length() - 1;
        }
        if (speaker.isEmpty() && (t.tag(cue).equals("VBD") || t.tag(cue).equals("VBZ") || t.tag(cue).equals("VBP")
                || t.tag(cue).equals("VBN") && t.children(cue, "aux").isEmpty() && t.children(cue, "aux:pass").isEmpty())) {
            // "Dunwoody, who worked for Obama, said Y" where the parse gave the name to the parenthetical (and maybe
            // took "tweeted" for a participle)
            speaker = SpeakerNames.nameBeforeParenthetical(t, cue, content);
            speakerHead = speaker.isEmpty() ? -1 : speaker.length() - 1;
        }
        if (speaker.isEmpty() && content.nextSetBit(0) < cue && content.length() > cue + 1 && TrailingCues.TENSED.contains(t.tag(cue))) {
            // "Mr. Slinker, whose start-up uses big data, said Y" parsed with the name inside what is said: the name
            // before the parenthetical speaks, and only what follows the cue is said
            BitSet after = (BitSet) content.clone();
            after.clear(0, cue + 1);
            BitSet name = SpeakerNames.nameBeforeParenthetical(t, cue, after);
            if (!name.isEmpty() && hasVerb(t, after)) {
                speaker = name;
                speakerHead = name.length() - 1;
                content = after;
            }
        }
        if (speaker.isEmpty())
            speakerHead = -1;
        return Optional.of(new Parts(speaker, speakerHead, cueTokens(t, cue), content, direct(t, content),
                negated(t, cue), hedged(t, cue)));
    }

    /** Whether a verb's form comes with an auxiliary right before it ("has pledged", "will announce"). */
    private static boolean withAuxiliary(AttributionTree t, int cue) {
        return cue > 0 && t.head(cue - 1) == cue && t.relation(cue - 1).equals("aux")
                && (t.tag(cue).equals("VBN") || t.tag(cue).equals("VB"));
    }

    /** Whether {@code set} has a verb or a modal. */
    static boolean hasVerb(AttributionTree t, BitSet set) {
        for (int k = set.nextSetBit(0); k >= 0; k = set.nextSetBit(k + 1))
            if (t.tag(k).startsWith("VB") || t.tag(k).equals("MD"))
                return true;
        return false;
    }

    /**
     * "Rubio seemed to urge the opposite tactic": a verb of seeming whose infinitive is itself a cue reports what its subject (not "it") appears to say or feel; empty otherwise, where
     * the impression has no speaker.
     */
    private static Optional<Parts> seemingCue(AttributionTree t, int cue) {
        BitSet block = new BitSet();
        block.set(cue);
        for (int x : t.children(cue, "xcomp")) {
            // a bare infinitive only: "appeared to be laying", "appears to have learned" describe, not report
            if (!t.tag(x).equals("VB") || !t.children(x, "aux").isEmpty() || !t.children(x, "aux:pass").isEmpty()
                    || SeemingCues.LEXICON.act(t.lemma(x), CueLexicon.Kind.VERB).isEmpty())
                continue;
            for (int subject : t.children(cue, "nsubj")) {
                if (t.lemma(subject).equals("it") || subject > cue || t.tag(subject).startsWith("W"))
                    continue;
                BitSet speaker = t.trim(t.phrase(subject, block));
                BitSet content = t.trim(t.phrase(x, block));
                if (speaker.isEmpty() || content.isEmpty())
                    return Optional.empty();
                return Optional.of(new Parts(speaker, subject, cueTokens(t, cue), content, direct(t, content),
                        negated(t, cue), hedged(t, cue)));
            }
        }
        return Optional.empty();
    }

    /** The shipped cue lexicon, loaded once, for the complements of verbs of seeming. */
    private static final class SeemingCues {
        static final CueLexicon LEXICON = CueLexicon.standard();
    }

    Optional<Parts> ofNoun(AttributionTree t, int cue) {
        BitSet block = new BitSet();
        block.set(cue);
        BitSet content = ClaimContents.ofNoun(t, cue, block);
        if (content.isEmpty())
            return Optional.empty();
        int speakerHead = NounCueSpeakers.holder(t, cue);
        BitSet speaker = speakerHead < 0 ? new BitSet() : t.trim(t.phrase(speakerHead, block));
        speaker.andNot(content);
        for (int c = speaker.nextSetBit(0); c >= 0; c = speaker.nextSetBit(c + 1))
            if (t.relation(c).equals("case") && t.head(c) == speakerHead)
                speaker.clear(c);
        if (speaker.isEmpty())
            speakerHead = -1;
        BitSet cueSet = new BitSet();
        cueSet.set(cue);
        return Optional.of(new Parts(speaker, speakerHead, cueSet, content, direct(t, content), negated(t, cue),
                hedged(t, cue)));
    }

    /** "…continued to insistently ask …" parsed with the adverb as the subject: a lone adverb never speaks. */
    static Parts withoutAdverbSpeaker(AttributionTree tree, Parts p) {
        BitSet s = p.speaker();
        if (s.isEmpty() || s.cardinality() > 1 || !tree.tag(s.nextSetBit(0)).startsWith("RB"))
            return p;
        return new Parts(new BitSet(), -1, p.cue(), p.content(), p.earlierContent(), p.direct(),
                p.negated(), p.hedged());
    }

    /** The cue word with the auxiliaries and negation right before it ("has learned", "did not say") and its particle. */
    static BitSet cueTokens(AttributionTree t, int cue) {
        BitSet out = new BitSet();
        out.set(cue);
        int from = cue;
        while (from > 0 && t.head(from - 1) == cue && (t.relation(from - 1).startsWith("aux")
                || CueNegation.NEGATIONS.contains(t.lemma(from - 1))))
            from--;
        out.set(from, cue + 1);
        for (int c : t.children(cue, "compound:prt"))
            if (c > cue && c <= cue + 2)
                out.set(cue, c + 1);
        return out;
    }

    /** "X said." or "said X, the mayor, in a statement.": a sentence of nothing but the speaker and the cue's phrase. */
    private static boolean onlySpeakerAndCue(AttributionTree t, int cue, BitSet speaker) {
        BitSet own = t.phrase(cue);
        for (int k = 0; k < t.size(); k++)
            if (!own.get(k) && !speaker.get(k) && !t.tag(k).equals(".") && !t.tag(k).equals(","))
                return false;
        return true;
    }

    /** Whether a content is a participle set off after the cue (", clutching the lectern"), the cue having nothing else. */
    private static boolean trailingParticiple(AttributionTree t, int cue, BitSet content) {
        int head = headOf(t, content);
        return head > cue + 1 && t.tag(head).equals("VBG") && t.head(head) == cue && t.tag(content.nextSetBit(0) - 1).equals(",");
    }

    /** Whether nothing but punctuation and the cue's own auxiliaries comes before the cue in its sentence. */
    private static boolean opensSentence(AttributionTree t, int cue) {
        for (int k = 0; k < cue; k++)
            if (!(t.tag(k).equals(",") || t.tag(k).equals(":") || QUOTES.contains(t.tag(k))
                    || t.head(k) == cue && t.relation(k).startsWith("aux")))
                return false;
        return true;
    }

    /** The first token of a set whose head lies outside it. */
    private static int headOf(AttributionTree t, BitSet set) {
        for (int k = set.nextSetBit(0); k >= 0; k = set.nextSetBit(k + 1))
            if (t.head(k) < 0 || !set.get(t.head(k)))
                return k;
        return set.nextSetBit(0);
    }

    static boolean hasCase(AttributionTree t, int node, String word) {
        for (int c : t.children(node))
            if ((t.relation(c).equals("case") || t.relation(c).equals("mark")) && t.lemma(c).equals(word))
                return true;
        return false;
    }

    static boolean negated(AttributionTree t, int cue) {
        return CueNegation.negated(t, cue);
    }

    static boolean hedged(AttributionTree t, int cue) {
        for (int c : t.children(cue))
            if (HEDGES.contains(t.lemma(c)) || HEDGES.contains(t.token(c).word().toLowerCase()))
                return true;
        return false;
    }

    /** Direct when the content begins with a quotation mark or is enclosed by one. */
    static boolean direct(AttributionTree t, BitSet content) {
        int first = content.nextSetBit(0), last = content.length() - 1;
        return QUOTES.contains(t.tag(first)) || first > 0 && QUOTES.contains(t.tag(first - 1))
                && last + 1 < t.size() && QUOTES.contains(t.tag(last + 1));
    }
}
