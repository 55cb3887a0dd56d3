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
 * </ul>
 */
final class ClaimLabels {
    private ClaimLabels() {
    }

    /** The candidate with its act, negation and hedge as the words around its cue give them. */
    static CueCandidate relabel(AttributionTree t, CueCandidate c, CueLexicon lexicon) {
        SpeechAct act = c.act();
        ClaimParts.Parts p = c.parts();
        if (act == SpeechAct.QUESTION && c.lemma().equals("ask") && asksFor(t, c.cue(), p.content()))
            act = SpeechAct.STATEMENT;
        if (act == c.act())
            return c;
        return new CueCandidate(c.cue(), p, act, c.lemma(), c.origin());
    }

    /** "asked X to do Y", "asked for Y": what is asked is something done, not an answer. */
    private static boolean asksFor(AttributionTree t, int cue, BitSet content) {
        for (int x : t.children(cue, "xcomp"))
            if (content.get(x) && t.children(x, "mark").stream().anyMatch(m -> t.lemma(m).equals("to")))
                return true;
        for (int x : t.children(cue, "obl"))
            if (content.get(x) && ClaimParts.hasCase(t, x, "for"))
                return true;
        return false;
    }
}
