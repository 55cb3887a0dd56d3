package org.newsgraph.extract.corenlp;

import java.util.Locale;
import java.util.Set;

/**
 * Who speaks for a participle that modifies a noun ("a group backing Y", "with 30 percent of voters saying Y", "despite
 * polls showing Y"): the noun itself where it can hold a view (a person, a group, a name) or where a preposition of
 * accompaniment introduces it ("with", "despite", "including"). A thing the clause's subject makes or does ("fired
 * back a response saying Y", "spent more time mocking Y"), a recipient of a document ("sent an email to supporters
 * saying Y", "emailed supporters saying Y") or someone addressed ("tweeted back at Trump pointing out Y"),
 * a time, or a document ("issued a statement saying Y") leave the participle to the clause's subject, the issuer,
 * unless that subject only weighs or opposes the document ("rejected a motion calling for Y": the motion speaks);
 * a document with a possessor is the possessor's ("her statement condemning Y"). A participle set off by a comma
 * ("the senator, noting Y") is left to the clause's subject too.
 */
final class ParticipleHolders {
    /** The participle's holder is the subject of the clause its noun stands in: the document's issuer. */
    static final int ISSUER = -2;
    /** Nouns for what someone issues or delivers, which speak for their maker. */
    private static final Set<String> DOCUMENTS = Set.of("statement", "release", "letter", "memo", "speech", "address",
            "article", "op-ed", "tweet", "message", "pitch", "call", "note", "email", "e-mail", "video", "ad", "post",
            "report", "remark", "comment", "appeal", "plea", "announcement", "interview", "ruling", "order", "filing",
            "brief", "motion", "column", "essay", "book", "blog", "editorial", "advertisement", "commercial", "mailer");
    /**
     * Verbs whose subject weighs, receives or opposes the document they take rather than issuing it: the document
     * speaks for itself ("rejected a motion calling for Y").
     */
    private static final Set<String> NOT_ISSUING = Set.of("reject", "oppose", "defeat", "block", "veto", "table", "kill",
            "dismiss", "overturn", "strike", "challenge", "condemn", "denounce", "criticize", "criticise", "debate",
            "consider", "discuss", "receive", "review", "ignore", "deny", "refuse", "decline", "scrap", "shelve", "withdraw",
            "question", "dispute", "mock", "ridicule", "slam", "blast", "attack", "weigh", "study", "examine", "see", "hear",
            "watch", "obtain");
    /** Prepositions that bring in a noun accompanying the clause, not one its subject acts on. */
    private static final Set<String> ACCOMPANYING = Set.of("with", "despite", "including", "alongside", "amid", "like",
            "among", "from", "by");
    /** Prepositions after which even someone who could hold a view is only addressed or opposed ("at Trump"). */
    private static final Set<String> AWAY = Set.of("at", "without", "against", "toward", "towards", "on", "over");
    /** Verbs of sending a text, whose "to" names its recipients ("blasted out an email to supporters saying Y"). */
    private static final Set<String> SENDING = Set.of("send", "blast", "email", "mail", "write", "tweet", "post", "deliver",
            "address", "forward", "circulate", "distribute", "release", "issue");
    /**
     * Verbs whose object is whom a text goes to ("emailed supporters saying Y"), not what is sent or let go ("sent
     * volunteers warning Y", "released two protesters saying Y", whose people speak).
     */
    private static final Set<String> ADDRESSING = Set.of("email", "mail", "write", "tweet", "text", "message");
    /** Nouns for a body of people, which may hold a view though no name or agent suffix says so. */
    private static final Set<String> GROUPS = Set.of("group", "chorus", "share", "percent", "population", "pac",
            "committee", "union", "party", "majority", "minority", "number", "half", "third", "quarter", "coalition",
            "team", "army", "crowd", "family", "public", "people", "one", "those", "others", "another", "some", "many",
            "most", "all", "both", "each", "everyone", "anyone", "staff", "board", "panel", "court", "government");
    /** Named entity types that never hold a view. */
    private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION", "SET", "MONEY", "ORDINAL");

    private ParticipleHolders() {
    }

    /**
     * The holder of participle {@code cue} that the parse hangs from noun {@code noun} before it: the noun,
     * the possessor of a document, or {@link #ISSUER}.
     */
    static int holder(AttributionTree t, int cue, int noun) {
        String tag = t.tag(noun);
        if (setOff(t, noun, cue) || !(tag.startsWith("NN") || tag.equals("CD") || tag.equals("DT"))
                || TIMES.contains(String.valueOf(t.token(noun).ner())))
            return ISSUER;
        String lemma = t.lemma(noun).toLowerCase(Locale.ROOT);
        if (DOCUMENTS.contains(lemma)) {
            int poss = t.child(noun, "nmod:poss").orElse(-1);
            return poss >= 0 ? poss : issuedBy(t, noun) ? ISSUER : noun;
        }
        String rel = t.relation(noun);
        boolean animate = animate(t, noun, lemma);
        if (rel.equals("obj") && animate && t.head(noun) >= 0 && ADDRESSING.contains(t.lemma(t.head(noun))))
            // "emailed supporters saying Y": whom a text is sent to does not say what it says
            return ISSUER;
        boolean accompanying = false;
        for (int c : t.children(noun))
            if (t.relation(c).equals("case")) {
                String prep = t.lemma(c).toLowerCase(Locale.ROOT);
                // "gave $10 million to a group backing Y" but "sent an email to supporters saying Y", "at Trump"
                int head = t.head(noun);
                boolean recipient = !animate || AWAY.contains(prep) || head >= 0
                        && (DOCUMENTS.contains(t.lemma(head).toLowerCase(Locale.ROOT)) || prep.equals("to") && SENDING.contains(t.lemma(head)));
                if (!ACCOMPANYING.contains(prep) && recipient)
                    return ISSUER;
                accompanying = true;
            }
        if (animate || accompanying)
            return noun;
        return rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod") ? ISSUER : noun;
    }

    /**
     * Whether the subject of the clause a document stands in may be its issuer ("issued a statement saying Y"), not
     * someone who only receives, weighs or opposes it ("rejected a motion calling for Y", "debated a resolution urging
     * Y"), for whom the document speaks.
     */
    private static boolean issuedBy(AttributionTree t, int noun) {
        int head = t.head(noun);
        return head < 0 || !t.relation(noun).equals("obj") || !NOT_ISSUING.contains(t.lemma(head).toLowerCase(Locale.ROOT));
    }

    /** Whether a noun can hold a view: a name, a pronoun or number, a group, or an agent noun ("voters", "donors"). */
    static boolean animate(AttributionTree t, int noun, String lemma) {
        String ner = String.valueOf(t.token(noun).ner());
        if (ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("NATIONALITY") || ner.equals("PERCENT")
                || ner.equals("TITLE") || ner.equals("MISC") && t.tag(noun).startsWith("NNP"))
            return true;
        if (t.tag(noun).equals("CD") || t.tag(noun).equals("DT") || t.tag(noun).equals("NNPS") || GROUPS.contains(lemma))
            return true;
        return lemma.length() > 3 && (lemma.endsWith("er") || lemma.endsWith("or") || lemma.endsWith("ist")
                || lemma.endsWith("ian") || lemma.endsWith("ant") || lemma.endsWith("ive") || lemma.endsWith("crat")
                || lemma.endsWith("can"));
    }

    /** Whether a comma or dash stands between the noun and the participle. */
    private static boolean setOff(AttributionTree t, int noun, int cue) {
        for (int k = noun + 1; k < cue; k++)
            if (t.tag(k).equals(",") || t.tag(k).equals(":") || t.tag(k).equals("-LRB-"))
                return true;
        return false;
    }
}
