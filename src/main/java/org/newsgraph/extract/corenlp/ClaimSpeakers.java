package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who speaks for a cue, as the head token of the speaker. For a verb: its subject (outside quotes, the one next to
 * the cue where the parse gives two), the agent of a passive, who is convinced ("X is convinced that Y"), the subject
 * of the clause a participle hangs from ("..., saying Y"; "issued a statement saying Y"), of the verb of means an
 * infinitive serves ("used the speech to call for Y") or of the first cue whose clause a second one was conjoined
 * into ("said that ..., but called it Y"). A noun's holder is {@link NounCueSpeakers}'. The names next to a cue whose subject the parse lost are {@link SpeakerNames}',
 * the holder of a participle on a noun ("polls showing Y") is {@link ParticipleHolders}' and a passive's agent hung
 * below its complement is {@link PassiveAgents}'.
 */
final class ClaimSpeakers {
    /** Participles and clauses whose subject is their governor's: "..., saying Y", "X went on to say Y". */
    private static final Set<String> SUBJECT_FROM_GOVERNOR = Set.of("advcl", "xcomp", "conj", "dep");
    /** Quantifiers that float away from the subject they count ("have both argued", "have all said"). */
    private static final Set<String> FLOATING = Set.of("both", "all", "each");
    /** Verbs that report speech, whose clause a later cue may be misparsed into. */
    static final Set<String> REPORTING_VERBS = Set.of("say", "tell", "add", "write", "note", "announce", "tweet",
            "explain", "insist", "suggest");
    /** Verbs whose object does what their infinitive says ("led some allies to worry", "allowing users to tell"). */
    static final Set<String> OBJECT_CONTROL = Set.of("lead", "leave", "allow", "prompt", "cause", "force", "push",
            "ask", "urge", "encourage", "invite", "tell", "persuade", "convince", "inspire", "enable", "get", "help", "want",
            "expect", "need", "pressure", "press", "challenge", "order", "require", "remind", "warn", "advise", "spur");
    /** Passive verbs whose subject holds the belief or resolve they report ("was reassured that Y", "is determined to Y"). */
    private static final Set<String> CONVINCED = Set.of("convince", "assure", "persuade", "reassure", "rattle", "determine");
    /** Verbs whose object is the means or occasion of what the subject goes on to say ("used the speech to call for"). */
    private static final Set<String> MEANS_VERBS = Set.of("use", "go", "hold", "take", "seize", "spend", "descend", "call",
            "convene", "host", "stage", "post", "send", "write", "release", "issue");

    private ClaimSpeakers() {
    }

    static int speakerOfVerb(AttributionTree t, int cue) {
        int main = RelativeConjuncts.mainVerb(t, cue);
        int found = main >= 0 ? speakerOfVerb(t, main) : -1;
        if (found >= 0)
            // "thanked the volunteers who staff the shelter and said Y": the main clause's subject speaks
            return found;
        found = subjectOfVerb(t, cue);
        if (found >= 0 && t.lemma(found).equalsIgnoreCase("it") && t.head(found) != cue && t.head(found) >= 0
                && (t.tag(t.head(found)).startsWith("JJ") || t.tag(t.head(found)).startsWith("NN")))
            // "It's hard to know whether Y", "it is worth pointing out Y": an expletive's infinitive has no speaker
            return -1;
        if (found >= 0 && t.tag(found).startsWith("W") && t.head(found) != cue) {
            // "Mr. Kirk, who still speaks with difficulty, also noted that Y" parsed with the cue inside the relative
            // clause: the relative pronoun is not this cue's own, the noun it stands for speaks
            int clause = t.head(found);
            if (clause >= 0 && t.relation(clause).equals("acl:relcl") && t.head(clause) >= 0)
                return t.head(clause);
        }
        return found;
    }

    private static int subjectOfVerb(AttributionTree t, int cue) {
        // (a participle opening the sentence the parse may make its subject or root: "Asked by Lind if Y, Kol said")
        if (t.tag(cue).equals("VBN") && (t.relation(cue).matches("advcl|acl|dep") || cue == 0 && t.relation(cue).matches("csubj|root|advmod"))
                && !perfect(t, cue)) {
            // "Asked about the port, Okafor said ...": a passive participle's speaker is its agent ("when asked by
            // reporters"), else unnamed, never the clause it hangs from
            for (int c : t.children(cue, "obl"))
                if (ClaimParts.hasCase(t, c, "by"))
                    return c;
            return subjectOf(t, cue);
        }
        if (t.tag(cue).equals("VBG")) {
            int quoted = ParticipleSpeakers.quotedAs(t, cue);
            if (quoted >= 0)
                return quoted;
            int participle = ParticipleSpeakers.pairedParticiple(t, cue);
            if (participle >= 0)
                return speakerOfVerb(t, participle);
            // "..., adding Z" and "“Y,” adding Z": set off by a comma, inside a quote's closing mark or not
            if (cue > 0 && t.tag(cue - 1).equals(",") || cue > 1 && t.tag(cue - 1).equals("''") && t.tag(cue - 2).equals(",")) {
                int parenthetical = ParticipleSpeakers.parentheticalReporter(t, cue);
                if (parenthetical >= 0)
                    return parenthetical;
                int outer = ParticipleSpeakers.outermostSubject(t, cue);
                if (outer >= 0)
                    return outer;
                int gov = t.head(cue);
                // "“Y,” said Devine, suggesting Z": the inverted speaker of the cue it hangs from
                BitSet inverted = gov >= 0 && gov < cue ? SpeakerNames.nameAfterInvertedCue(t, gov, new BitSet()) : new BitSet();
                if (!inverted.isEmpty() && inverted.length() <= cue)
                    return inverted.length() - 1;
            }
        }
        int reporter = ConjoinedCues.reporter(t, cue);
        if (reporter >= 0)
            return reporter;
        int found = governingSubject(t, cue);
        if (found < 0 && (t.tag(cue).equals("VBG") || t.relation(cue).startsWith("conj")))
            found = ancestorSubject(t, cue);
        return found;
    }

    /** "We've also seen Y" parsed with the participle hanging from its own "have": a perfect, not a passive. */
    private static boolean perfect(AttributionTree t, int cue) {
        int gov = t.head(cue);
        return gov >= 0 && gov < cue && t.lemma(gov).equals("have") && t.relation(cue).equals("dep");
    }

    private static int governingSubject(AttributionTree t, int cue) {
        int node = cue;
        int below = -1;
        for (int depth = 0; depth < 4 && node >= 0; depth++) {
            int subject = below >= 0 ? PassiveSpeakers.sharedSubject(t, node, below) : -1;
            if (subject < 0)
                subject = subjectOf(t, node);
            if (subject >= 0 && depth > 0 && t.relation(subject).equals("csubj") && t.tag(subject).startsWith("VB")
                    && !t.children(subject, "nsubj").isEmpty())
                // "The mayor stated the audit would not be fair, saying Y" parsed with "The mayor stated the audit" as the
                // clausal subject of "fair": the subject of that clause speaks, not the clause
                return t.children(subject, "nsubj").get(0);
            if (subject >= 0)
                return subject;
            String rel = t.relation(node);
            int gov = t.head(node);
            if (gov < 0)
                return -1;
            if (rel.equals("acl") && depth == 0 && t.tag(node).equals("VBG") && t.tag(gov).startsWith("NNP")
                    && "PERSON".equals(t.token(gov).ner())) {
                // "Senator Burr, noting Y": the person the participle hangs from speaks
                return gov;
            } else if (rel.equals("acl") && depth == 0 && t.tag(node).equals("VBG") && gov < node) {
                int holder = ParticipleHolders.holder(t, node, gov);
                if (holder != ParticipleHolders.ISSUER)
                    return holder;
                below = -1;
                node = t.head(gov);
            } else if (rel.equals("acl")) {
                // "issued a statement saying Y": the statement's issuer speaks
                below = -1;
                node = t.head(gov);
            } else if (rel.equals("dep") && t.tag(gov).startsWith("W")) {
                // "supporters who share Y" parsed with the clause hanging from its relative pronoun
                return gov;
            } else if (SUBJECT_FROM_GOVERNOR.contains(rel.split(":")[0])
                    || rel.startsWith("obl") && t.tag(node).equals("VB") && !t.children(node, "mark").isEmpty()
                    || rel.startsWith("obl") && t.tag(node).equals("VBG") && frontedAdjunct(t, node, gov)) {
                // and "The email goes on to say Y", "X went so far as to say Y", "After talking to them, X said Y"
                below = node;
                node = gov;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "After talking to the families, the minister said Y": a gerund with a preposition that opens its governor's
     * clause, set off by a comma of the governor's before its subject (not one in a quote), is done by that subject.
     */
    private static boolean frontedAdjunct(AttributionTree t, int gerund, int gov) {
        if (gerund > gov || t.children(gerund, "case").isEmpty())
            return false;
        for (int c : t.children(gov, "punct"))
            if (gerund < c && c < gov && t.tag(c).equals(","))
                for (int subject : t.children(gov, "nsubj"))
                    if (c < subject && subject < gov && !inQuote(t, subject))
                        return true;
        return false;
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

    static int subjectOf(AttributionTree t, int verb) {
        int quoted = -1;
        for (String rel : List.of("nsubj", "csubj")) {
            int outside = -1;
            for (int c : t.children(verb))
                // ("who seemingly know Y" parsed with the adverb as the subject)
                if (t.relation(c).equals(rel) && !misparsedSubject(t, c)) {
                    // a parse may take words of the quote for a second subject: prefer the one outside quotes, and of
                    // two outside ("Minutes after the vote began, the chairman announced"), the one next to the verb
                    if (!inQuote(t, c)) {
                        // but "Trump and Sanders have both argued": a floating "both" or "all" is not the subject
                        if (outside < 0 || c < verb && !(t.tag(c).equals("DT") && FLOATING.contains(t.lemma(c).toLowerCase(Locale.ROOT))))
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
        int who = looseWho(t, verb);
        if (who >= 0)
            return who;
        for (int c : t.children(verb, "obl"))
            if (ClaimParts.hasCase(t, c, "by") && (t.relation(c).contains("agent") || !t.children(verb, "nsubj:pass").isEmpty()))
                return c;
        if (CONVINCED.contains(t.lemma(verb)))
            // "Mr. Ackman is convinced that Y": who is convinced holds the belief
            for (int c : t.children(verb, "nsubj:pass"))
                if (!t.tag(c).startsWith("W") && !inQuote(t, c))
                    return c;
        if (PassiveSpeakers.contractedPerfect(t, verb))
            return t.children(verb, "nsubj:pass").get(0);
        if (!t.children(verb, "nsubj:pass").isEmpty() || !t.children(verb, "aux:pass").isEmpty())
            return -1;
        for (int c : t.enhancedChildren(verb, "nsubj"))
            if (!t.relation(c).equals("nsubj:pass") && !t.enhancedChildren(verb, "nsubj:pass").contains(c)
                    && !meansControls(t, verb, c))
                return c;
        return -1;
    }

    /**
     * "Collins, who'd previously endorsed Bush, …", "officials who seemingly know Y": a "who" before an active verb
     * with no subject but a misparsed one, parsed as a loose dependent or an object, is its subject; -1 if none.
     */
    static int looseWho(AttributionTree t, int verb) {
        if (!t.children(verb, "nsubj:pass").isEmpty() || !t.children(verb, "aux:pass").isEmpty()
                || !t.children(verb, "nsubj").stream().allMatch(n -> misparsedSubject(t, n)))
            return -1;
        for (int c : t.children(verb))
            if (c < verb && t.tag(c).equals("WP") && t.lemma(c).equalsIgnoreCase("who") && (t.relation(c).equals("dep") || t.relation(c).equals("obj")))
                return c;
        return -1;
    }

    /**
     * A "subject" no subject can be: an adverb ("who seemingly know Y"), or a finite verb or a possessive ending
     * right after a relative pronoun ("who helped launch Y", "who've said Y", "who's argued Y" parsed with "who"
     * as the object).
     */
    private static boolean misparsedSubject(AttributionTree t, int subject) {
        String tag = t.tag(subject);
        return tag.startsWith("RB") || subject > 0 && t.tag(subject - 1).startsWith("W")
                && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("POS"));
    }

    /**
     * "Ramos used his speech to call for Y", "held a briefing to brag that Y", "was arranging calls with both to
     * discuss Y", "has done nothing to explain Y": the parse lets the object of the governing verb control the
     * infinitive, but a speech, a call or nothing does not speak; the governor's subject does. An object that can
     * hold a view ("urged voters to reject Y") keeps the infinitive.
     */
    private static boolean meansControls(AttributionTree t, int verb, int controller) {
        int gov = t.head(verb);
        if (gov < 0 || t.head(controller) != gov || !(t.tag(controller).equals("NN") || t.tag(controller).equals("NNS")))
            return false;
        String rel = t.relation(verb);
        if (rel.equals("xcomp") && MEANS_VERBS.contains(t.lemma(gov)))
            return true;
        return (rel.equals("xcomp") || rel.equals("advcl") && ClaimParts.hasCase(t, verb, "to"))
                && !OBJECT_CONTROL.contains(t.lemma(gov)) && !ParticipleHolders.animate(t, controller, t.lemma(controller).toLowerCase(Locale.ROOT));
    }

    /**
     * The parse's own subject of a verb (not a passive or controlled one, not a relative pronoun, not inside a quote)
     * before token {@code before}, the nearest one where the parse gives two; -1 if none.
     */
    static int plainSubject(AttributionTree t, int verb, int before) {
        int found = -1;
        for (int subject : t.children(verb, "nsubj"))
            if (subject < before && t.relation(subject).equals("nsubj") && !t.tag(subject).startsWith("W") && !inQuote(t, subject))
                found = subject;
        return found;
    }

    static boolean inQuote(AttributionTree t, int k) {
        for (int[] q : t.quotes())
            if (q[0] <= k && k <= q[1])
                return true;
        return false;
    }
}
