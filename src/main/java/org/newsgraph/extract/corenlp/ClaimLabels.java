package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.extract.SpeechAct;

/**
 * The labels of a cue the model kept, read from the verb it completes or that completes it, once the cue is chosen
 * (so the model's features stay what the rules found):
 * <ul>
 * <li>"asked the court to dismiss the case", "asked for an inquiry": a request, not a question (a statement, as
 * "urged" is);</li>
 * <li>"ruled out a retrial": a possibility rejected, a denial, not the announcement of "the court ruled";</li>
 * <li>"declined to say how many", "refused to confirm that Y": the refusal is the cue the model kept; what was not said
 * is the act of the verb of saying it holds back, negated ("did not refuse to comment" is not);</li>
 * <li>"No one disputed that Y", "nobody said Y", "has yet to say whether Y": a speech act nobody made (so far),
 * negated as "did not say" is;</li>
 * <li>"is said to have told investors Y", "is believed to have": hearsay the writer passes on, hedged;</li>
 * <li>"appeared to suggest Y", "seemed to endorse Y": the writer's impression of a speech act, hedged, with the act of
 * the verb of saying whether the model kept "appeared" or "suggest" (not the BELIEF of "seem" alone).</li>
 * </ul>
 */
final class ClaimLabels {
    /** Verbs of seeming: "appeared to suggest" is the writer's impression of what was said. */
    private static final Set<String> IMPRESSIONS = Set.of("seem", "appear");

    /** Verbs whose passive with an infinitive passes on hearsay: "is said to have told", "is believed to have". */
    private static final Set<String> HEARSAY = Set.of("say", "believe", "report", "allege", "rumor", "rumour", "think",
            "understand", "suppose", "claim", "reckon");
    private static final Set<String> BETWEEN = Set.of("be", "have");

    private ClaimLabels() {
    }

    /** The candidate with its act, negation and hedge as the words around its cue give them. */
    static CueCandidate relabel(AttributionTree t, CueCandidate c, CueLexicon lexicon) {
        SpeechAct act = c.act();
        ClaimParts.Parts p = c.parts();
        if (act == SpeechAct.QUESTION && c.lemma().equals("ask") && asksFor(t, c.cue(), p.content()))
            act = SpeechAct.STATEMENT;
        if (rulesOut(t, c.cue()))
            act = SpeechAct.DENIAL;
        boolean negated = p.negated();
        // not a passive: "declined to be named" holds back no speech act
        Optional<Integer> held = CueNegation.REFUSALS.contains(c.lemma()) ? spoken(t, c.cue(), p.content(), lexicon)
                .filter(x -> t.children(x, "aux:pass").isEmpty()) : Optional.empty();
        if (held.isPresent()) {
            act = verbAct(t, held.get(), lexicon);
            negated = !CueNegation.negatedHere(t, c.cue());
        }
        if (nobody(t, p.speakerHead()) || yetTo(t, c.cue()))
            negated = true;
        boolean hedged = p.hedged();
        Optional<Integer> seeming = IMPRESSIONS.contains(c.lemma()) ? spoken(t, c.cue(), p.content(), lexicon) : Optional.empty();
        if (seeming.isPresent() && seems(t, c.cue(), seeming.get())) {
            act = verbAct(t, seeming.get(), lexicon);
            hedged = true;
        }
        if (HEARSAY.contains(c.lemma()) && !t.children(c.cue(), "aux:pass").isEmpty() && toInfinitive(t, c.cue(), p.content()))
            hedged = true;
        int gov = t.head(c.cue());
        if (gov >= 0 && t.relation(c.cue()).equals("xcomp") && IMPRESSIONS.contains(t.lemma(gov)) && seems(t, gov, c.cue()))
            hedged = true;
        if (act == c.act() && negated == p.negated() && hedged == p.hedged())
            return c;
        return new CueCandidate(c.cue(), new ClaimParts.Parts(p.speaker(), p.speakerHead(), p.cue(), p.content(),
                p.earlierContent(), p.direct(), negated, hedged), act, c.lemma(), c.origin());
    }

    /**
     * Whether "seem" or "appear" at {@code verb} is one of seeming, the verb it completes at {@code done} standing right
     * after it, with only "to", adverbs and auxiliaries between ("appeared to suggest", "seems not to have found"), not
     * one of showing up ("appeared on television to defend her").
     */
    private static boolean seems(AttributionTree t, int verb, int done) {
        for (int k = verb + 1; k < done; k++)
            if (!t.tag(k).equals("TO") && !t.tag(k).startsWith("RB") && !BETWEEN.contains(t.lemma(k)))
                return false;
        return done > verb;
    }

    /** Whether the cue's content is an infinitive that completes it ("asked the court to dismiss", "is said to have told"). */
    private static boolean toInfinitive(AttributionTree t, int cue, BitSet content) {
        for (int x : t.children(cue, "xcomp"))
            if (content.get(x) && t.children(x, "mark").stream().anyMatch(m -> t.lemma(m).equals("to")))
                return true;
        return false;
    }

    /** The act of the verb of saying at {@code verb}, a cue of the lexicon ("refused to rule out": a denial). */
    private static SpeechAct verbAct(AttributionTree t, int verb, CueLexicon lexicon) {
        return rulesOut(t, verb) ? SpeechAct.DENIAL : lexicon.act(t.lemma(verb), CueLexicon.Kind.VERB).orElseThrow();
    }

    /** "ruled out Y", "did not rule out Y". */
    private static boolean rulesOut(AttributionTree t, int verb) {
        return t.lemma(verb).equals("rule") && (verb + 1 < t.size() && t.token(verb + 1).word().equalsIgnoreCase("out")
                || t.children(verb, "compound:prt").stream().anyMatch(k -> t.lemma(k).equals("out")));
    }

    /** "has yet to say whether Y", "is yet to comment": not said so far. */
    private static boolean yetTo(AttributionTree t, int cue) {
        // "yet" hangs from "has" or from the cue, the infinitive is its complement or its clause
        int gov = t.head(cue);
        return gov >= 0 && (t.relation(cue).equals("xcomp") || t.relation(cue).equals("ccomp"))
                && (t.lemma(gov).equals("have") || t.lemma(gov).equals("be"))
                && t.children(cue, "mark").stream().anyMatch(m -> t.lemma(m).equals("to"))
                && java.util.stream.Stream.of(gov, cue).anyMatch(w -> t.children(w, "advmod").stream().anyMatch(a -> t.lemma(a).equals("yet")))
                && !CueNegation.negatedHere(t, gov);
    }

    /** "No one disputed Y", "nobody said Y", "no official confirmed Y": a speaker who is nobody. */
    private static boolean nobody(AttributionTree t, int head) {
        if (head < 0)
            return false;
        String word = t.token(head).word().toLowerCase(java.util.Locale.ROOT);
        return word.equals("nobody") || word.equals("none") || word.equals("no-one")
                || t.children(head, "det").stream().anyMatch(d -> t.token(d).word().equalsIgnoreCase("no"));
    }

    /** The verb of saying in the cue's content that completes the cue ("declined to say Y": "say"). */
    private static Optional<Integer> spoken(AttributionTree t, int cue, BitSet content, CueLexicon lexicon) {
        for (int x : t.children(cue, "xcomp"))
            if (content.get(x) && t.tag(x).startsWith("VB") && lexicon.act(t.lemma(x), CueLexicon.Kind.VERB).isPresent())
                return Optional.of(x);
        return Optional.empty();
    }

    /** "asked X to do Y", "asked for Y": what is asked is something done, not an answer. */
    private static boolean asksFor(AttributionTree t, int cue, BitSet content) {
        if (toInfinitive(t, cue, content))
            return true;
        for (int x : t.children(cue, "obl"))
            if (content.get(x) && ClaimParts.hasCase(t, x, "for"))
                return true;
        return false;
    }
}
