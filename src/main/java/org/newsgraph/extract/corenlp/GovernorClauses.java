package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.List;

/**
 * What a cue set off beside or after the clause it reports says, where the parse hung the cue from that clause:
 * "Y, X said", "Y, X said, Z", "as X reported, Y", and "Y, X said" misparsed with Y as an unmarked adverbial clause
 * of the cue ({@link ClaimContents} asks these when the cue has no clause, quote or object of its own).
 */
final class GovernorClauses {
    private GovernorClauses() {
    }

    /** Whether the cue, set off or trailing, reports the clause of its governor ("Y, X said", "Y, X said, Z"). */
    static boolean reports(AttributionTree t, int cue, String rel, int gov) {
        return gov < cue && (rel.equals("parataxis") && !NotSaid.afterSemicolon(t, cue) || rel.equals("ccomp")) || setOff(t, cue, rel, gov);
    }

    /**
     * Whether the cue trails a clause it reports ("Y, Spicer said, adding Z"), so that a participle after it is a claim
     * of its own; not where the words before it are a fronted participle ("Facing protests, the council backed off,
     * delaying the vote").
     */
    static boolean beforeTrailingCue(AttributionTree t, int cue, String rel, int gov) {
        return gov >= 0 && gov < cue && clause(t, gov) && reports(t, cue, rel, gov);
    }

    /**
     * The governor's clause the cue reports, without a participle after the cue that the parse hung from that clause
     * ("The plan is dead, he said, laughing") and without the marks that close the sentence after the cue ("Y, Kol
     * said, adding, “Z.”").
     */
    static BitSet content(AttributionTree t, int cue, int gov, BitSet block) {
        int top = closing(t, cue, gov);
        BitSet content = t.phrase(top, block);
        for (int c : t.children(top))
            if (c > cue && ClaimContents.participle(t, c) && t.children(c, "nsubj").isEmpty() && rightAfter(t, cue, c)
                    && t.children(cue, "nsubj").stream().anyMatch(s -> s > top))
                content.andNot(t.phrase(c));
        if (content.nextSetBit(cue) >= 0 && onlyPunctuation(t, content, cue))
            content.clear(cue, content.length());
        return withLooseEnd(t, cue, content);
    }

    /**
     * "Revenue will top $4 billion, the company said": the end of the reported clause that the parse hung loose from the
     * cue after it, before the cue's subject, belongs to the clause.
     */
    private static BitSet withLooseEnd(AttributionTree t, int cue, BitSet content) {
        int subject = t.child(cue, "nsubj").orElse(-1);
        for (int c : t.children(cue, "dep")) {
            BitSet loose = t.trim(t.phrase(c));
            // the loose words close the clause: a comma after them, then the subject
            if (c < subject && !content.isEmpty() && !t.tag(c).startsWith("W") && loose.nextSetBit(0) == content.length()
                    && loose.length() < subject && t.tag(loose.length()).equals(",")) {
                content.or(loose);
                return t.trim(content);
            }
        }
        return content;
    }

    /** The first unmarked adverbial verb before a cue without an object, a misparsed "Y, X said"; -1 if none. */
    static int frontedClause(AttributionTree t, int cue, boolean object) {
        for (int c : t.children(cue, "advcl"))
            if (fronted(t, cue, c, object))
                return c;
        return -1;
    }

    /** Whether {@code c} is an unmarked adverbial verb before a cue without an object, a misparsed "Y, X said". */
    static boolean fronted(AttributionTree t, int cue, int c, boolean object) {
        return c < cue && t.children(c, "mark").isEmpty() && t.tag(c).startsWith("VB") && !object && !NotSaid.subordinate(t, c);
    }

    /** Whether only the cue's own words and commas stand between the cue and {@code c} ("said Sunday, adding"). */
    private static boolean rightAfter(AttributionTree t, int cue, int c) {
        BitSet own = t.phrase(cue);
        for (int k = cue + 1; k < c; k++)
            if (!own.get(k) && !t.tag(k).equals(","))
                return false;
        return true;
    }

    /** Whether the word heads a clause: a verb other than a participle, or a word with a subject or a copula. */
    private static boolean clause(AttributionTree t, int k) {
        return t.tag(k).startsWith("VB") && !t.tag(k).equals("VBG") || t.tag(k).equals("MD")
                || !t.children(k, "nsubj").isEmpty() || !t.children(k, "cop").isEmpty();
    }

    /** Whether the tokens of the set after {@code from} are all punctuation. */
    private static boolean onlyPunctuation(AttributionTree t, BitSet set, int from) {
        for (int k = set.nextSetBit(from); k >= 0; k = set.nextSetBit(k + 1))
            if (Character.isLetterOrDigit(t.token(k).word().codePointAt(0)))
                return false;
        return true;
    }

    /**
     * Where the content of a cue hung from {@code gov} starts: {@code gov} itself, except for a cue that closes its
     * sentence set off by a comma ("Y, the council said on Saturday.") hung from a word that is no verb inside Y
     * ("repairs" in "…have warned that it needs urgent repairs"): that is a misparse, and the whole of Y, the
     * sentence's top clause, is what is reported.
     */
    private static int closing(AttributionTree t, int cue, int gov) {
        if (gov > cue || t.tag(gov).startsWith("VB") || t.tag(gov).equals("MD") || !ContentEnds.closesSentence(t, cue))
            return gov;
        int top = gov;
        while (t.head(top) >= 0)
            top = t.head(top);
        return top;
    }

    /**
     * A cue clause set off by commas inside or after the clause it reports, as the parse attaches it:
     * "Y, X said, Z" and "Y, said X" (parataxis, dep, an unmarked adverbial clause) or "as X reported, Y".
     */
    private static boolean setOff(AttributionTree t, int cue, String rel, int gov) {
        String base = rel.split(":")[0];
        List<Integer> marks = t.children(cue, "mark");
        boolean as = marks.size() == 1 && t.lemma(marks.get(0)).equals("as");
        // "Y, the leaders said Friday, as ..." parsed as a relative clause of a noun in Y
        // (not a relative clause of its own: "…replaced by Smith, who testified Tuesday.")
        boolean relative = t.children(cue, "nsubj").stream().anyMatch(c -> t.tag(c).startsWith("W"));
        if (base.equals("acl") && gov < cue && !relative && ContentEnds.closesSentence(t, cue))
            return true;
        if (t.children(cue, "dep").stream().anyMatch(c -> c < cue && t.tag(c).equals("WP")))
            // "Collins, who'd endorsed Bush, said Y" parsed with "who" a loose dependent: a relative clause, not a cue set off
            return false;
        if (!(base.equals("parataxis") || base.equals("dep") || base.equals("ccomp")
                || base.equals("advcl") && (marks.isEmpty() || as)))
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
}
