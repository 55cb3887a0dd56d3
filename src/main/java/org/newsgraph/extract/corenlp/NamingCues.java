package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.Set;

/**
 * Naming cues ("call", "dub", "label", "brand", "term") report what they name with what they call it ("calling it a
 * waste of time"), as PolNeAR marks them; {@link ClaimContents} asks here once it has found a verb cue's content.
 */
final class NamingCues {
    private NamingCues() {
    }

    /** Verbs that give something a name: whom they name and what they call it are one content. */
    private static final Set<String> NAMING = Set.of("call", "dub", "label", "brand", "term");

    /**
     * "called it a waste of time", "calls the plan “a harbour grab”": a naming cue's content is what it names with what
     * it calls it, wherever the parse hung either (the name as a complement, a loose noun phrase or a quote).
     */
    static BitSet named(AttributionTree t, int cue, BitSet content, BitSet block) {
        if (content.isEmpty() || !NAMING.contains(t.lemma(cue)))
            return content;
        int object = t.child(cue, "obj").orElse(-1);
        if (object < cue || t.tag(object).startsWith("W"))
            return content;
        int whom = t.child(cue, "iobj").orElse(-1);
        if (whom > cue && whom < object && content.get(object)) {
            // "called him a liar", "dubbed the tower the Needle": the parse takes whom it names for the indirect object
            BitSet out = (BitSet) content.clone();
            out.or(t.phrase(whom, block));
            return out;
        }
        BitSet named = t.phrase(object, block);
        // the content starts right after the object's head, in its phrase or after it: a name the parse left loose
        // ("called it “a disgrace”", "called the plan “a grab”" with the quote hung from "plan")
        int after = content.nextSetBit(object + 1);
        boolean name = after >= 0 && (after == named.length() || named.get(after))
                && !t.tag(after).startsWith("VB") && !t.tag(after).equals("TO");
        for (int k = named.nextSetBit(after + 1); name && k >= 0; k = named.nextSetBit(k + 1))
            if ((t.tag(k).equals(",") || t.tag(k).equals(":"))
                    && (!ClaimSpeakers.inQuote(t, k) || k + 1 < t.size() && t.tag(k + 1).equals("''"))) {
                // the writer's words set off after the name are not named ("the scandal “Bridgegate,” a name that stuck")
                named.clear(k, named.length());
                while (named.length() > 0 && t.tag(named.length() - 1).equals("CC"))
                    named.clear(named.length() - 1);
                break;
            }
        for (int c : t.children(cue))
            if (c > object && (t.relation(c).equals("xcomp") || t.relation(c).equals("obl:npmod"))
                    && !t.tag(c).startsWith("VB") && !t.tag(c).equals("MD") && !t.tag(c).equals("TO")) {
                named.or(t.phrase(c, block));
                name = true;
            }
        if (!name)
            return content;
        BitSet out = (BitSet) content.clone();
        out.or(named);
        return withoutTime(t, cue, out, block);
    }

    /**
     * The content without a time the parse hung from the name ("called the plan a waste of money last week", "called
     * it a disgrace on Monday"): when it was said, not what is named; a time inside a quote stays.
     */
    private static BitSet withoutTime(AttributionTree t, int cue, BitSet content, BitSet block) {
        for (int k = content.nextSetBit(0); k >= 0; k = content.nextSetBit(k + 1)) {
            String rel = t.relation(k);
            boolean time = rel.endsWith(":tmod") || (rel.equals("obl") || rel.equals("nmod"))
                    && Set.of("DATE", "TIME").contains(String.valueOf(t.token(k).ner()));
            int head = t.head(k);
            // hung from what is named or from the name, not from a clause inside the name ("a wreck that sank on Friday")
            boolean named = head >= 0 && content.get(head) && !t.tag(head).startsWith("VB") && (t.head(head) == cue || t.head(head) >= 0 && t.head(t.head(head)) == cue);
            if (time && named && !ClaimSpeakers.inQuote(t, k))
                content.andNot(t.phrase(k, block));
        }
        return content;
    }
}
