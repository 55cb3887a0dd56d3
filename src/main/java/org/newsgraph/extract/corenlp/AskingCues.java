package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.Set;

/**
 * Cues that ask ("asked Trump if he would …", "was asked about the dispute"): their object or passive subject is whom
 * they ask, and the question is the clause or prepositional object after them.
 */
final class AskingCues {
    /** Cues whose object or passive subject is whom they ask, not what. */
    private static final Set<String> ASKING = Set.of("ask", "question", "press", "quiz", "grill", "interview", "query");

    private AskingCues() {
    }

    /**
     * The question of an asking cue that the parse took for an adverbial clause ("Hannity asked Trump if he would deport
     * them", "asked the campaigns why they did not respond"); empty for a condition after what is asked ("Lawyers will
     * ask for a retrial if the verdict stands", "will ask questions if …") and for other cues.
     */
    static BitSet question(AttributionTree t, int cue, BitSet block) {
        BitSet content = new BitSet();
        if (!ASKING.contains(t.lemma(cue)) || ClaimContents.prepositionalObject(t, cue) >= 0
                || askedPerson(t, cue) < 0 && hasModal(t, cue))
            return content;
        for (int c : t.children(cue, "advcl"))
            if (c > cue && (ClaimContents.hasMark(t, c, "if") || ClaimContents.hasMark(t, c, "whether")
                    || t.tag(t.phrase(c).nextSetBit(0)).startsWith("W")))
                content.or(t.phrase(c, block));
        return content;
    }

    /**
     * What an asking cue with a person as its object asks about ("Reporters asked the president about the tariffs",
     * "The judge questioned the witness about the missing documents", the parse hanging "about" from the person):
     * that, not whom; empty for other cues.
     */
    static BitSet topic(AttributionTree t, int cue, BitSet block) {
        BitSet content = new BitSet();
        int person = ASKING.contains(t.lemma(cue)) ? askedPerson(t, cue) : -1;
        if (person < 0 || ObjectSpeakers.document(t, person))
            // ("questioned Santilli's statements about Y": statements are what is questioned, not whom)
            return content;
        int about = ClaimContents.prepositionalObject(t, cue);
        if (about < 0)
            for (int c : t.children(person, "nmod"))
                if (c > person && ClaimParts.hasCase(t, c, "about"))
                    about = c;
        if (about >= 0)
            content.or(t.phraseWithoutCase(about, block));
        return content;
    }

    /** Whether the cue asks about something ("He was asked about the dispute"): then its passive subject is whom. */
    static boolean asksAbout(AttributionTree t, int cue) {
        return ASKING.contains(t.lemma(cue)) && ClaimContents.prepositionalObject(t, cue) >= 0;
    }

    /** The object of an asking cue that is whom it asks (a pronoun, a name, a title, a source noun); -1 if none. */
    private static int askedPerson(AttributionTree t, int cue) {
        for (int c : t.children(cue, "obj"))
            if (t.tag(c).equals("PRP") || ObjectSpeakers.speakerLike(t, c))
                return c;
        return -1;
    }

    /** Whether a verb has a modal ("will ask", "would ask"). */
    private static boolean hasModal(AttributionTree t, int verb) {
        for (int c : t.children(verb, "aux"))
            if (t.tag(c).equals("MD"))
                return true;
        return false;
    }
}
