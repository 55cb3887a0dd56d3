package org.newsgraph.extract.corenlp;

import java.util.BitSet;

/**
 * What a cue takes something for, after "as": "hailed the vote as a victory for democracy", "dismissed him as a
 * Hollywood actor", "The suspect was described by witnesses as a tall man", and what a blame is laid on ("blamed the
 * blast on a gas leak"). PolNeAR marks the "as" phrase as part of what is said ("described the government as democratically elected"); a role set off by a comma ("opposed it, in
 * 2009, as governor") is not.
 */
final class AsPhrases {
    /** Clauses that the writer sets off after the phrase with a comma ("…, which …", "…, after the court agreed …"). */
    private static final java.util.Set<String> SET_OFF = java.util.Set.of("acl", "advcl", "parataxis");

    private AsPhrases() {
    }

    /**
     * {@code content} (the cue's object or passive subject) with the "as" phrase of the cue that follows it, with only
     * the cue, its agent, its adverbs and its prepositional nouns between them ("cast her victory in the caucuses as a
     * sign"), without the clauses set off inside it.
     */
    static BitSet with(AttributionTree t, int cue, BitSet content, BitSet block) {
        if (content.isEmpty() || t.tag(content.nextSetBit(0)).startsWith("W"))
            return content;
        for (int c : t.children(cue)) {
            if (c < content.length() || c < cue || !taken(t, cue, c))
                continue;
            BitSet phrase = t.phrase(c, block);
            int first = phrase.nextSetBit(0);
            // ("so opposed to electing Trump as president that they endorse Kol": a clause of its own is no name)
            if (!onlyCueWords(t, cue, Math.max(content.length(), cue + 1), first) || !t.children(c, "ccomp").isEmpty())
                return content;
            for (int k = phrase.nextSetBit(first + 1); k >= 0; k = phrase.nextSetBit(k + 1))
                if (SET_OFF.contains(t.relation(k).split(":")[0]) && t.tag(t.phrase(k).nextSetBit(0) - 1).equals(","))
                    phrase.andNot(t.phrase(k));
            BitSet out = (BitSet) content.clone();
            out.or(phrase);
            return out;
        }
        return content;
    }

    /**
     * Whether dependent {@code c} of the cue says what the cue takes its object for: an "as" phrase, "charged X with Y"
     * (also with the preposition parsed as a loose dependent), "blamed X on Y" (not a venue, "on Twitter").
     */
    private static boolean taken(AttributionTree t, int cue, int c) {
        String rel = t.relation(c), lemma = t.lemma(cue);
        String preposition = rel.startsWith("obl") && !CuePatterns.temporal(t, c) && !t.children(c, "case").isEmpty()
                ? t.lemma(t.children(c, "case").get(0))
                : rel.equals("dep") && t.tag(c).equals("IN") && !t.children(c).isEmpty() ? t.lemma(c) : "";
        return preposition.equals("as") || lemma.equals("charge") && preposition.equals("with")
                || lemma.equals("blame") && preposition.equals("on")
                && !HungClauses.VENUES.contains(t.lemma(c).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the tokens from {@code from} up to {@code to} are the cue's agent ("by witnesses"), particle, adverbs or
     * prepositional nouns, not a verb of its own ("opposed to electing Trump as president").
     */
    private static boolean onlyCueWords(AttributionTree t, int cue, int from, int to) {
        BitSet allowed = new BitSet();
        for (int c : t.children(cue))
            if (t.relation(c).equals("advmod") || t.relation(c).equals("compound:prt")
                    || t.relation(c).startsWith("obl") && (t.tag(c).startsWith("NN") || t.tag(c).equals("PRP")))
                allowed.or(t.phrase(c));
        for (int k = from; k < to; k++)
            if (!allowed.get(k))
                return false;
        return true;
    }
}
