package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.Locale;

import org.newsgraph.extract.SpeechAct;

/**
 * Where a verb cue's content ends: what the parse hung inside it that is not part of what is reported — a verdict
 * on it ("…, a charge Nordwind Energy denied"), the next attribution ("…, noting that Y"; "…, the council said on
 * Saturday."), a second predicate of the speaker ("… and praised the divers") — and what a relative pronoun
 * content stands for ("a claim which the union rejected").
 */
final class ContentEnds {
    private ContentEnds() {
    }

    /** The content of the verb cue at {@code cue}, found by {@link ClaimContents}, with its ends trimmed as above. */
    static BitSet trimmed(AttributionTree t, int cue, BitSet content, BitSet block) {
        BitSet c = withoutConjoinedAttribution(t, cue, withoutConjoinedPredicate(t, cue, forRelativePronoun(t, cue, content, block)));
        return closingQuote(t, t.trim(withoutTrailingCue(t, withoutTrailingVerdict(t, c))));
    }

    /**
     * "He had “wanted to be a pilot since he was 5,” his friend said": a content that opens a quote it does not close
     * takes the closing mark right after it (after its comma or full stop), which the parse hung from the cue; so does
     * each part of a content a parenthetical cue splits ("The word “unprecedented,” he said, was overused").
     */
    static BitSet closingQuote(AttributionTree t, BitSet content) {
        BitSet out = (BitSet) content.clone();
        int open = 0;
        for (int k = content.nextSetBit(0); k >= 0 && k + 1 < t.size(); k = content.nextSetBit(k + 1)) {
            open += t.tag(k).equals("``") ? 1 : t.tag(k).equals("''") ? -1 : 0;
            int next = k + 1;
            if (open <= 0 || content.get(next))
                continue;
            if ((t.tag(next).equals(",") || t.tag(next).equals(".")) && next + 1 < t.size() && t.tag(next + 1).equals("''")) {
                out.set(next, next + 2);
                open--;
            } else if (t.tag(next).equals("''")) {
                out.set(next);
                open--;
            }
        }
        return out;
    }

    /**
     * "X accused Y of installing backdoors to facilitate espionage and called on others to Z": a tensed verb the
     * parse conjoined to an infinitive or participle inside the content, or a cue conjoined to the verb of a clause
     * inside it ("rejected the idea that the cuts amounted to a purge and said Y"), is the cue's own second predicate,
     * not part of what is reported; the content stops before its conjunction.
     */
    static BitSet withoutConjoinedPredicate(AttributionTree t, int cue, BitSet content) {
        if (!TrailingCues.TENSED.contains(t.tag(cue)))
            return content;
        int last = content.length() - 1;
        for (int k = content.nextSetBit(0); k >= 0; k = content.nextSetBit(k + 1)) {
            if (k <= cue || !secondPredicate(t, cue, k, content))
                continue;
            // what follows it is its own, even where the parse hung its object elsewhere ("and praised the divers")
            int from = t.head(k) == cue ? hungConjunction(t, cue, k) : t.phrase(k).nextSetBit(0);
            if (from <= content.nextSetBit(0) + 1)
                continue;
            BitSet out = (BitSet) content.clone();
            out.clear(from, last + 1);
            return out;
        }
        return content;
    }

    /**
     * "Many said they would stay away, and others said they were not interested": a cue conjoined inside the content
     * with a subject of its own after the conjunction is the next attribution, not part of this one.
     */
    static BitSet withoutConjoinedAttribution(AttributionTree t, int cue, BitSet content) {
        for (int k = content.nextSetBit(0); k >= 0; k = content.nextSetBit(k + 1)) {
            int gov = t.head(k);
            if (!t.relation(k).equals("conj") || gov < 0 || !content.get(gov) || !t.tag(k).startsWith("VB")
                    || ClaimContents.LEXICON.act(t.lemma(k), CueLexicon.Kind.VERB).isEmpty())
                continue;
            // an active subject only: "… and a third is being sought" is no attribution of its own
            int subject = t.children(k).stream().filter(c -> t.relation(c).equals("nsubj")).findFirst().orElse(-1);
            int cc = subject < 0 || subject > k ? -1 : t.phrase(subject).nextSetBit(0) - 1;
            if (subject < 0 && t.tag(cue).equals("VBG") && t.tag(k).equals("VBG"))
                // "…, calling him a bore and accusing him of Y": a second participle is the speaker's next attribution
                cc = t.child(k, "cc").orElse(-1);
            // (inside a quote, the conjunction is the speaker's own words)
            if (cc <= content.nextSetBit(0) + 1 || !content.get(cc) || !t.tag(cc).equals("CC") || ClaimSpeakers.inQuote(t, cc))
                continue;
            BitSet out = (BitSet) content.clone();
            out.andNot(t.phrase(k));
            out.clear(cc);
            return t.trim(out);
        }
        return content;
    }

    /**
     * The "and" or "but" before a cue of the cue's tense that the parse hung from the cue itself, with no subject of its
     * own ("described the effect as 'small' and said Y", parsed as an adverbial clause of "described"); -1 if none.
     */
    private static int hungConjunction(AttributionTree t, int cue, int k) {
        if (t.head(k) != cue || !t.tag(k).equals(t.tag(cue)) || !t.children(k, "nsubj").isEmpty()
                || ClaimContents.LEXICON.act(t.lemma(k), CueLexicon.Kind.VERB).isEmpty())
            return -1;
        return t.children(k, "cc").stream().filter(c -> c > cue && c == k - 1).findFirst().orElse(-1);
    }

    /**
     * Whether {@code k} is such a predicate: conjoined to an infinitive or participle inside the content, in the
     * cue's own tense (the tagger reads "and called on" after a past cue as a participle: that counts for a cue verb,
     * not for "cut and dried"), in a form that cannot be the base form ("cut", "set" can), with no subject or
     * auxiliary of its own ("and she wanted", "and would go" are reported).
     */
    private static boolean secondPredicate(AttributionTree t, int cue, int k, BitSet content) {
        int gov = t.head(k);
        // "described the effect as 'small' and said Y", parsed as an adverbial clause of the cue: a cue of the cue's tense
        // hung from it after "and" or "but", with no subject of its own, is its next attribution
        if (gov == cue)
            return hungConjunction(t, cue, k) >= 0;
        if (!t.relation(k).equals("conj") || gov < 0 || !content.get(gov))
            return false;
        // a cue conjoined to a tensed clause inside the content is the speaker's too ({@link ClaimSpeakers}): "rejected
        // the idea that the cuts amounted to a purge and said Y"
        // (a belief or decision conjoined there is more often the clause's own: "said she was elated but still feared Y")
        boolean clause = t.relation(gov).equals("ccomp") && ClaimContents.LEXICON.act(t.lemma(k), CueLexicon.Kind.VERB)
                .filter(a -> a != SpeechAct.BELIEF && !t.lemma(k).equals("decide")).isPresent();
        if (!(t.tag(gov).equals("VB") || t.tag(gov).equals("VBG") || clause))
            return false;
        boolean tensed = t.tag(k).equals(t.tag(cue)) || t.tag(k).equals("VBN") && t.tag(cue).equals("VBD")
                && ClaimContents.LEXICON.act(t.lemma(k), CueLexicon.Kind.VERB).isPresent();
        return tensed && !t.token(k).word().equalsIgnoreCase(t.lemma(k)) && t.children(k, "nsubj").isEmpty()
                && t.children(k, "nsubj:pass").isEmpty() && t.children(k, "aux").isEmpty();
    }

    /**
     * "…, a claim which the union rejected": a relative pronoun is no content; what the said thing it stands for
     * stands for is ({@link SaidThings}), else the noun phrase it stands for ("the charge").
     */
    private static BitSet forRelativePronoun(AttributionTree t, int cue, BitSet content, BitSet block) {
        BitSet trimmed = t.trim(content);
        int only = trimmed.nextSetBit(0);
        int noun = t.head(cue);
        if (trimmed.cardinality() != 1 || !(t.tag(only).equals("WDT") || t.tag(only).equals("WP")) || noun < 0
                || !t.relation(cue).equals("acl:relcl"))
            return content;
        if (!SaidThings.isSaidThing(t, noun))
            return content;
        BitSet own = (BitSet) block.clone();
        own.set(cue);
        return SaidThings.referent(t, noun, own).orElseGet(() -> t.trim(t.phrase(noun, own)));
    }

    /**
     * The content without a verdict on it set off at its end (", a charge Nordwind Energy denied", ", a claim the
     * mayor disputes"): that is another speaker's claim about this one, not part of what this one says.
     */
    static BitSet withoutTrailingVerdict(AttributionTree t, BitSet content) {
        int last = content.length() - 1;
        for (int comma = content.nextSetBit(0); comma >= 0; comma = content.nextSetBit(comma + 1)) {
            if (!t.tag(comma).equals(","))
                continue;
            int k = comma + 1;
            while (k <= last && (t.tag(k).equals("DT") || t.tag(k).startsWith("JJ") || t.tag(k).equals("PRP$")))
                k++;
            if (k > last || !SpeakerNames.SAID_THINGS.contains(t.lemma(k).toLowerCase(Locale.ROOT)))
                continue;
            for (int v = k + 1; v <= last; v++)
                if (t.tag(v).startsWith("VB")) {
                    BitSet out = (BitSet) content.clone();
                    out.clear(comma, last + 1);
                    return out;
                }
        }
        return content;
    }

    /**
     * The content without a participle cue set off at its end ("that the plan was sound, noting that Y") or a cue
     * closing the sentence that the parse hung inside it ("that it needs urgent repairs, the city council said on
     * Saturday"): that is another attribution, not part of this one.
     */
    static BitSet withoutTrailingCue(AttributionTree t, BitSet content) {
        int first = content.nextSetBit(0), last = content.length() - 1;
        if (first < 0)
            return content;
        for (int k = content.nextSetBit(first + 1); k >= 0; k = content.nextSetBit(k + 1)) {
            String rel = t.relation(k).split(":")[0];
            // "..., saying Y" and "..., the council said on Saturday."
            boolean participle = t.tag(k).equals("VBG") && (rel.equals("advcl") || rel.equals("dep") || rel.equals("conj") || rel.equals("parataxis"));
            boolean closing = (rel.equals("dep") || rel.equals("parataxis")) && closesSentence(t, k);
            if (!(participle || closing) || ClaimContents.LEXICON.act(t.lemma(k), CueLexicon.Kind.VERB).isEmpty()
                    || !content.get(t.head(k)) && !closing)
                continue;
            BitSet own = t.phrase(k);
            int from = own.nextSetBit(0);
            if (from <= first + 1 || own.length() - 1 < last || !t.tag(from - 1).equals(","))
                continue;
            BitSet out = (BitSet) content.clone();
            out.clear(from - 1, last + 1);
            return out;
        }
        return content;
    }

    /**
     * Whether the tensed cue at {@code cue} closes its sentence as ", X said (on Saturday)." does, or its clause as ", X
     * said Friday, as they gathered" does: after a comma come only its subject's phrase and its auxiliaries, then the
     * cue, then at most a few words without a verb or comma.
     */
    static boolean closesSentence(AttributionTree t, int cue) {
        if (!TrailingCues.endsSentence(t, cue) && !TrailingCues.closesClause(t, cue))
            return false;
        BitSet before = new BitSet();
        boolean subject = false;
        for (int c : t.children(cue))
            if (c < cue && (t.relation(c).equals("nsubj") || t.relation(c).startsWith("aux"))) {
                before.or(t.phrase(c));
                subject |= t.relation(c).equals("nsubj");
            }
        int first = before.nextSetBit(0);
        return subject && first > 0 && before.cardinality() == cue - first && t.tag(first - 1).equals(",");
    }

}
