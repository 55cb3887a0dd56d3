package org.newsgraph.extract.corenlp;

import org.newsgraph.extract.SpeechAct;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a cue reports, as tokens of its sentence: for a verb, an adjacent quote, its clause ("said that Y"), a
 * participle's or unmarked clause's phrase, the clause a parenthetical cue is set off in ("Y, X said"), its object
 * ("denied the report") or the object of its preposition ("called for Y"); for a noun, its clause ("the claim that Y")
 * or its prepositional object ("criticism of Y").
 */
final class ClaimContents {
    /** How the parse hangs a reported clause from its cue when a quote starts inside it. */
    private static final Set<String> REPORTED_CLAUSES = Set.of("ccomp", "dep", "parataxis");

    /** Relative pronouns, whose clause belongs to a noun ("…, which the mayor said was unfair"). */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whom", "whose", "that");
    /** The prepositions whose object is a cue's content when it has no clause or object ("call for", "respond to"). */
    private static final Map<String, String> PHRASAL = Map.ofEntries(
            Map.entry("call", "for on"), Map.entry("respond", "to"), Map.entry("refer", "to"),
            Map.entry("point", "to"), Map.entry("ask", "about for"), Map.entry("agree", "with"),
            Map.entry("push", "for"), Map.entry("argue", "for against"),
            Map.entry("speak", "about on of"), Map.entry("warn", "about of against"),
            Map.entry("complain", "about"), Map.entry("worry", "about"),
            Map.entry("reply", "to"), Map.entry("react", "to"), Map.entry("allude", "to"),
            Map.entry("vote", "for against"), Map.entry("advocate", "for"), Map.entry("apologize", "for"),
            Map.entry("apologise", "for"));

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
        BitSet content = ofVerb(t, cue, act, block, speakerPhrase, false);
        // "Humphrey, who calls Trump a “sociopath,” said he …": quoted words inside the phrase before the cue belong to
        // that phrase, and are what the cue says only where it says nothing else
        return content.isEmpty() ? ofVerb(t, cue, act, block, speakerPhrase, true) : content;
    }

    private static BitSet ofVerb(AttributionTree t, int cue, SpeechAct act, BitSet block, BitSet speakerPhrase, boolean inside) {
        String rel = t.relation(cue);
        int gov = t.head(cue);
        BitSet content = adjacentQuote(t, cue, speakerPhrase, inside);
        boolean nothing = NotSaid.saysNothing(t, cue);
        if (!content.isEmpty() && content.length() <= cue && NotSaid.ownClauseAfter(t, cue, !t.tag(cue).equals("VBG")))
            // "Trump insisted he has “expanded the party,” claiming that Y", "Lazar, known as “Guccifer,” stated that Y":
            // a cue with a clause of its own after it says that, not the quoted words before it
            content = new BitSet();
        if (!content.isEmpty() && content.nextSetBit(0) > cue && NotSaid.clauseAfter(t, cue, content.length()))
            // "said on “This Week,” that Y": a quoted name before the clause is where it was said
            content = new BitSet();
        if (content.isEmpty())
            for (String r : List.of("ccomp", "xcomp", "parataxis"))
                for (int c : t.children(cue, r))
                    // "approved a new tax on Monday, which the mayor said was unfair": a clause the parse hung from the
                    // cue after its object, with a relative word, is another's, not what the cue reports
                    // ("53% describe themselves as liberal; 26% say Y": after a semicolon, a clause of its own)
                    if (!(r.equals("parataxis") && (hasObject(t, cue) && (relativeInside(t, c) || NotSaid.afterSemicolon(t, c))
                            || nothing)) && !NotSaid.closingAttribution(t, cue, c))
                        content.or(t.phrase(c, block));
        boolean object = hasObject(t, cue);
        boolean complement = object || hasOblique(t, cue);
        BitSet participles = new BitSet();
        if (content.isEmpty() && !nothing)
            // ("The chief said little, then left the stage": what follows is no part of what the cue says)
            for (int c : t.children(cue, "dep"))
                if (c < cue && t.tag(c).equals("VBG") && object || NotSaid.outerPredicate(t, cue, c))
                    // "Speaking on “Harbour Hour,” the mayor defended the budget": a fronted participle is where or how,
                    // the object is what
                    continue;
                else if (t.tag(c).startsWith("VB") || t.tag(c).equals("MD") || !t.children(c, "nsubj").isEmpty()) {
                    // "X dismissed the critique, saying Y", "X argued against it, adding Y": the participle is a claim
                    // of its own, the object is this one's (the participle only where the cue has nothing else)
                    // ("Y, Spicer said, adding Z": the cue reports the clause before it, unless that is a fronted
                    // participle, "Facing protests, the council backed off, delaying the vote")
                    // ("The economy grew, the bank said, adding Z", with the clause an unmarked adverbial one of "said")
                    if ((complement || GovernorClauses.beforeTrailingCue(t, cue, rel, gov)
                            || GovernorClauses.frontedClause(t, cue, object) >= 0) && participle(t, c))
                        participles.or(t.phrase(c, block));
                    else
                        content.or(t.phrase(c, block));
                }
        // "..., decrying the influence of money", "..., he said, referring to the mayor": a participle with an object or
        // its own preposition's object reports that, not the clause it hangs from
        if (content.isEmpty() && gov >= 0 && !((object || phrasalObject(t, cue) >= 0) && t.tag(cue).equals("VBG")) && !nothing
                && GovernorClauses.reports(t, cue, rel, gov))
            content = GovernorClauses.content(t, cue, gov, block);
        if (content.isEmpty() && !nothing)
            // "Y, X said" misparsed with Y as an unmarked adverbial clause of the cue ("Asked whether he would resign, Bey
            // said nothing" says nothing)
            for (int c : t.children(cue, "advcl"))
                if (GovernorClauses.fronted(t, cue, c, object))
                    content.or(t.phrase(c, block));
        if (content.isEmpty() && act == SpeechAct.ACCUSATION)
            for (int c : t.children(cue))
                if ((t.relation(c).equals("advcl") || t.relation(c).startsWith("obl")) && ClaimParts.hasCase(t, c, "of"))
                    content.or(t.phrase(c, block));
        if (content.isEmpty())
            content = AskingCues.question(t, cue, block);
        if (content.isEmpty())
            content = AskingCues.topic(t, cue, block);
        int stance = StancePhrases.word(t, cue);
        if (content.isEmpty() && stance >= 0)
            content = StancePhrases.ownObject(t, stance, block);
        boolean named = content.isEmpty();
        if (content.isEmpty() && !t.lemma(cue).equals("tell"))
            for (int c : t.children(cue, "obj"))
                // ("officials who seemingly know Y" parsed with "who" an object: it is the subject)
                if (!CuePatterns.temporal(t, c) && c != stance && c != ClaimSpeakers.looseWho(t, cue))
                    content.or(t.phrase(c, block));
        if (content.isEmpty() && !AskingCues.asksAbout(t, cue))
            // "the video was released (by X)": the passive subject is what was said ("He was asked about the dispute"
            // is whom it was asked)
            for (int c : t.children(cue, "nsubj:pass"))
                content.or(t.phrase(c, block));
        if (named && !content.isEmpty() && ParticipleSpeakers.QUOTING.contains(t.lemma(cue)) && !t.tag(content.nextSetBit(0)).startsWith("W"))
            // "The Gazette quoted a clerk as saying Y": whom it quotes and what they said
            for (int c : t.children(cue, "advcl"))
                if (c > cue && t.token(t.phrase(c, block).nextSetBit(0)).word().equalsIgnoreCase("as"))
                    content.or(t.phrase(c, block));
        if (named)
            // "hailed the vote as a victory", "was described by witnesses as a tall man": what it is taken for is said too
            content = AsPhrases.with(t, cue, content, block);
        if (content.isEmpty()) {
            // "called for X", "responded to X", "agreed with X", "talked about X"
            int c = prepositionalObject(t, cue);
            if (c >= 0)
                content.or(t.phraseWithoutCase(c, block));
        }
        if (content.isEmpty() && t.lemma(cue).equals("call"))
            // "called on the United States to attack ..."
            for (int c : t.children(cue, "advcl"))
                if (c > cue)
                    content.or(t.phrase(c, block));
        if (content.isEmpty())
            content = participles;
        // "Experts say the drug should not be given to …": the parse made the clause's subject the cue's object
        content = LostSubjects.restored(t, cue, content, block);
        // "told analysts on a conference call that Y": a clause the parse hung from where it was said
        content = HungClauses.clause(t, cue, content, block);
        return ContentEnds.trimmed(t, cue, NamingCues.named(t, cue, content, block), block);
    }

    /** The first prepositional object after a cue that says what it is about ("called for X", "talked about X"); -1 if none. */
    static int prepositionalObject(AttributionTree t, int cue) {
        String cases = PHRASAL.getOrDefault(t.lemma(cue), StancePhrases.isStance(t, cue) ? StancePhrases.PREPOSITIONS : "about on");
        for (int c : t.children(cue, "obl"))
            if (c > cue && cases.contains(caseOf(t, c)) && !CuePatterns.temporal(t, c))
                return c;
        return -1;
    }

    /** A prepositional object of a phrasal cue of the lexicon's ("referring to X", "pointing to X"); -1 if none. */
    private static int phrasalObject(AttributionTree t, int cue) {
        return PHRASAL.containsKey(t.lemma(cue)) ? prepositionalObject(t, cue) : -1;
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
     * Whether a relative pronoun stands in the phrase of {@code node} before it ("…, which the mayor said was unfair";
     * not a question's "what").
     */
    private static boolean relativeInside(AttributionTree t, int node) {
        BitSet phrase = t.phrase(node);
        for (int k = phrase.nextSetBit(0); k >= 0 && k < node; k = phrase.nextSetBit(k + 1))
            if (t.tag(k).startsWith("W") && RELATIVE_PRONOUNS.contains(t.lemma(k).toLowerCase(Locale.ROOT)))
                return true;
        return false;
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
    static boolean participle(AttributionTree t, int k) {
        return t.tag(k).equals("VBG") && k > t.head(k) && k > 0 && t.tag(k - 1).equals(",");
    }

    /**
     * A quote right before the cue and its speaker ("“Y,” X said", "“Y,” said X") or right after them
     * ("X said: “Y”"), with only the speaker, punctuation and a few of the cue's own words in between; one before the
     * cue inside another phrase ({@link NotSaid#insidePhrase}) only where {@code inside}.
     */
    private static BitSet adjacentQuote(AttributionTree t, int cue, BitSet speaker, boolean inside) {
        BitSet out = new BitSet();
        for (int[] q : t.quotes()) {
            int from = q[1] < cue ? q[1] + 1 : cue + 1, to = q[1] < cue ? cue - 1 : q[0] - 1;
            if (q[0] <= cue && cue <= q[1] || q[1] - q[0] < 2)
                continue;
            if (q[0] > cue + 1 && List.of("on", "during").contains(t.token(q[0] - 1).word().toLowerCase(Locale.ROOT)))
                // "…, he said on “Morning Joe.”": a quoted name after a preposition is where it was said
                continue;
            if (q[1] < cue && !inside && NotSaid.insidePhrase(t, q))
                // "On “This Week,” Rubio said …": quoted words inside a phrase before the cue
                continue;
            if (q[0] > cue && subjectOutside(t, cue, from, to, q))
                // "The judge said they “appear not to have shown any respect”": the quote goes on with a subject before
                // it, so what is said is their clause
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
     * Whether a word between {@code from} and {@code to} is the subject or an auxiliary of the clause the cue reports,
     * whose head is inside quote {@code q} ("said they “appear …”"); not of a small clause or an infinitive ("called
     * the decision a “smash and grab”", "called on drivers to “slow down”"), whose quote is what is said.
     */
    private static boolean subjectOutside(AttributionTree t, int cue, int from, int to, int[] q) {
        for (int k = Math.max(from, 0); k <= to; k++) {
            int h = t.head(k);
            if ((t.relation(k).startsWith("nsubj") || t.relation(k).startsWith("aux")) && h >= q[0] && h <= q[1]
                    && t.head(h) == cue && REPORTED_CLAUSES.contains(t.relation(h)))
                return true;
        }
        return false;
    }

    /** The preposition (case marker) of a nominal, or "". */
    private static String caseOf(AttributionTree t, int node) {
        for (int c : t.children(node, "case"))
            return t.lemma(c);
        return "-";
    }

    static boolean hasMark(AttributionTree t, int node, String word) {
        for (int c : t.children(node, "mark"))
            if (t.lemma(c).equals(word))
                return true;
        return false;
    }
}
