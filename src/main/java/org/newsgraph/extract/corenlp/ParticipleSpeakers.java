package org.newsgraph.extract.corenlp;

/**
 * Who speaks for a participle set off from its clause ("..., arguing Y", "X said Y, adding Z"): the reporter of a
 * parenthetical cue it follows, the participle it pairs with, or the subject of the nearest clause above it that is not
 * itself reported. Part of {@link ClaimSpeakers}.
 */
final class ParticipleSpeakers {
    private ParticipleSpeakers() {
    }

    /**
     * "Y will meet next week, Spicer said, adding Z": a participle hung from the reported clause after a parenthetical
     * cue is that cue's speaker's; -1 where no reporting verb stands between the clause and the participle.
     */
    static int parentheticalReporter(AttributionTree t, int cue) {
        int clause = t.head(cue), found = -1;
        if (clause < 0)
            return -1;
        for (int c : t.children(clause))
            if (c > clause && c < cue && ClaimSpeakers.REPORTING_VERBS.contains(t.lemma(c)) && t.relation(c).matches("parataxis|dep|ccomp|advcl"))
                found = c;
        return found < 0 ? -1 : ClaimSpeakers.subjectOf(t, found);
    }

    /**
     * "The Gazette quoted a harbour clerk as saying Y", "Inspector Kell was quoted by the Gazette as saying Y": whom a
     * quote or citation names says Y (the Gazette reports it); -1 where the participle does not follow "as" under
     * such a verb.
     */
    static int quotedAs(AttributionTree t, int cue) {
        if (cue == 0 || !t.token(cue - 1).word().equalsIgnoreCase("as"))
            return -1;
        int verb = t.head(cue);
        for (int depth = 0; depth < 2 && verb >= 0 && !QUOTING.contains(t.lemma(verb)); depth++)
            verb = t.head(verb);
        if (verb < 0 || verb > cue || !QUOTING.contains(t.lemma(verb)))
            return -1;
        for (String rel : java.util.List.of("obj", "nsubj:pass"))
            for (int c : t.children(verb, rel))
                if (c < cue && !ClaimSpeakers.inQuote(t, c))
                    return c;
        return -1;
    }

    /** Verbs that report someone's words as that person's ("quoted X as saying", "cited X as saying"). */
    static final java.util.Set<String> QUOTING = java.util.Set.of("quote", "cite", "describe", "paraphrase");

    /**
     * "saying that the bill had failed - and arguing that ...", parsed with the second participle conjoined to a verb
     * inside the first one's content: the participle above it, which it pairs with; or -1.
     */
    static int pairedParticiple(AttributionTree t, int cue) {
        if (!t.relation(cue).equals("conj") || t.head(cue) < 0 || t.tag(t.head(cue)).equals("VBG"))
            return -1;
        if (ConjoinedCues.subjectAfterConjunction(t, cue) >= 0)
            // "Ryan saying he was pleased and Kol calling it a good meeting": a participle with its own subject
            return -1;
        for (int node = t.head(cue), depth = 0; node >= 0 && depth < 6; node = t.head(node), depth++)
            if (t.tag(node).equals("VBG") && t.relation(node).matches("advcl|conj|xcomp|acl|dep|parataxis"))
                return node;
        return -1;
    }

    /**
     * A participle set off by a comma speaks for the subject of the nearest clause above it ("when protesters
     * interrupted her speech, shouting Y"), but not for a clause reported inside another or a small clause ("X rejected
     * the notion that Y could walk away, arguing that ...", "X said Y had failed, adding Z", "X called Clinton a
     * champion, citing Z"): there, for the reporting clause's subject.
     */
    static int outermostSubject(AttributionTree t, int cue) {
        int outer = -1;
        for (int node = t.head(cue), depth = 0; node >= 0 && depth < 10; node = t.head(node), depth++) {
            int subject = -1;
            for (int s : t.children(node, "nsubj"))
                if (s < cue && t.relation(s).equals("nsubj") && !t.tag(s).startsWith("W") && !ClaimSpeakers.inQuote(t, s))
                    subject = s;
            if (subject >= 0) {
                outer = subject;
                if (!reported(t, node))
                    return outer;
            }
        }
        return outer;
    }

    /** Whether a clause is what another clause reports or names: a complement or small clause, a noun's "that" clause. */
    private static boolean reported(AttributionTree t, int node) {
        String rel = t.relation(node);
        return rel.equals("ccomp") || rel.equals("csubj") || rel.equals("acl") && ClaimParts.hasCase(t, node, "that")
                || rel.equals("xcomp") && t.head(node) >= 0 && ClaimSpeakers.REPORTING_VERBS.contains(t.lemma(t.head(node)))
                // a small clause: "called Clinton a champion"
                || rel.equals("xcomp") && !t.tag(node).startsWith("VB");
    }
}
