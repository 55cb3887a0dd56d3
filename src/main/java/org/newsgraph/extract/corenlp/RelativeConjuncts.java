package org.newsgraph.extract.corenlp;

import java.util.Set;

/**
 * A finite verb that the parse conjoins into a relative clause although its tense or agreement sets it apart: "The
 * union thanked the volunteers who staff the shelter and said more beds were needed" (present "staff", past "said")
 * continues the main clause, so the union says it, not the volunteers. A conjunct of the same form ("the engineers
 * who rebuilt the bridge and said Y", "the port police, who told it Y and noted Z") stays in the relative clause.
 */
final class RelativeConjuncts {
    /** Tags of a finite verb form: past, present third person, present other, modal. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    private RelativeConjuncts() {
    }

    /**
     * The verb of the main clause that {@code cue}, a conjunct of a relative clause without a subject of its own,
     * continues: the nearest verb above the noun the clause qualifies, before the cue; -1 where the cue is no such
     * conjunct, or its finite form matches the relative clause's, or either has none.
     */
    static int mainVerb(AttributionTree t, int cue) {
        int clause = t.head(cue);
        if (!t.relation(cue).equals("conj") || !t.relation(clause).equals("acl:relcl") || !t.children(cue, "nsubj").isEmpty())
            return -1;
        String own = finiteTag(t, cue);
        String relative = finiteTag(t, clause);
        if (own == null || relative == null || own.equals(relative))
            return -1;
        for (int node = t.head(clause), depth = 0; node >= 0 && depth < 6; node = t.head(node), depth++)
            if (node != t.head(clause) && t.tag(node).startsWith("VB"))
                return node < cue ? node : -1;
        return -1;
    }

    /** The tag of a verb's finite word (its first auxiliary or copula, else itself); null if that is not finite. */
    private static String finiteTag(AttributionTree t, int verb) {
        int word = verb;
        for (int c : t.children(verb))
            if (c < verb && (t.relation(c).startsWith("aux") || t.relation(c).equals("cop"))) {
                word = c;
                break;
            }
        String tag = t.tag(word);
        return FINITE.contains(tag) ? tag : null;
    }
}
