package org.newsgraph.extract.corenlp;

import org.newsgraph.extract.SpeechAct;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * What a cue reports, as tokens of its sentence: for a verb, an adjacent quote, its clause ("said that Y"), a
 * participle's or unmarked clause's phrase, the clause a parenthetical cue is set off in ("Y, X said"), its object
 * ("denied the report") or the object of its preposition ("called for Y"); for a noun, its clause ("the claim that Y")
 * or its prepositional object ("criticism of Y").
 */
final class ClaimContents {
    /** The prepositions whose object is a cue's content when it has no clause or object ("call for", "respond to"). */
    private static final Map<String, String> PHRASAL = Map.ofEntries(
            Map.entry("call", "for on"), Map.entry("respond", "to"), Map.entry("refer", "to"),
            Map.entry("point", "to"), Map.entry("ask", "about for"), Map.entry("agree", "with"),
            Map.entry("push", "for"), Map.entry("argue", "for against"),
            Map.entry("speak", "about on of"), Map.entry("warn", "about of against"),
            Map.entry("complain", "about"), Map.entry("worry", "about"),
            Map.entry("reply", "to"), Map.entry("react", "to"), Map.entry("allude", "to"),
            Map.entry("vote", "for against"), Map.entry("advocate", "for"));

    /** The shipped cue lexicon, to tell a trailing attribution from the rest of a content. */
    static final CueLexicon LEXICON = CueLexicon.standard();

    private ClaimContents() {
    }

    /**
     * The content of a verb cue, trimmed of punctuation at its ends; empty when it has none.
     *
     * @param block         tokens the content must not descend into (the cue)
     * @param speakerPhrase the speaker's tokens, which may stand between the cue and an adjacent quote
     */
    static BitSet ofVerb(AttributionTree t, int cue, SpeechAct act, BitSet block, BitSet speakerPhrase) {
        String rel = t.relation(cue);
        int gov = t.head(cue);
        BitSet content = adjacentQuote(t, cue, speakerPhrase);
        if (content.isEmpty())
            for (String r : List.of("ccomp", "xcomp", "parataxis"))
                for (int c : t.children(cue, r))
                    content.or(t.phrase(c, block));
        boolean object = hasObject(t, cue);
        boolean complement = object || hasOblique(t, cue);
        BitSet participles = new BitSet();
        if (content.isEmpty())
            for (int c : t.children(cue, "dep"))
                if (t.tag(c).startsWith("VB") || t.tag(c).equals("MD") || !t.children(c, "nsubj").isEmpty()) {
                    // "X dismissed the critique, saying Y", "X argued against it, adding Y": the participle is a claim
                    // of its own, the object is this one's (the participle only where the cue has nothing else)
                    if (complement && participle(t, c))
                        participles.or(t.phrase(c, block));
                    else
                        content.or(t.phrase(c, block));
                }
        // "..., decrying the influence of money": a participle with an object reports that, not the clause it hangs from
        if (content.isEmpty() && gov >= 0 && !(object && t.tag(cue).equals("VBG"))
                && (gov < cue && (rel.equals("parataxis") || rel.equals("ccomp")) || setOff(t, cue, rel, gov)))
            content = t.phrase(closing(t, cue, gov), block);
        if (content.isEmpty())
            // "Y, X said" misparsed with Y as an unmarked adverbial clause of the cue
            for (int c : t.children(cue, "advcl"))
                if (c < cue && t.children(c, "mark").isEmpty() && t.tag(c).startsWith("VB"))
                    content.or(t.phrase(c, block));
        if (content.isEmpty() && act == SpeechAct.ACCUSATION)
            for (int c : t.children(cue))
                if ((t.relation(c).equals("advcl") || t.relation(c).startsWith("obl")) && ClaimParts.hasCase(t, c, "of"))
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
                    content.or(t.phraseWithoutCase(c, block));
                    break;
                }
        if (content.isEmpty() && t.lemma(cue).equals("call"))
            // "called on the United States to attack ..."
            for (int c : t.children(cue, "advcl"))
                if (c > cue)
                    content.or(t.phrase(c, block));
        if (content.isEmpty())
            content = participles;
        return ContentEnds.trimmed(t, cue, content, block);
    }

    /** The content of a noun cue: its clause or its prepositional object; empty when it has none. */
    static BitSet ofNoun(AttributionTree t, int cue, BitSet block) {
        BitSet content = new BitSet();
        for (int c : t.children(cue))
            if (t.relation(c).equals("ccomp") || t.relation(c).startsWith("acl") && !t.relation(c).equals("acl:relcl")
                    && hasMark(t, c, "that"))
                content.or(t.phrase(c, block));
        if (content.isEmpty())
            // "criticism of the plan", "support for the bill"
            for (int c : t.children(cue, "nmod"))
                if (c > cue && (ClaimParts.hasCase(t, c, "of") || ClaimParts.hasCase(t, c, "for") || ClaimParts.hasCase(t, c, "about")
                        || ClaimParts.hasCase(t, c, "on") || ClaimParts.hasCase(t, c, "against"))) {
                    BitSet phrase = t.phrase(c, block);
                    for (int k = phrase.nextSetBit(0); k >= 0; k = phrase.nextSetBit(k + 1))
                        if (t.head(k) == c && t.relation(k).equals("case"))
                            phrase.clear(k);
                    content.or(phrase);
                    break;
                }
        return t.trim(content);
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

    /** Whether a verb has an object that is not a time ("denied the report", not "said Monday"). */
    private static boolean hasObject(AttributionTree t, int verb) {
        for (int c : t.children(verb, "obj"))
            if (!CuePatterns.temporal(t, c))
                return true;
        return false;
    }

    /** Whether a verb has a prepositional object after it that is not a time ("argued against it", not "said on Monday"). */
    private static boolean hasOblique(AttributionTree t, int verb) {
        for (int c : t.children(verb, "obl"))
            if (c > verb && !t.children(c, "case").isEmpty() && !CuePatterns.temporal(t, c))
                return true;
        return false;
    }

    /** A participle set off by a comma after its governor: "..., saying Y". */
    private static boolean participle(AttributionTree t, int k) {
        return t.tag(k).equals("VBG") && k > t.head(k) && k > 0 && t.tag(k - 1).equals(",");
    }

    /**
     * A quote right before the cue and its speaker ("“Y,” X said", "“Y,” said X") or right after them
     * ("X said: “Y”"), with only the speaker, punctuation and a few of the cue's own words in between.
     */
    private static BitSet adjacentQuote(AttributionTree t, int cue, BitSet speaker) {
        BitSet out = new BitSet();
        for (int[] q : t.quotes()) {
            int from = q[1] < cue ? q[1] + 1 : cue + 1, to = q[1] < cue ? cue - 1 : q[0] - 1;
            if (q[0] <= cue && cue <= q[1] || q[1] - q[0] < 2)
                continue;
            int others = 0;
            for (int k = from; k <= to; k++)
                if (!speaker.get(k) && !SpeakerNames.NAME_TAGS.contains(t.tag(k)) && !t.tag(k).equals(",") && !t.tag(k).equals(":") && !(t.head(k) == cue
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
        // "Y, the leaders said Friday, as ..." parsed as a relative clause of a noun in Y
        // (not a relative clause of its own: "…replaced by Smith, who testified Tuesday.")
        boolean relative = t.children(cue, "nsubj").stream().anyMatch(c -> t.tag(c).startsWith("W"));
        if (base.equals("acl") && gov < cue && !relative && ContentEnds.closesSentence(t, cue))
            return true;
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

    /**
     * "a new tax, which the mayor said was unfair": where the parse made the cue the clausal subject of what it reports
     * and left it only the relative pronoun, the content is the pronoun and that predicate ("which ... was unfair"), as
     * PolNeAR's annotators mark it; otherwise {@code content} as it is.
     */
    private static final java.util.Set<String> RELATIVE_PRONOUNS = java.util.Set.of("which", "who", "whom", "that");

    static BitSet relativePredicate(AttributionTree t, int cue, BitSet content) {
        if (content.cardinality() != 1)
            return content;
        int pronoun = content.nextSetBit(0);
        int predicate = t.head(cue);
        // a relative pronoun with its noun before it; a free "what" may be the subject of the predicate ("what she
        // believes remains a mystery")
        if (pronoun > cue || !RELATIVE_PRONOUNS.contains(t.lemma(pronoun).toLowerCase(java.util.Locale.ROOT))
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

    /** Words that open when or where something was said, after the comma that closes a parenthetical cue. */
    private static final java.util.Set<String> CIRCUMSTANCES = java.util.Set.of("as", "when", "while", "after", "before",
            "during", "at", "in", "on", "from", "speaking", "according");
    /** The most words between a set-off cue and the comma that closes its parenthetical ("said in a statement,"). */
    private static final int MAX_AFTER_CUE = 4;

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
        int end = t.size();
        while (end > 0 && (t.tag(end - 1).equals(".") || ClaimParts.QUOTES.contains(t.tag(end - 1))))
            end--;
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
        if (next.equals("VBG") || CIRCUMSTANCES.contains(t.lemma(close + 1).toLowerCase(java.util.Locale.ROOT))
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
