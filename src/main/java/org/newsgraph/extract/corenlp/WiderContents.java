package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a cue reports where the parse gave it too little: the predicate of a relative clause the parse made the cue
 * the subject of ("which the mayor said was unfair"), and the whole clause around a speaker and cue set off by commas
 * ("The ferry will stop running, the mayor said, until the storm passes"). Each takes the content {@link ClaimContents}
 * found and returns it, or the wider one.
 */
final class WiderContents {
    /** Relative pronouns with their noun before them ("a tax, which …", "Lind, who …"). */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whom", "that");
    /** Words that open when or where something was said, after the comma that closes a parenthetical cue. */
    private static final Set<String> CIRCUMSTANCES = Set.of("as", "when", "while", "after", "before",
            "during", "at", "in", "on", "from", "speaking", "according");
    /** The most words between a set-off cue and the comma that closes its parenthetical ("said in a statement,"). */
    private static final int MAX_AFTER_CUE = 4;

    private WiderContents() {
    }

    /**
     * "a new tax, which the mayor said was unfair": where the parse made the cue the clausal subject of what it reports
     * and left it only the relative pronoun, the content is the pronoun and that predicate ("which ... was unfair"), as
     * PolNeAR's annotators mark it; otherwise {@code content} as it is.
     */
    static BitSet relativePredicate(AttributionTree t, int cue, BitSet content) {
        if (content.cardinality() != 1)
            return content;
        int pronoun = content.nextSetBit(0);
        int predicate = t.head(cue);
        // a relative pronoun with its noun before it; a free "what" may be the subject of the predicate ("what she
        // believes remains a mystery")
        if (pronoun > cue || !RELATIVE_PRONOUNS.contains(t.lemma(pronoun).toLowerCase(Locale.ROOT))
                || !t.tag(pronoun).startsWith("W") || predicate < cue || !t.relation(cue).startsWith("csubj"))
            return content;
        BitSet block = new BitSet();
        block.set(cue);
        BitSet out = t.phrase(predicate, block);
        // the antecedent the parse may have hung from the predicate stays outside
        out.clear(0, pronoun);
        out.set(pronoun);
        if (t.head(predicate) < 0)
            // "The drug, which the company says is safe, remains on sale": where the parse made the predicate the
            // sentence's root, the main clause's tensed verb hangs from it after a comma and is not said
            for (int c : t.children(predicate)) {
                BitSet clause = t.phrase(c);
                if (c > predicate && TrailingCues.TENSED.contains(t.tag(c)) && clause.nextSetBit(0) > 0
                        && t.tag(clause.nextSetBit(0) - 1).equals(","))
                    out.andNot(clause);
            }
        return t.trim(out);
    }

    /**
     * "The ferry will stop running, the mayor said, until the storm passes": a speaker and cue set off by commas inside
     * the clause they report say all of that clause, before and after them, whatever the parse hung the cue from (it
     * may give the cue only "running, until …" or only what follows). Left as it is where the words around are no
     * single plain clause with a tensed verb ("In Ely, officials said, …", a comma or a relative word on either side),
     * where quote marks are involved, or where a participle follows ("…, Lind said, adding …").
     */
    static BitSet aroundParenthetical(AttributionTree t, int cue, BitSet speaker, BitSet content) {
        if (speaker.isEmpty() || speaker.length() > cue || !TrailingCues.TENSED.contains(t.tag(cue)))
            return content;
        for (int k = speaker.length(); k < cue; k++)
            if (!(t.head(k) == cue && t.relation(k).startsWith("aux") || t.tag(k).startsWith("RB")))
                return content;
        int open = speaker.nextSetBit(0) - 1;
        int close = cue + 1;
        while (close < t.size() && close - cue <= MAX_AFTER_CUE && !t.tag(close).equals(",") && !t.tag(close).startsWith("VB")
                && !t.tag(close).equals("MD"))
            close++;
        int end = TrailingCues.sentenceEnd(t, cue);
        if (open < 1 || !t.tag(open).equals(",") || close + 1 >= end || !t.tag(close).equals(","))
            return content;
        // what stands between the cue and the comma is its own time or place ("said Monday,", "said in a statement,"),
        // not an object ("announced four votes, …", "shrugged off the decision, …")
        if (close > cue + 1 && !t.tag(cue + 1).equals("IN"))
            for (int k = cue + 1; k < close; k++)
                if (!t.tag(k).startsWith("RB") && !CuePatterns.temporal(t, k))
                    return content;
        for (int k = 0; k < t.size(); k++)
            if (ClaimParts.QUOTES.contains(t.tag(k)) || t.token(k).word().matches(".*[\"“”‘’`].*")
                    || speaker.get(k) && t.tag(k).startsWith("W"))
                return content;
        // the clause begins after a semicolon or colon before it ("…; they had, his father says, paid smugglers")
        int start = open - 1;
        while (start > 0 && !t.tag(start - 1).equals(":"))
            start--;
        BitSet out = new BitSet();
        out.set(Math.max(0, start), open);
        out = t.trim(out);
        BitSet after = new BitSet();
        after.set(close + 1, end);
        String next = t.tag(close + 1);
        // "…, leaders said Friday, as they gathered": when and where they said it, not what
        if (next.equals("VBG") || CIRCUMSTANCES.contains(t.lemma(close + 1).toLowerCase(Locale.ROOT))
                || !simpleClause(t, out, cue) || !simpleClause(t, after, -1))
            return content;
        out.or(after);
        // a clause, not a fronted phrase and a main clause ("Facing protests, the city backed off, …")
        for (int k = out.nextSetBit(0); k >= 0; k = out.nextSetBit(k + 1))
            if (TrailingCues.TENSED.contains(t.tag(k)) || t.tag(k).equals("MD"))
                return t.trim(out);
        return content;
    }

    /**
     * Words of one plain clause: no comma, colon or relative word, and where {@code cue} is given (the words before
     * the parenthetical), no verb with a clause of its own other than the cue ("He tells audiences she may …"), where
     * a parenthetical inside would report only a part.
     */
    private static boolean simpleClause(AttributionTree t, BitSet words, int cue) {
        for (int k = words.nextSetBit(0); k >= 0; k = words.nextSetBit(k + 1)) {
            if (t.tag(k).equals(",") || t.tag(k).equals(":") || t.tag(k).startsWith("W"))
                return false;
            if (cue >= 0)
                for (int c : t.children(k, "ccomp"))
                    if (c != cue)
                        return false;
        }
        return true;
    }
}
