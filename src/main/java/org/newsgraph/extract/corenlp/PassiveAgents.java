package org.newsgraph.extract.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The speaker of a passive cue whose "by" phrase the parse hung below the cue's complement rather than from the cue
 * ("Pigs are considered unclean by Muslims").
 */
final class PassiveAgents {
    /** Named entity types of a "by" phrase that names a time or an amount, not an agent. */
    private static final Set<String> NOT_AGENTS = Set.of("DATE", "TIME", "DURATION", "MONEY", "NUMBER", "SET");
    /** Head words of a "by" phrase of measure or means ("by a wide margin", "by the end of May"). */
    private static final Set<String> MEASURES = Set.of("margin", "point", "vote", "way", "end", "time", "means", "far",
            "number", "percent");

    private PassiveAgents() {
    }

    /**
     * The agent of a passive cue that the parse hung below the cue's object or complement rather than from the cue
     * ("Pigs are considered unclean by Muslims", "was declared the winner in three primaries by news organizations"):
     * a "by" phrase naming someone, at most three steps down through the cue's own phrase (never inside a clause, nor
     * inside a verb it governs, "are said to be urging him to play by the rules");
     * -1 if none or the cue is not passive.
     */
    static int deepAgent(AttributionTree t, int cue) {
        if (t.children(cue, "nsubj:pass").isEmpty() && t.children(cue, "aux:pass").isEmpty())
            return -1;
        List<Integer> level = List.of(cue);
        for (int depth = 0; depth < 3; depth++) {
            List<Integer> next = new ArrayList<>();
            for (int node : level)
                for (int c : t.children(node)) {
                    String rel = t.relation(c);
                    if (!(rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("xcomp") || rel.equals("obj")
                            || rel.equals("amod") || rel.equals("advmod") || rel.equals("conj"))
                            || rel.equals("xcomp") && t.tag(c).startsWith("VB"))
                        continue;
                    if (c > cue && (rel.startsWith("obl") || rel.startsWith("nmod")) && ClaimParts.hasCase(t, c, "by")
                            && agentLike(t, c))
                        return c;
                    next.add(c);
                }
            level = next;
        }
        return -1;
    }

    /** Whether a "by" phrase names someone rather than a time, an amount or a means ("by Friday", "by 10 points"). */
    private static boolean agentLike(AttributionTree t, int k) {
        String tag = t.tag(k), ner = String.valueOf(t.token(k).ner());
        return (tag.startsWith("NN") || tag.equals("PRP") || tag.equals("CD") && ner.equals("PERCENT"))
                && !NOT_AGENTS.contains(ner) && !MEASURES.contains(t.lemma(k));
    }
}
