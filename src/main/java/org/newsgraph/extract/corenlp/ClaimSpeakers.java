package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Who speaks for a verb cue: its subject (preferring one outside quotes), the agent of a passive, the subject of
 * the clause a participle hangs from ("..., saying Y"; "issued a statement saying Y"), or, where the parse lost
 * the subject, the name right next to the cue ("“Y,” Dr. Lee said").
 */
final class ClaimSpeakers {
    /** Participles and clauses whose subject is their governor's: "..., saying Y", "X went on to say Y". */
    private static final Set<String> SUBJECT_FROM_GOVERNOR = Set.of("advcl", "xcomp", "conj", "dep");
    /** Tags of the words a name next to a cue may be made of. */
    /** Relations the parse gives a speaker that follows its cue ("“Y,” said Devine"). */
    private static final Set<String> INVERTED = Set.of("obj", "nsubj", "xcomp", "dep", "iobj", "appos");
    /** Verbs whose subject holds the opinion or statement their object names. */
    private static final Set<String> LIGHT_VERBS = Set.of("make", "have", "avoid", "hold", "give", "offer", "deliver",
            "express", "voice", "raise", "level", "lob", "issue", "carry", "include", "share", "strike", "trumpet", "echo",
            "rebut", "preach", "air", "repeat", "reiterate");
    /** Verbs that report speech, whose clause a later cue may be misparsed into. */
    private static final Set<String> REPORTING_VERBS = Set.of("say", "tell", "add", "write", "note", "announce", "tweet",
            "explain", "insist", "suggest");
    /** Nouns for a thing said, which a reduced relative clause may report ("a charge X denied"). */
    static final Set<String> SAID_THINGS = Set.of("charge", "claim", "allegation", "accusation", "assertion",
            "suggestion", "criticism", "comment", "remark", "statement", "story", "rumor", "rumour", "notion", "idea",
            "argument", "point", "version", "account", "theory", "view", "description", "characterization", "label");
    static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "PRP", "DT", "JJ", "POS", "CD");

    private ClaimSpeakers() {
    }

    /** The name right before the cue ("“Y,” Dr. Lee said") or right after it ("“Y,” said Dr. Lee"), outside the content. */
    static BitSet adjacentName(AttributionTree t, int cue, BitSet content) {
        BitSet out = new BitSet();
        // "“Y,” said a person close to the family": the parse takes the speaker for the cue's object
        for (int c : t.children(cue))
            if (c > cue && INVERTED.contains(t.relation(c).split(":")[0]) && !content.get(c) && (t.tag(c).startsWith("NN")
                    || t.tag(c).equals("PRP") || Character.isUpperCase(t.token(c).word().codePointAt(0)))) {
                out.or(t.trim(t.phrase(c)));
                out.andNot(content);
                if (!out.isEmpty())
                    return out;
            }
        out = nameBefore(t, cue, content);
        if (!out.isEmpty())
            return out;
        int k = cue + 1;
        while (k < t.size() && NAME_TAGS.contains(t.tag(k)))
            k++;
        if (k > cue + 1 && nominal(t, cue + 1, k - 1))
            out.set(cue + 1, k);
        return out;
    }

    /** The name right before a cue ("Paul Ryan's office announced ...", the parse having lost the subject), outside the content. */
    static BitSet nameBefore(AttributionTree t, int cue, BitSet content) {
        BitSet out = new BitSet();
        int k = cue - 1;
        while (k >= 0 && t.head(k) == cue && t.relation(k).startsWith("aux"))
            k--;
        int end = k;
        while (k >= 0 && !content.get(k) && NAME_TAGS.contains(t.tag(k)))
            k--;
        if (end > k && nominal(t, k + 1, end))
            out.set(k + 1, end + 1);
        return out;
    }

    private static boolean nominal(AttributionTree t, int from, int to) {
        String last = t.tag(to);
        return last.startsWith("NN") || last.equals("PRP");
    }

    /**
     * Who holds a noun cue: its possessor, and where that is a pronoun of the verb's own subject ("Sanders toned
     * down his criticism of ...", "Bush pinned his hopes on ..."), that subject as written.
     */
    static int possessor(AttributionTree t, int cue) {
        int poss = t.child(cue, "nmod:poss").orElse(-1);
        if (poss < 0 || !t.tag(poss).equals("PRP$"))
            return poss;
        String rel = t.relation(cue);
        int verb = t.head(cue);
        if (verb < 0 || !(rel.equals("obj") || rel.startsWith("obl")) || !t.tag(verb).startsWith("VB"))
            return poss;
        int subject = plainSubject(t, verb, cue);
        return subject >= 0 ? subject : poss;
    }

    /**
     * The subject of the light verb a noun cue is the object of ("Trump made no mention of Y", "he avoided criticism
     * of Y", "she delivered a defense of Y"), or of the verb it qualifies with "with" ("roused the crowd with criticism
     * of Y"); -1 for other verbs, whose subject is rarely the holder ("faced criticism", "won the endorsement").
     */
    static int lightVerbSubject(AttributionTree t, int cue) {
        int verb = t.head(cue);
        if (verb < 0 || !t.tag(verb).startsWith("VB"))
            return -1;
        String rel = t.relation(cue);
        boolean light = rel.equals("obj") && LIGHT_VERBS.contains(t.lemma(verb))
                || rel.startsWith("obl") && ClaimParts.hasCase(t, cue, "with");
        if (!light)
            return -1;
        return plainSubject(t, verb, cue);
    }

    /**
     * "..., a charge Nordwind Energy denied": a relative clause without "that" parsed with the noun it modifies as the
     * cue's subject and the real subject, a name, hanging from that noun. Where that noun is a thing said ("a charge",
     * "the claim"), the cue has no object or clause of its own (the noun is what it denies) and a name stands between
     * the noun and the cue, the name speaks; a title before a name ("Velmar's chairman Oskar Brandt announced") stays.
     *
     * @return the name's head, else {@code subject}
     */
    static int reducedRelativeName(AttributionTree t, int cue, int subject) {
        if (subject < 0 || subject > cue || !SAID_THINGS.contains(t.lemma(subject).toLowerCase(java.util.Locale.ROOT)))
            return subject;
        for (String rel : List.of("obj", "ccomp", "xcomp", "parataxis"))
            if (!t.children(cue, rel).isEmpty())
                return subject;
        int k = cue - 1;
        while (k > subject && t.head(k) == cue && t.relation(k).startsWith("aux"))
            k--;
        for (int name : t.children(subject, "dep"))
            if (name == k && t.tag(name).startsWith("NNP") && t.trim(t.phrase(name)).nextSetBit(0) == subject + 1)
                return name;
        return subject;
    }

    static int speakerOfVerb(AttributionTree t, int cue) {
        if (t.tag(cue).equals("VBN") && t.relation(cue).matches("advcl|acl|dep")) {
            // "Asked about the port, Okafor said ...": a passive participle's speaker is its agent ("when asked by
            // reporters"), else unnamed, never the clause it hangs from
            for (int c : t.children(cue, "obl"))
                if (ClaimParts.hasCase(t, c, "by"))
                    return c;
            return subjectOf(t, cue);
        }
        if (t.tag(cue).equals("VBG")) {
            int participle = pairedParticiple(t, cue);
            if (participle >= 0)
                return speakerOfVerb(t, participle);
            if (cue > 0 && t.tag(cue - 1).equals(",")) {
                int outer = outermostSubject(t, cue);
                if (outer >= 0)
                    return outer;
            }
        }
        int reporter = reporterOfConjoinedCue(t, cue);
        if (reporter >= 0)
            return reporter;
        int found = governingSubject(t, cue);
        if (found < 0 && (t.tag(cue).equals("VBG") || t.relation(cue).startsWith("conj")))
            found = ancestorSubject(t, cue);
        return found;
    }

    /**
     * "Reed said that he had not read the plan, but called it a starting point": a second cue the parse conjoined to
     * the verb inside the first cue's clause is the first speaker's, not that clause's subject's.
     */
    private static int reporterOfConjoinedCue(AttributionTree t, int cue) {
        int inner = t.head(cue);
        if (!t.relation(cue).equals("conj") || inner < 0 || !t.relation(inner).equals("ccomp"))
            return -1;
        int outer = t.head(inner);
        if (outer < 0 || !REPORTING_VERBS.contains(t.lemma(outer)))
            return -1;
        return plainSubject(t, outer, inner);
    }

    /**
     * "saying that the bill had failed - and arguing that ...", parsed with the second participle conjoined to a verb
     * inside the first one's content: the participle above it, which it pairs with; or -1.
     */
    private static int pairedParticiple(AttributionTree t, int cue) {
        if (!t.relation(cue).equals("conj") || t.head(cue) < 0 || t.tag(t.head(cue)).equals("VBG"))
            return -1;
        for (int node = t.head(cue), depth = 0; node >= 0 && depth < 6; node = t.head(node), depth++)
            if (t.tag(node).equals("VBG") && t.relation(node).matches("advcl|conj|xcomp|acl|dep|parataxis"))
                return node;
        return -1;
    }

    /**
     * A participle set off by a comma ("X rejected the notion that Y could walk away, arguing that ...") speaks for
     * the subject of the outermost clause it hangs in, not for a clause nested in that one's content.
     */
    private static int outermostSubject(AttributionTree t, int cue) {
        int outer = -1;
        for (int node = t.head(cue), depth = 0; node >= 0 && depth < 10; node = t.head(node), depth++)
            for (int subject : t.children(node, "nsubj"))
                if (subject < cue && t.relation(subject).equals("nsubj") && !t.tag(subject).startsWith("W") && !inQuote(t, subject))
                    outer = subject;
        return outer;
    }

    private static int governingSubject(AttributionTree t, int cue) {
        int node = cue;
        for (int depth = 0; depth < 4 && node >= 0; depth++) {
            int subject = subjectOf(t, node);
            if (subject >= 0)
                return subject;
            String rel = t.relation(node);
            int gov = t.head(node);
            if (gov < 0)
                return -1;
            if (rel.equals("acl")) {
                // "issued a statement saying Y": the statement's issuer speaks
                node = t.head(gov);
            } else if (SUBJECT_FROM_GOVERNOR.contains(rel.split(":")[0])) {
                node = gov;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A participle or a second verb whose parse lost the way to its subject ("..., but said she could not",
     * "rips the agreement to restructure the debt, arguing that ..."): the subject of the nearest verb above it
     * that has one before the cue.
     */
    private static int ancestorSubject(AttributionTree t, int cue) {
        int node = t.head(cue);
        for (int depth = 0; depth < 10 && node >= 0; depth++, node = t.head(node)) {
            // the parse's own subjects only: an object-control subject ("the plan to sell") is not the speaker
            int subject = plainSubject(t, node, cue);
            if (subject >= 0)
                return subject;
        }
        return -1;
    }

    private static int subjectOf(AttributionTree t, int verb) {
        int quoted = -1;
        for (String rel : List.of("nsubj", "csubj")) {
            int outside = -1;
            for (int c : t.children(verb))
                if (t.relation(c).equals(rel)) {
                    // a parse may take words of the quote for a second subject: prefer the one outside quotes, and of
                    // two outside ("Minutes after the vote began, the chairman announced"), the one next to the verb
                    if (!inQuote(t, c)) {
                        if (outside < 0 || c < verb)
                            outside = c;
                    } else {
                        quoted = quoted < 0 ? c : quoted;
                    }
                }
            if (outside >= 0)
                return outside;
        }
        if (quoted >= 0)
            return quoted;
        for (int c : t.children(verb, "obl"))
            if (ClaimParts.hasCase(t, c, "by") && (t.relation(c).contains("agent") || !t.children(verb, "nsubj:pass").isEmpty()))
                return c;
        if (!t.children(verb, "nsubj:pass").isEmpty() || !t.children(verb, "aux:pass").isEmpty())
            return -1;
        for (int c : t.enhancedChildren(verb, "nsubj"))
            if (!t.relation(c).equals("nsubj:pass") && !t.enhancedChildren(verb, "nsubj:pass").contains(c))
                return c;
        return -1;
    }

    /**
     * The parse's own subject of a verb (not a passive or controlled one, not a relative pronoun, not inside a quote)
     * before token {@code before}, the nearest one where the parse gives two; -1 if none.
     */
    private static int plainSubject(AttributionTree t, int verb, int before) {
        int found = -1;
        for (int subject : t.children(verb, "nsubj"))
            if (subject < before && t.relation(subject).equals("nsubj") && !t.tag(subject).startsWith("W") && !inQuote(t, subject))
                found = subject;
        return found;
    }

    private static boolean inQuote(AttributionTree t, int k) {
        for (int[] q : t.quotes())
            if (q[0] <= k && k <= q[1])
                return true;
        return false;
    }
}
