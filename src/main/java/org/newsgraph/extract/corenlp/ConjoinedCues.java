package org.newsgraph.extract.corenlp;

/**
 * Who speaks for a cue the parse conjoined to another verb: a cue with a subject of its own right after the
 * conjunction speaks for itself; one without, conjoined to the verb of a clause, is the speaker's of the verb (or
 * noun) that clause completes ({@link ClaimSpeakers} asks here before it looks for a governing subject).
 */
final class ConjoinedCues {
    private ConjoinedCues() {
    }

    /**
     * "Reed said that he had not read the plan, but called it a starting point": a second cue without a subject of its
     * own that the parse conjoined to the verb inside a clause is the speaker's of the verb that clause completes
     * ("Putin forecast that the economy would rebound and praised Y"), or of the verb whose object the clause completes
     * ("rejected the idea that the changes amounted to Y and said Z"), not that clause's subject's.
     */
    static int reporter(AttributionTree t, int cue) {
        int inner = t.head(cue);
        int outer = inner < 0 ? -1 : t.head(inner);
        // "Many said they would stay away and others have said Y": a conjoined cue with a subject of its own keeps it
        if (!t.relation(cue).equals("conj") || outer < 0 || !t.relation(inner).equals("ccomp")
                || !t.children(cue, "nsubj").isEmpty() || subjectAfterConjunction(t, cue) >= 0)
            return -1;
        // a verb, or a word the tagger took for a noun that the parse gives a subject and no copula ("forecast")
        boolean verb = t.tag(outer).startsWith("VB") ? !t.lemma(outer).equals("be")
                : !t.children(outer, "nsubj").isEmpty() && t.children(outer, "cop").isEmpty();
        if (ClaimSpeakers.REPORTING_VERBS.contains(t.lemma(outer)) || verb)
            // "Putin forecast that the economy would rebound and praised Y"
            return ClaimSpeakers.plainSubject(t, outer, inner);
        if (t.tag(outer).startsWith("NN") && t.head(outer) >= 0 && t.tag(t.head(outer)).startsWith("VB"))
            // "rejected the idea that the changes amounted to Y and said Z"
            return ClaimSpeakers.plainSubject(t, t.head(outer), outer);
        return -1;
    }

    /** A conjoined verb's own subject, right after the conjunction ("… and others have said Y"); -1 if none. */
    static int subjectAfterConjunction(AttributionTree t, int verb) {
        int own = ClaimSpeakers.subjectOf(t, verb);
        if (own < 0 || own > verb)
            return -1;
        int first = t.phrase(own).nextSetBit(0);
        return first > 0 && t.tag(first - 1).equals("CC") ? own : -1;
    }
}
