package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

/**
 * Verbs of the lexicon used in a sense that reports nothing: a quantity ("It weighed about 7 kg"), a greeting or a
 * prayer ("The team said goodbye to the stadium", "said grace"), a phone or a door answered, a phone call or a summons ("A neighbor called the
 * police", "The referee called a penalty", "The Hawks called up two players"), an appearance ("showed up"), a fall
 * ("declined by 40%"), a person set free ("released him on bail") or a nomination for an award.
 */
final class PlainUses {
    /** What is said that is no statement of anything: a greeting, a leave-taking, a prayer. */
    private static final Set<String> RITUALS = Set.of("goodbye", "good-bye", "farewell", "hello", "grace", "prayer",
            "prayers", "goodnight", "amen");
    /** The particles of "call" that summon or cancel ("called up", "called off"); "called out" accuses, "called in" may. */
    private static final Set<String> CALL_PARTICLES = Set.of("up", "off", "back", "around");

    /**
     * What "call" summons or rules when it is all the verb has ("called the police", "called a penalty"); calling an
     * election, a meeting or a strike is annotated as an attribution in PolNeAR and stays one.
     */
    private static final Set<String> SUMMONED = Set.of("police", "ambulance", "911", "firefighter",
            "firefighters", "doctor", "penalty", "foul", "timeout", "time-out");

    /** What is answered without saying anything. */
    private static final Set<String> ANSWERED = Set.of("phone", "telephone", "door", "doorbell", "bell", "call");

    private PlainUses() {
    }

    /** Whether verb {@code i} is used in a sense that reports nothing, before any content is looked for. */
    static boolean saysNothing(AttributionTree t, int i) {
        return measure(t, i) || ritual(t, i) || answered(t, i) || showedUp(t, i) || fell(t, i) || freed(t, i)
                || shortlisted(t, i);
    }

    /** Whom "release" sets free: a person, by pronoun, name or noun. */
    private static final Set<String> HELD = Set.of("prisoner", "prisoners", "hostage", "hostages", "suspect", "suspects",
            "detainee", "detainees", "captive", "captives", "inmate", "inmates", "man", "men", "woman", "women", "boy",
            "girl", "child", "children", "journalist", "journalists", "contractor", "sailors", "crew", "patient", "patients");
    /** What one is nominated for without nominating anyone to say anything. */
    private static final Set<String> AWARDS = Set.of("award", "awards", "oscar", "oscars", "emmy", "emmys", "grammy",
            "grammys", "prize", "prizes", "medal", "golden", "tony", "bafta", "honour", "honor");

    /**
     * "Police released him on bail", "Cuba released the contractor": a person released is set free, not published
     * (a statement, a report, a video released stays an attribution).
     */
    private static boolean freed(AttributionTree t, int i) {
        if (!t.lemma(i).equals("release"))
            return false;
        for (int c : t.children(i))
            if ((t.relation(c).equals("obj") || t.relation(c).equals("nsubj:pass")) && (t.tag(c).equals("PRP")
                    || "PERSON".equals(t.token(c).ner()) || HELD.contains(t.token(c).word().toLowerCase(Locale.ROOT))))
                return true;
        return false;
    }

    /** "She was nominated for an Oscar": a nomination for an award says nothing. */
    private static boolean shortlisted(AttributionTree t, int i) {
        if (!t.lemma(i).equals("nominate"))
            return false;
        for (int c : t.children(i))
            if (t.relation(c).startsWith("obl") && ClaimParts.hasCase(t, c, "for")) {
                BitSet phrase = t.phrase(c);
                for (int k = phrase.nextSetBit(0); k >= 0; k = phrase.nextSetBit(k + 1))
                    if (AWARDS.contains(t.token(k).word().toLowerCase(Locale.ROOT)))
                        return true;
            }
        return false;
    }

    /** "Few voters showed up": "show up" is to appear, not to show anything. */
    private static boolean showedUp(AttributionTree t, int i) {
        return t.lemma(i).equals("show")
                && t.children(i, "compound:prt").stream().anyMatch(p -> p == i + 1 && t.lemma(p).equalsIgnoreCase("up"));
    }

    /**
     * "The colony has declined by over 40%", "Exports declined from 9 to 7 billion": "decline" without an object or a
     * clause and with a measure of how far is to fall, not to refuse.
     */
    private static boolean fell(AttributionTree t, int i) {
        if (!t.lemma(i).equals("decline") || !t.children(i, "obj").isEmpty() || !t.children(i, "xcomp").isEmpty()
                || !t.children(i, "ccomp").isEmpty())
            return false;
        for (int c : t.children(i))
            if (t.relation(c).startsWith("obl") && (ClaimParts.hasCase(t, c, "by") || ClaimParts.hasCase(t, c, "to")
                    || ClaimParts.hasCase(t, c, "from")) && quantity(t, c) || t.tag(c).equals("CD"))
                return true;
        return false;
    }

    /** "40%", "7 billion", "half": a number or what a number measures. */
    private static boolean quantity(AttributionTree t, int node) {
        return t.tag(node).equals("CD") || !t.children(node, "nummod").isEmpty() || t.lemma(node).equals("%")
                || t.lemma(node).equalsIgnoreCase("percent");
    }

    /** "It weighed about 7 kg": a verb of the lexicon ("weighed in on the plan") that gives a quantity says nothing. */
    private static boolean measure(AttributionTree t, int i) {
        if (!t.lemma(i).equals("weigh"))
            return false;
        for (int c : t.children(i))
            if ((t.relation(c).equals("obj") || t.relation(c).startsWith("obl:npmod"))
                    && (t.tag(c).equals("CD") || !t.children(c, "nummod").isEmpty()))
                return true;
        return false;
    }

    /** "said goodbye to the stadium", "said a prayer": what is said is a greeting or a prayer, and nothing more. */
    private static boolean ritual(AttributionTree t, int i) {
        if (!t.lemma(i).equals("say"))
            return false;
        for (int c : t.children(i, "obj"))
            if (c > i && RITUALS.contains(t.token(c).word().toLowerCase(Locale.ROOT))
                    && t.children(i, "ccomp").isEmpty() && t.children(i, "parataxis").isEmpty())
                return true;
        return false;
    }

    /** "The clerk answered the phone", "answered the door": a phone or a door answered says nothing. */
    private static boolean answered(AttributionTree t, int i) {
        if (!t.lemma(i).equals("answer"))
            return false;
        for (int c : t.children(i, "obj"))
            if (c > i && ANSWERED.contains(t.lemma(c).toLowerCase(Locale.ROOT)))
                return true;
        return false;
    }

    /**
     * "A neighbor called the police", "The referee called a penalty", "called up two players": "call" with its object alone (no name given it, no quote, not "called for" or "called on"),
     * or with a particle that summons or cancels, is a phone call or a summons, not an attribution.
     */
    static boolean summons(AttributionTree t, int cue, BitSet content) {
        if (!t.lemma(cue).equals("call") || content.isEmpty())
            return false;
        for (int p : t.children(cue, "compound:prt"))
            if (CALL_PARTICLES.contains(t.lemma(p)))
                return true;
        if (!t.children(cue, "iobj").isEmpty() || !t.children(cue, "ccomp").isEmpty())
            return false;
        for (int o : t.children(cue, "obj")) {
            if (o < cue || CuePatterns.temporal(t, o))
                continue;
            BitSet object = t.phrase(o);
            for (int k = object.nextSetBit(0); k >= 0; k = object.nextSetBit(k + 1))
                if (ClaimParts.QUOTES.contains(t.tag(k)))
                    return false;
            // what is said is the object alone, one that is summoned or called for ("called the police", "called a penalty")
            BitSet rest = (BitSet) content.clone();
            rest.andNot(object);
            return rest.isEmpty() && SUMMONED.contains(t.lemma(o).toLowerCase(Locale.ROOT));
        }
        return false;
    }
}
