package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Inverted cues whose speaker the parse made the cue's object ("Nor are tariffs likely to bring the jobs back, said
 * David Amos, a professor of economics"): the object speaks and the clause before the cue's comma is what is said.
 */
final class ObjectSpeakers {
    /** Conjunctions that join a sentence to the one before it, not part of what it says ("nor" is). */
    private static final Set<String> CONNECTIVES = Set.of("and", "but", "yet", "so");

    private ObjectSpeakers() {
    }

    /**
     * "Nor are tariffs likely to bring the jobs back, said David Amos, a professor of economics.": an inverted cue
     * whose speaker the parse made its object. The object phrase, a name or a source noun ("experts like Paul Bauman",
     * "Doyle and others"), follows the cue and runs to the sentence's end, or to a comma and a tensed verb that resumes
     * the clause ("The contrast, said Doyle and others, would be clear"); the clause before the cue's comma (the quote
     * closing there) is the content.
     */
    static Optional<ClaimParts.Parts> find(AttributionTree t, int cue) {
        if (cue < 2 || !TrailingCues.TENSED.contains(t.tag(cue)) || !ClaimSpeakers.REPORTING_VERBS.contains(t.lemma(cue))
                || t.lemma(cue).equals("tell"))
            return Optional.empty();
        boolean quote = ClaimParts.QUOTES.contains(t.tag(cue - 1));
        int comma = quote ? cue - 2 : cue - 1;
        if (comma < 1 || !t.tag(comma).equals(","))
            return Optional.empty();
        int end = TrailingCues.sentenceEnd(t, cue);
        for (int o : t.children(cue, "obj")) {
            BitSet speaker = t.trim(t.phrase(o));
            if (speaker.nextSetBit(0) != cue + 1 || !speakerLike(t, o))
                continue;
            BitSet content = new BitSet();
            int after = speaker.length();
            if (after < end) {
                boolean joined = t.tag(after).equals(",") && after + 1 < end
                        && (CONNECTIVES.contains(t.token(after + 1).word().toLowerCase(Locale.ROOT))
                        || t.tag(after + 1).equals("VBN") || t.tag(after + 1).equals("VBG"));
                // "The plan may work, said some experts, but others disagree": a conjunction after the speaker opens a
                // clause of its own, not said ("…, said the report, released on Monday": nor is a participle)
                if (!joined && (!t.tag(after).equals(",") || !TrailingCues.finite(t, after + 1)))
                    continue;
                if (!joined)
                    content.set(after + 1, end);
            }
            BitSet before = quoteEndingAt(t, quote ? cue - 1 : -1);
            if (before.isEmpty()) {
                before.set(0, comma);
                before = t.trim(before);
                if (!before.isEmpty() && CONNECTIVES.contains(t.lemma(before.nextSetBit(0)).toLowerCase(Locale.ROOT)))
                    // "But the ferry will run, said Kol": the conjunction joins the sentence to the one before
                    before.clear(before.nextSetBit(0));
            }
            content.or(before);
            if (!ClaimParts.hasVerb(t, content) || content.cardinality() < 3)
                continue;
            return Optional.of(new ClaimParts.Parts(speaker, o, ClaimParts.cueTokens(t, cue), content,
                    ClaimParts.direct(t, content), ClaimParts.negated(t, cue), ClaimParts.hedged(t, cue)));
        }
        return Optional.empty();
    }

    /** Whether the word is a document noun of the source list ("statements", "the report"): no one to ask. */
    static boolean document(AttributionTree t, int k) {
        return ClaimDetails.KINDS.isDocumentNoun(t.lemma(k).toLowerCase(Locale.ROOT));
    }

    /** A name, an organisation, a title or a source noun, not a time ("said Tuesday") or a thing ("said a prayer"). */
    static boolean speakerLike(AttributionTree t, int k) {
        if (CuePatterns.temporal(t, k))
            return false;
        String ner = t.token(k).ner();
        return t.tag(k).startsWith("NNP") || "PERSON".equals(ner) || "ORGANIZATION".equals(ner) || "TITLE".equals(ner)
                || ClaimDetails.KINDS.isSourceNoun(t.lemma(k).toLowerCase(Locale.ROOT));
    }

    /**
     * The quote whose closing mark is token {@code close}, with its marks, where it opens the sentence or follows a
     * punctuation mark ("Fiorina was not one for “engaging her team,”" is a clause, not a quote); empty if none.
     */
    private static BitSet quoteEndingAt(AttributionTree t, int close) {
        BitSet out = new BitSet();
        for (int[] q : t.quotes())
            if (q[1] == close && (q[0] == 0 || !Character.isLetterOrDigit(t.token(q[0] - 1).word().codePointAt(0))))
                out.set(q[0], q[1] + 1);
        return out;
    }
}
