package org.newsgraph.extract.corenlp;

import java.util.List;
import java.util.Set;

/**
 * Who speaks where a passive is involved and the parse misleads: a contracted "'s" that is "has" ("He's said Y"), and
 * an active verb or infinitive that shares a passive's subject ("Okafor was greeted by the mayor and joked Y", "the
 * councillor was prompted to say Y") unless the infinitive says what the agent did it for ("The forum was organised
 * by the union to demand Y").
 */
final class PassiveSpeakers {
    /** Verbs that have whom they address as their object in the active ("has told reporters Y", not "is told Y"). */
    private static final Set<String> ADDRESSED = Set.of("tell", "inform", "remind", "assure", "notify", "advise");

    private PassiveSpeakers() {
    }

    /**
     * "He's said he gets his ideas from Y" parsed as a passive: a contracted "'s" before a participle that has a clause
     * or an object of its own is "has", and its subject speaks ("it's said that Y" and "he's said to be Y" stay passive).
     */
    static boolean contractedPerfect(AttributionTree t, int verb) {
        List<Integer> subjects = t.children(verb, "nsubj:pass");
        if (subjects.size() != 1 || t.lemma(subjects.get(0)).equalsIgnoreCase("it") || t.tag(subjects.get(0)).startsWith("W")
                || ClaimSpeakers.inQuote(t, subjects.get(0)) || t.children(verb, "ccomp").isEmpty() && t.children(verb, "obj").isEmpty())
            return false;
        if (ADDRESSED.contains(t.lemma(verb)) && t.children(verb, "obj").isEmpty() && t.children(verb, "iobj").isEmpty())
            // "He's told every day that Y": without whom it tells, "'s told" is "is told"
            return false;
        List<Integer> aux = t.children(verb, "aux:pass");
        return aux.size() == 1 && aux.get(0) == subjects.get(0) + 1 && aux.get(0) + 1 == verb
                && t.token(aux.get(0)).word().replace('\u2019', '\'').equals("'s");
    }

    /**
     * "Silverman was joined on stage by Franken and joked that Y", "the senator was prompted to say Y", "Silverman was
     * booed after telling holdouts Y": a verb with a clause of its own conjoined to a passive one, its infinitive or an
     * adverbial participle shares the passive's subject as written, not its
     * agent; -1 where {@code verb} is not passive, where {@code below} reports no clause ("was inspected by engineers
     * and declared unsafe" is the engineers') or the subject is an expletive ("it was decided to announce Y").
     */
    static int sharedSubject(AttributionTree t, int verb, int below) {
        String rel = t.relation(below);
        boolean clause = !t.children(below, "ccomp").isEmpty() || !t.children(below, "parataxis").isEmpty();
        if (!t.children(below, "nsubj:pass").isEmpty() || !(rel.equals("conj") && clause || rel.equals("xcomp") && t.tag(below).equals("VB")
                || rel.equals("advcl") && t.tag(below).equals("VBG")))
            return -1;
        for (int c : t.children(verb, "nsubj:pass"))
            if (c < below && !t.tag(c).startsWith("W") && !ClaimSpeakers.inQuote(t, c) && !t.tag(c).equals("EX")
                    && !t.lemma(c).equalsIgnoreCase("it") && !(rel.equals("xcomp") && purpose(t, verb, c)))
                return c;
        return -1;
    }

    /**
     * "The forum was organised by the union to demand Y": an infinitive after a passive with an agent whose subject
     * is a thing, not a holder of views, says what the agent did it for, and the agent speaks ("The ministry was urged
     * by unions to admit Y" is the ministry's, "Finch was chosen by the party to argue Y" Finch's).
     */
    private static boolean purpose(AttributionTree t, int verb, int subject) {
        boolean agent = t.children(verb).stream().anyMatch(c -> t.relation(c).startsWith("obl") && ClaimParts.hasCase(t, c, "by"));
        return agent && !ClaimSpeakers.OBJECT_CONTROL.contains(t.lemma(verb)) && !t.tag(subject).startsWith("PRP")
                && !t.tag(subject).startsWith("NNP") && !ParticipleHolders.animate(t, subject, t.lemma(subject).toLowerCase(java.util.Locale.ROOT));
    }
}
