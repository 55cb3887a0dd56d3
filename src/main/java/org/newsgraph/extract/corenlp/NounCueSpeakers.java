package org.newsgraph.extract.corenlp;

import java.util.Locale;
import java.util.Set;

/**
 * Who holds a noun cue: its possessor ("his criticism of Y"), or the subject of the light verb it is the object of
 * ("made no mention of Y"), as the head token of the speaker.
 */
final class NounCueSpeakers {
    /** Verbs whose subject holds the opinion or statement their object names. */
    private static final Set<String> LIGHT_VERBS = Set.of("make", "have", "avoid", "hold", "give", "offer", "deliver",
            "express", "voice", "raise", "level", "lob", "issue", "carry", "include", "share", "strike", "trumpet", "echo",
            "rebut", "preach", "air", "repeat", "reiterate",
            // attacks and stances launched, doubts sown or held, a consensus reached, no doubt left
            "launch", "unleash", "mount", "wage", "trade", "sow", "evince", "harbor", "harbour", "reach", "leave");
    /**
     * Noun cues that stand for their verb's subject's stance after "in" ("spoke out in favor of Y", "marched in support
     * of Y", "in the hope of Y"); other nouns there name an event or a document the subject only figures in ("died in
     * an attack on Y", "appeared in a report on Y", "put him in charge of Y") unless a clause says what they state
     * ("persisted in arguments that Y").
     */
    private static final Set<String> IN_STANCES = Set.of("favor", "favour", "support", "defense", "defence", "opposition",
            "protest", "hope", "praise", "fear", "reference");
    private NounCueSpeakers() {
    }

    /**
     * Who holds a noun cue: its possessor ({@link #possessor}), its "by" or "from" phrase ("criticism from the union"),
     * else the subject of the light verb it is the object of ({@link #lightVerbSubject}); -1 if none.
     */
    static int holder(AttributionTree t, int cue) {
        int holder = possessor(t, cue);
        if (holder < 0)
            for (int c : t.children(cue, "nmod"))
                if (ClaimParts.hasCase(t, c, "by") || ClaimParts.hasCase(t, c, "from"))
                    holder = c;
        return holder >= 0 ? holder : lightVerbSubject(t, cue);
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
        int subject = ClaimSpeakers.plainSubject(t, verb, cue);
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
                || rel.startsWith("obl") && (ClaimParts.hasCase(t, cue, "with")
                        || ClaimParts.hasCase(t, cue, "in") && (IN_STANCES.contains(t.lemma(cue).toLowerCase(Locale.ROOT))
                                || thatClause(t, cue)));
        if (!light)
            return -1;
        int subject = ClaimSpeakers.plainSubject(t, verb, cue);
        if (subject < 0 && (t.relation(verb).startsWith("conj") || t.relation(verb).equals("xcomp"))) {
            // "has taken a firm stance and stirred controversy with an assertion that Y": the first verb's subject
            int found = ClaimSpeakers.speakerOfVerb(t, verb);
            subject = found < cue ? found : -1;
        }
        return subject;
    }

    /** Whether a noun cue states what it says in a clause of its own ("persisted in arguments that Y"). */
    private static boolean thatClause(AttributionTree t, int cue) {
        for (int c : t.children(cue))
            if (c > cue && (t.relation(c).startsWith("acl") || t.relation(c).equals("ccomp")))
                for (int m : t.children(c, "mark"))
                    if (t.lemma(m).equalsIgnoreCase("that"))
                        return true;
        return false;
    }
}
