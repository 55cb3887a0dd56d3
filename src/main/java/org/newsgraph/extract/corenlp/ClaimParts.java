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

    /** The prepositions whose object is a cue's content when it has no clause or object ("call for", "respond to"). */
    private static final java.util.Map<String, String> PHRASAL = java.util.Map.ofEntries(
            java.util.Map.entry("call", "for on"), java.util.Map.entry("respond", "to"), java.util.Map.entry("refer", "to"),
            java.util.Map.entry("point", "to"), java.util.Map.entry("ask", "about for"), java.util.Map.entry("agree", "with"),
            java.util.Map.entry("push", "for"), java.util.Map.entry("argue", "for against"),
            java.util.Map.entry("speak", "about on of"), java.util.Map.entry("warn", "about of against"),
            java.util.Map.entry("complain", "about"), java.util.Map.entry("worry", "about"),
            java.util.Map.entry("reply", "to"), java.util.Map.entry("react", "to"), java.util.Map.entry("allude", "to"),
            java.util.Map.entry("vote", "for against"), java.util.Map.entry("advocate", "for"));
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
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
            return CuePatterns.impression(t, cue);
        BitSet block = new BitSet();
        block.set(cue);
        String rel = t.relation(cue);
        int gov = t.head(cue);
        if (rel.equals("mark") && gov > cue) {
            // "..., saying a tough penalty was needed" parsed with "saying" as the clause's marker
            BitSet content = t.trim(t.phrase(gov, block));
            int speakerHead = t.head(gov) < 0 ? -1 : ClaimSpeakers.speakerOfVerb(t, t.head(gov));
            BitSet speaker = speakerHead < 0 ? new BitSet() : t.trim(t.phrase(speakerHead, block));
            speaker.andNot(content);
            return content.isEmpty() ? Optional.empty() : Optional.of(new Parts(speaker, speaker.isEmpty() ? -1 : speakerHead,
                    cueTokens(t, cue), content, direct(t, content), negated(t, cue), hedged(t, cue)));
        }
        int speakerHead = ClaimSpeakers.speakerOfVerb(t, cue);
        BitSet speakerPhrase = speakerHead < 0 ? new BitSet() : t.phrase(speakerHead, block);
        BitSet content = adjacentQuote(t, cue, speakerPhrase);
        if (content.isEmpty())
            for (String r : List.of("ccomp", "xcomp", "parataxis"))
                for (int c : t.children(cue, r))
                    content.or(t.phrase(c, block));
        if (content.isEmpty())
            for (int c : t.children(cue, "dep"))
                if (t.tag(c).startsWith("VB") || t.tag(c).equals("MD") || !t.children(c, "nsubj").isEmpty())
                    content.or(t.phrase(c, block));
        if (content.isEmpty() && gov >= 0 && (gov < cue && (rel.equals("parataxis") || rel.equals("ccomp"))
                || setOff(t, cue, rel, gov)))
            content = t.phrase(gov, block);
        if (content.isEmpty())
            // "Y, X said" misparsed with Y as an unmarked adverbial clause of the cue
            for (int c : t.children(cue, "advcl"))
                if (c < cue && t.children(c, "mark").isEmpty() && t.tag(c).startsWith("VB"))
                    content.or(t.phrase(c, block));
        if (content.isEmpty() && act == SpeechAct.ACCUSATION)
            for (int c : t.children(cue))
                if ((t.relation(c).equals("advcl") || t.relation(c).startsWith("obl")) && hasCase(t, c, "of"))
                    content.or(t.phrase(c, block));
        int stance = StancePhrases.word(t, cue);
        if (content.isEmpty() && stance >= 0)
            content = StancePhrases.ownObject(t, stance, block);
        if (content.isEmpty() && !t.lemma(cue).equals("tell"))
            for (int c : t.children(cue, "obj"))
                if (!CuePatterns.temporal(t, c) && c != stance)
                    content.or(t.phrase(c, block));
        if (content.isEmpty())
            // "the video was released (by X)": the passive subject is what was said
            for (int c : t.children(cue, "nsubj:pass"))
                content.or(t.phrase(c, block));
        if (content.isEmpty())
            for (int c : t.children(cue, "obl"))
                if (c > cue && PHRASAL.getOrDefault(t.lemma(cue), StancePhrases.isStance(t, cue) ? StancePhrases.PREPOSITIONS : "about on").contains(caseOf(t, c)) && !CuePatterns.temporal(t, c)) {
                    // "called for X", "responded to X", "agreed with X", "talked about X"
                    BitSet phrase = t.phrase(c, block);
                    for (int k : t.children(c, "case"))
                        phrase.clear(k);
                    content.or(phrase);
                    break;
                }
        if (content.isEmpty() && t.lemma(cue).equals("call"))
            // "called on the United States to attack ..."
            for (int c : t.children(cue, "advcl"))
                if (c > cue)
                    content.or(t.phrase(c, block));
        content = t.trim(content);
        if (content.isEmpty() && !previousQuote.isEmpty() && onlySpeakerAndCue(t, cue, speakerPhrase)) {
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
        if (speaker.isEmpty() && content.length() <= cue) {
            // "“Y,” Dr. Lee said" / "“Y,” said Dr. Lee" where the parse lost the subject: the name next to the cue
            speaker = ClaimSpeakers.adjacentName(t, cue, content);
            speakerHead = speaker.isEmpty() ? -1 : speaker.length() - 1;
        }
        if (speaker.isEmpty() && content.nextSetBit(0) > cue && (t.tag(cue).equals("VBD") || t.tag(cue).equals("VBZ"))) {
            // "Paul Ryan's office announced that Y" where the parse lost the subject
            speaker = ClaimSpeakers.nameBefore(t, cue, content);
            speakerHead = speaker.isEmpty() ? -1 : speaker.length() - 1;
        }
        if (speaker.isEmpty())
            speakerHead = -1;
        return Optional.of(new Parts(speaker, speakerHead, cueTokens(t, cue), content, direct(t, content),
                negated(t, cue), hedged(t, cue)));
    }

    Optional<Parts> ofNoun(AttributionTree t, int cue) {
        BitSet block = new BitSet();
        block.set(cue);
        BitSet content = new BitSet();
        for (int c : t.children(cue))
            if (t.relation(c).equals("ccomp") || t.relation(c).startsWith("acl") && !t.relation(c).equals("acl:relcl")
                    && hasMark(t, c, "that"))
                content.or(t.phrase(c, block));
        if (content.isEmpty())
            // "criticism of the plan", "support for the bill"
            for (int c : t.children(cue, "nmod"))
                if (c > cue && (hasCase(t, c, "of") || hasCase(t, c, "for") || hasCase(t, c, "about")
                        || hasCase(t, c, "on") || hasCase(t, c, "against"))) {
                    BitSet phrase = t.phrase(c, block);
                    for (int k = phrase.nextSetBit(0); k >= 0; k = phrase.nextSetBit(k + 1))
                        if (t.head(k) == c && t.relation(k).equals("case"))
                            phrase.clear(k);
                    content.or(phrase);
                    break;
                }
        content = t.trim(content);
        if (content.isEmpty())
            return Optional.empty();
        int speakerHead = ClaimSpeakers.possessor(t, cue);
        if (speakerHead < 0)
            for (int c : t.children(cue, "nmod"))
                if (hasCase(t, c, "by") || hasCase(t, c, "from"))
                    speakerHead = c;
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

    /**
     * A quote right before the cue and its speaker ("“Y,” X said", "“Y,” said X") or right after them
     * ("X said: “Y”"), with only the speaker, punctuation and a few of the cue's own words in between.
     */
    private static BitSet adjacentQuote(AttributionTree t, int cue, BitSet speaker) {
        BitSet out = new BitSet();
        for (int[] q : t.quotes()) {
            int from = q[1] < cue ? q[1] + 1 : cue + 1, to = q[1] < cue ? cue - 1 : q[0] - 1;
            if (q[0] <= cue && cue <= q[1])
                continue;
            int others = 0;
            for (int k = from; k <= to; k++)
                if (!speaker.get(k) && !ClaimSpeakers.NAME_TAGS.contains(t.tag(k)) && !t.tag(k).equals(",") && !t.tag(k).equals(":") && !(t.head(k) == cue
                        && (t.relation(k).startsWith("aux") || t.relation(k).equals("advmod"))))
                    others += t.tag(k).startsWith("VB") ? 10 : 1;
            if (others <= (q[1] < cue ? 0 : 4)) {
                out.set(q[0], q[1] + 1);
                if (q[1] < cue)
                    continue;
                break;
            }
        }
        return out;
    }

    /**
     * A cue clause set off by commas inside or after the clause it reports, as the parse attaches it:
     * "Y, X said, Z" and "Y, said X" (parataxis, dep, an unmarked adverbial clause) or "as X reported, Y".
     */
    private static boolean setOff(AttributionTree t, int cue, String rel, int gov) {
        String base = rel.split(":")[0];
        List<Integer> marks = t.children(cue, "mark");
        boolean as = marks.size() == 1 && t.lemma(marks.get(0)).equals("as");
        if (!(base.equals("parataxis") || base.equals("dep") || base.equals("ccomp") || base.equals("advcl") && (marks.isEmpty() || as)))
            return false;
        // the commas around a parenthetical hang from its verb: look just outside the phrase without them
        BitSet own = t.trim(t.phrase(cue));
        int first = own.nextSetBit(0), last = own.length() - 1;
        boolean commaBefore = first > 0 && t.tag(first - 1).equals(",");
        boolean commaAfter = last + 1 < t.size() && t.tag(last + 1).equals(",");
        boolean end = last + 1 >= t.size() || t.tag(last + 1).equals(".");
        if (as)
            return commaAfter || commaBefore;
        return gov < cue ? commaBefore && (commaAfter || end) : commaBefore && commaAfter;
    }

    /** The cue word with the auxiliaries and negation right before it ("has learned", "did not say") and its particle. */
    static BitSet cueTokens(AttributionTree t, int cue) {
        BitSet out = new BitSet();
        out.set(cue);
        int from = cue;
        while (from > 0 && t.head(from - 1) == cue && (t.relation(from - 1).startsWith("aux")
                || NEGATIONS.contains(t.lemma(from - 1))))
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

    static boolean hasCase(AttributionTree t, int node, String word) {
        for (int c : t.children(node))
            if ((t.relation(c).equals("case") || t.relation(c).equals("mark")) && t.lemma(c).equals(word))
                return true;
        return false;
    }

    /** The preposition (case marker) of a nominal, or "". */
    private static String caseOf(AttributionTree t, int node) {
        for (int c : t.children(node, "case"))
            return t.lemma(c);
        return "-";
    }

    private static boolean hasMark(AttributionTree t, int node, String word) {
        for (int c : t.children(node, "mark"))
            if (t.lemma(c).equals(word))
                return true;
        return false;
    }

    static boolean negated(AttributionTree t, int cue) {
        for (int c : t.children(cue))
            if (NEGATIONS.contains(t.lemma(c)) || NEGATIONS.contains(t.token(c).word().toLowerCase()))
                return true;
        return false;
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
