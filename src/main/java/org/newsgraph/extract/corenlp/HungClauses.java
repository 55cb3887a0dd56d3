package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

/**
 * A cue's "that" clause the parse hung from a noun standing between the cue and the clause: "told analysts on a
 * conference call that demand remained strong" (the clause a complement of "call"), "reported in the journal Cell
 * Reports that the protein slowed tumor growth" (of the name "Cell Reports"). The clause is what is said; the noun is
 * where or to whom. A noun that holds a content of its own keeps its clause ("responding to news that Y", "focused on
 * the fact that Y", "denied reports that Y").
 */
final class HungClauses {
    /**
     * Where or through what something is said ("on a conference call", "on the floor", "in the journal"); nouns that
     * hold a content of their own ("the fact that", "news that", "a reminder that") are not among them.
     */
    static final Set<String> VENUES = Set.of("call", "floor", "journal", "interview", "briefing", "conference",
            "show", "program", "programme", "broadcast", "podcast", "hearing", "meeting", "session", "rally", "speech",
            "appearance", "event", "website", "site", "page", "blog", "radio", "television", "channel", "network",
            "forum", "summit", "court", "courtroom", "parliament", "chamber", "filing", "video", "email", "memo", "twitter",
            "facebook", "instagram", "tiktok", "youtube");

    private HungClauses() {
    }

    /** The clause the parse hung from a noun of the cue's content, or {@code content} as it is. */
    static BitSet clause(AttributionTree t, int cue, BitSet content, BitSet block) {
        if (content.isEmpty())
            return content;
        int head = -1;
        for (int k = content.nextSetBit(0); k >= 0 && head < 0; k = content.nextSetBit(k + 1))
            if (t.head(k) == cue)
                head = k;
        if (head < cue || !t.tag(head).startsWith("NN") || !wherever(t, head))
            return content;
        for (int c : t.children(head)) {
            if (c < head || !(t.relation(c).equals("ccomp") || t.relation(c).equals("acl")))
                continue;
            BitSet clause = t.phrase(c, block);
            int first = clause.nextSetBit(0);
            if (first > head && t.token(first).word().toLowerCase(Locale.ROOT).equals("that") && t.head(first) == c
                    && !t.relation(first).startsWith("nsubj") && !t.children(c, "nsubj").isEmpty() && content.get(c))
                return t.trim(clause);
        }
        return content;
    }

    /**
     * Whether noun {@code n} is a venue whose "that" clause a verb cue above it reports ("told analysts on a conference
     * call that Y"): the noun is then no cue of its own ("call").
     */
    static boolean venueOfVerbCue(AttributionTree t, int n) {
        int verb = t.head(n);
        if (verb < 0 || !t.tag(n).startsWith("NN") || !t.tag(verb).startsWith("VB") || !wherever(t, n)
                || ClaimContents.LEXICON.act(t.lemma(verb), CueLexicon.Kind.VERB).isEmpty())
            return false;
        BitSet phrase = t.phrase(n);
        return !clause(t, verb, phrase, new BitSet()).equals(phrase);
    }

    /**
     * Whether a noun under the cue is where or through what it was said, not what: a prepositional object naming a
     * venue or a medium ("on a conference call", not "to the news"), or a name the parse made the object after a
     * prepositional one ("in the journal Cell Reports").
     */
    private static boolean wherever(AttributionTree t, int noun) {
        String rel = t.relation(noun);
        if (rel.equals("obl") && !t.children(noun, "case").isEmpty())
            return VENUES.contains(t.lemma(noun).toLowerCase(Locale.ROOT));
        return rel.equals("obj") && Character.isUpperCase(t.token(noun).word().codePointAt(0))
                && t.children(t.head(noun), "obl").stream().anyMatch(o -> o < noun);
    }
}
