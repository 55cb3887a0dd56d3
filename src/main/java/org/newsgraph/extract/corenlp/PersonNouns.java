package org.newsgraph.extract.corenlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.MentionKind;

import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.semgraph.SemanticGraph;

/** Nouns that denote one person ("the woman", "a man") as person mentions; see {@link #attach}. */
final class PersonNouns {
    /** Nouns that always denote one person; kinship and job words do not (they are roles, or families). */
    private static final Set<String> PERSON_NOUNS = Set.of("man", "woman", "girl", "guy", "person", "lady", "gentleman");

    private PersonNouns() {
    }

    /**
     * "The woman", "a man": the noun is a mention of a person (the noun alone, as OKE marks it). In a coreference
     * chain with a name it joins that person; otherwise it is an unnamed person, which its chain's pronouns join.
     */
    static void attach(CoreDocument document, List<EntityClusterer.Group> groups, Set<Long> taken, Map<Integer, EntityClusterer.Group> unnamedByChain,
            List<EntityClusterer.Group> unnamed) {
        Map<Long, Integer> chainOfHead = new HashMap<>();
        Map<Integer, EntityClusterer.Group> namedByChain = new HashMap<>();
        Map<Long, EntityClusterer.Group> nameAt = new HashMap<>();
        for (EntityClusterer.Group g : groups)
            if (g.mergedInto == null && g.coarse().equals("PERSON"))
                for (MentionDraft n : g.names)
                    for (int t = n.tokenBegin(); t < n.tokenEnd(); t++)
                        nameAt.put(PersonPronouns.key(n.sentence(), t), g);
        if (document.corefChains() != null)
            for (CorefChain chain : document.corefChains().values())
                for (CorefChain.CorefMention cm : chain.getMentionsInTextualOrder()) {
                    chainOfHead.put(PersonPronouns.key(cm.sentNum - 1, cm.headIndex - 1), chain.getChainID());
                    EntityClusterer.Group g = nameAt.get(PersonPronouns.key(cm.sentNum - 1, cm.headIndex - 1));
                    if (g != null)
                        namedByChain.putIfAbsent(chain.getChainID(), g);
                }
        for (int s = 0; s < document.sentences().size(); s++) {
            List<CoreLabel> tokens = document.sentences().get(s).tokens();
            SemanticGraph graph = document.sentences().get(s).dependencyParse();
            for (int t = 0; t < tokens.size(); t++) {
                CoreLabel token = tokens.get(t);
                if (!"NN".equals(token.tag()) || !PERSON_NOUNS.contains(token.word().toLowerCase(Locale.ROOT)) || taken.contains(PersonPronouns.key(s, t))
                        || isCompound(graph, t))
                    continue;
                MentionDraft noun = new MentionDraft(s, t, t + 1, token.beginPosition(), token.endPosition(), MentionKind.NOMINAL, null, null);
                Integer chain = chainOfHead.get(PersonPronouns.key(s, t));
                EntityClusterer.Group target = chain == null ? null : namedByChain.get(chain);
                if (target == null && chain != null)
                    target = unnamedByChain.get(chain);
                if (target == null) {
                    target = new EntityClusterer.Group();
                    target.unnamedType = EntityType.PERSON;
                    unnamed.add(target);
                    if (chain != null)
                        unnamedByChain.put(chain, target);
                }
                target.others.add(noun);
                taken.add(PersonPronouns.key(s, t));
            }
        }
    }

    /** Whether a noun only modifies another ("man hours"). */
    private static boolean isCompound(SemanticGraph graph, int token) {
        if (graph == null)
            return false;
        var word = graph.getNodeByIndexSafe(token + 1);
        return word != null && graph.incomingEdgeList(word).stream().anyMatch(e -> e.getRelation().toString().equals("compound"));
    }

}
