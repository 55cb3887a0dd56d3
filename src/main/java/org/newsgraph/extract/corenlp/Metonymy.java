package org.newsgraph.extract.corenlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.extract.EntityType;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Place-for-government metonymy by a general rule, not a list of names: a city or state name that is the
 * subject of a verb of speaking or of a political act ("Washington warned", "Beijing imposed tariffs")
 * denotes the institution seated there, not the place. Countries keep their type: "China said" is the
 * country as a political actor, which is what a country entity already is.
 */
final class Metonymy {
    /** Lemmas of verbs that take a speaking or acting institution as subject. */
    private static final Set<String> AGENT_VERBS = Set.of("say", "tell", "announce", "warn", "accuse", "urge", "demand",
            "threaten", "impose", "deny", "claim", "insist", "respond", "reject", "criticize", "criticise", "condemn",
            "ask", "sanction", "retaliate", "protest", "refuse", "expel", "approve", "veto", "negotiate", "pledge",
            "promise", "vow", "decide", "declare", "order", "ban", "state", "confirm", "blame", "welcome",
            "push", "press", "seek",
            // intentions and means of a government: "Washington was planning on banning", "Washington uses it to curb"
            "plan", "intend", "want", "try", "attempt", "aim", "use", "pressure", "lobby", "sue", "oppose", "support",
            "back", "call", "sign", "agree", "pay", "fund", "block", "restrict", "target", "exclude", "allow", "permit");

    private Metonymy() {
    }

    /** Whether a city or state name (its tokens) is the subject of a speaking or acting verb in its sentence. */
    static boolean speaksOrActs(CoreSentence sentence, EntityType type, List<CoreLabel> tokens) {
        if (type != EntityType.CITY && type != EntityType.STATE_OR_PROVINCE)
            return false;
        SemanticGraph graph = sentence.dependencyParse();
        if (graph == null)
            return false;
        for (CoreLabel t : tokens) {
            IndexedWord word = graph.getNodeByIndexSafe(t.index());
            if (word == null)
                continue;
            for (SemanticGraphEdge edge : graph.incomingEdgeList(word)) {
                String rel = edge.getRelation().toString();
                String lemma = edge.getGovernor().lemma();
                String tag = edge.getGovernor().tag();
                if (rel.equals("nsubj") && tag != null && tag.startsWith("VB") && lemma != null
                        && AGENT_VERBS.contains(lemma.toLowerCase(Locale.ROOT)))
                    return true;
            }
        }
        return false;
    }
}
