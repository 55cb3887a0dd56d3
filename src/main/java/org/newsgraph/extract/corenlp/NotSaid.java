package org.newsgraph.extract.corenlp;

import java.util.List;
import java.util.Set;

/**
 * What the parse hangs from a verb cue that it does not say: a clause set beside "said nothing", the attribution
 * closing the sentence, a clause after a semicolon, a fronted circumstance, the predicate of the noun a relative clause
 * describes, and quoted words next to a cue that has a clause of its own ({@link ClaimContents} asks these before it takes a clause, a quote or an object for the content).
 */
final class NotSaid {
    /** Objects that say a cue reported nothing. */
    private static final Set<String> NOTHING = Set.of("nothing", "little");
    /** Marks before a quote that set it apart from what comes before it. */
    private static final Set<String> STANDALONE = Set.of(":", "-", "--", "\u2013", "\u2014", ";");
    /** Relations that hang a quote loosely from a word before it, not as a part of that word's phrase. */
    private static final Set<String> LOOSE = Set.of("punct", "parataxis", "dep", "list", "discourse");

    private NotSaid() {
    }

    /**
     * "She paused, said nothing, then walked out", "said little": what a cue reports is that it said nothing, not the
     * clause it hangs from.
     */
    static boolean saysNothing(AttributionTree t, int cue) {
        // a clause of its own is what it says ("said nothing would change"); one set beside it is not ("He said
        // nothing; the silence spoke for itself", "She said nothing, aides said.")
        for (String r : List.of("ccomp", "xcomp"))
            if (!t.children(cue, r).isEmpty())
                return false;
        return t.children(cue, "obj").stream().anyMatch(o -> NOTHING.contains(t.lemma(o).toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * Whether the clause of {@code c} opens with a word that subordinates it ("When the mayor died in 1998, the governor
     * released a statement", "When later pressed, Weaver rejected the notion"): a circumstance, not what is said.
     */
    static boolean subordinate(AttributionTree t, int c) {
        int first = t.phrase(c).nextSetBit(0);
        return t.tag(first).equals("WRB") || t.tag(first).equals("IN");
    }

    /** Whether the cue has a clause or an infinitive of its own after it (a clause with "that" where {@code that}). */
    static boolean ownClauseAfter(AttributionTree t, int cue, boolean that) {
        for (String r : List.of("ccomp", "xcomp"))
            for (int c : t.children(cue, r))
                if (c > cue && (!that || ClaimContents.hasMark(t, c, "that")))
                    return true;
        return false;
    }

    /**
     * Whether the cue has a tensed clause of its own (with "that" or a subject, not a relative "which") that begins at
     * or after token {@code from}.
     */
    static boolean clauseAfter(AttributionTree t, int cue, int from) {
        for (int c : t.children(cue, "ccomp")) {
            int first = t.phrase(c).nextSetBit(0);
            if (first >= from && !t.tag(first).startsWith("W") && !t.tag(c).equals("VBG")
                    && (ClaimContents.hasMark(t, c, "that") || !t.children(c, "nsubj").isEmpty())
                    // not the attribution closing the sentence ("…,” the source recalled")
                    && !(ClaimContents.LEXICON.act(t.lemma(c), CueLexicon.Kind.VERB).isPresent() && TrailingCues.endsSentence(t, c)))
                return true;
        }
        return false;
    }

    /**
     * Whether the quote {@code q} (its first and last token) is part of a phrase that began before it: a word of the
     * quote hangs from a word before the quote ("who calls Trump a “sociopath,”", "citing “the magic of Trump,”") or
     * has its preposition there ("on “This Week,”"). A quote that stands alone ("“Y,” X said") hangs from the cue or
     * governs it.
     */
    static boolean insidePhrase(AttributionTree t, int[] q) {
        if (q[0] > 0 && STANDALONE.contains(t.token(q[0] - 1).word()))
            // "… to Mexico - “I love Oreos,” he said": a quote after a colon or a dash stands alone
            return false;
        if (q[0] > 0 && Character.isLetterOrDigit(t.token(q[0] - 1).word().codePointAt(0)) && !t.tag(q[0] - 1).equals("CC")
                && !openingArticle(t, q))
            // "Citing “obligations in Tennessee,” the spokeswoman said": a word right before the quote takes it in
            return true;
        for (int k = q[0]; k <= q[1]; k++) {
            int h = t.head(k);
            if (h >= q[0] && h <= q[1])
                continue;
            if (h >= 0 && h < q[0] && !LOOSE.contains(t.relation(k).split(":")[0]))
                return true;
            for (int c : t.children(k, "case"))
                if (c < q[0])
                    return true;
        }
        return false;
    }

    /**
     * Whether the word before the quote is an article of a quoted word that opens the sentence or follows a mark
     * ("A “very bad deal,” Kerr called it"): the quote's own, not a phrase that takes the quote in ("was a “ruin,”").
     */
    private static boolean openingArticle(AttributionTree t, int[] q) {
        int a = q[0] - 1;
        return t.tag(a).equals("DT") && t.head(a) >= q[0] && t.head(a) <= q[1]
                && (a == 0 || !Character.isLetterOrDigit(t.token(a - 1).word().codePointAt(0)));
    }

    /** Whether a semicolon stands right before the phrase of {@code c}. */
    static boolean afterSemicolon(AttributionTree t, int c) {
        int first = t.phrase(c).nextSetBit(0);
        return first > 0 && t.token(first - 1).word().equals(";");
    }

    /**
     * "She rejected the offer, aides said on Monday.": the attribution closing the sentence that the parse hung from
     * the cue is who reports the cue's claim, not what the cue says.
     */
    static boolean closingAttribution(AttributionTree t, int cue, int c) {
        return c > cue && t.relation(c).equals("parataxis") && ClaimContents.LEXICON.act(t.lemma(c), CueLexicon.Kind.VERB).isPresent()
                && ContentEnds.closesSentence(t, c);
    }

    /**
     * "Berg, who was known from the band Tidewater, opened the festival" parsed with "opened" hanging from the cue of the
     * relative clause: a finite verb without a subject after the comma that closes the relative clause is the
     * predicate of the noun the clause describes, not what the cue says.
     */
    static boolean outerPredicate(AttributionTree t, int cue, int c) {
        if (c < cue || !t.relation(cue).equals("acl:relcl") || !t.tag(c).matches("VBD|VBZ|VBP")
                || !t.children(c, "nsubj").isEmpty() || !t.children(c, "nsubj:pass").isEmpty())
            return false;
        for (int k = cue + 1; k < c; k++)
            if (t.token(k).word().equals(","))
                return true;
        return false;
    }
}
