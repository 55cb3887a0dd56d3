package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The subject of a reported clause that the parse made the cue's object: "Experts say the drug should not be given
 * to pregnant women" ("drug" the object of "say", "given" a loose dependent), "told reporters her son had been
 * framed", and, with the cue made the clausal subject of the reported predicate, "told the Tribune the plan was dead"
 * and "claimed the record was within reach". The object belongs to what is said where the reported clause is tensed,
 * has no subject of its own and follows the object directly.
 */
final class LostSubjects {
    private static final List<String> SUBJECTS = List.of("nsubj", "csubj", "expl");
    /** Verbs whose first object is whom they address. */
    private static final Set<String> RECIPIENT_FIRST = Set.of("tell", "inform", "assure", "remind", "notify", "brief");

    private LostSubjects() {
    }

    /** {@code content} with the object the parse took from its clause, or {@code content} as it is. */
    static BitSet restored(AttributionTree t, int cue, BitSet content, BitSet block) {
        // "told MSNBC that Y", "told The Island Post radio messages were used": whom it is told comes first, and with
        // no indirect object beside it the object is whom, not the reported clause's subject
        boolean recipientFirst = RECIPIENT_FIRST.contains(t.lemma(cue)) && t.children(cue, "iobj").isEmpty();
        for (int o : t.children(cue, "obj")) {
            if (o < cue || CuePatterns.temporal(t, o) || recipientFirst)
                continue;
            BitSet object = t.phrase(o, block);
            int after = object.length();
            BitSet clause = clauseAfter(t, cue, after, block);
            if (clause.isEmpty() || content.isEmpty() && !t.relation(cue).startsWith("csubj"))
                continue;
            BitSet wider = (BitSet) clause.clone();
            wider.or(object);
            BitSet rest = (BitSet) content.clone();
            rest.andNot(wider);
            // only ever wider: the content found is part of the object and its clause
            if (rest.isEmpty())
                return t.trim(wider);
        }
        return content;
    }

    /**
     * The tensed clause without a subject that begins at token {@code from}: a loose dependent or clause of the cue
     * ("say the drug should not be given"), or the predicate the cue is the clausal subject of ("told the Tribune the
     * plan was dead"), without the cue's own phrase; empty if there is none.
     */
    private static BitSet clauseAfter(AttributionTree t, int cue, int from, BitSet block) {
        for (String rel : List.of("dep", "ccomp"))
            for (int c : t.children(cue, rel)) {
                BitSet clause = t.phrase(c, block);
                if (c >= from && clause.nextSetBit(0) == from && tensedWithoutSubject(t, c))
                    return clause;
            }
        int gov = t.head(cue);
        if (gov > cue && t.relation(cue).startsWith("csubj") && tensedWithoutSubject(t, gov)) {
            BitSet clause = t.phrase(gov, block);
            clause.andNot(t.phrase(cue));
            clause.clear(0, from);
            if (clause.nextSetBit(0) == from)
                return clause;
        }
        return new BitSet();
    }

    /** Whether a verb or predicate is tensed (itself, or by an auxiliary or copula) and has no subject but the cue. */
    private static boolean tensedWithoutSubject(AttributionTree t, int verb) {
        for (String rel : SUBJECTS)
            for (int s : t.children(verb, rel))
                if (!t.tag(s).startsWith("VB"))
                    return false;
        if (TrailingCues.TENSED.contains(t.tag(verb)))
            return true;
        for (int c : t.children(verb))
            if ((t.relation(c).startsWith("aux") || t.relation(c).equals("cop"))
                    && (TrailingCues.TENSED.contains(t.tag(c)) || t.tag(c).equals("MD")))
                return true;
        return false;
    }
}
