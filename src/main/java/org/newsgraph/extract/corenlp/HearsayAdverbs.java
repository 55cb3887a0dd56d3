package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.Optional;
import java.util.Set;

/**
 * "Trump reportedly offered him the post": an adverb that marks its clause as something reported, by nobody named.
 * The adverb is the cue, the clause it modifies the content, and there is no speaker. A clause whose verb is a cue
 * of its own ("reportedly told aides") is that cue's, hedged, and left to it.
 */
final class HearsayAdverbs {
    /** Adverbs that attribute their clause to unnamed reports; "allegedly" and "apparently" rarely do in news. */
    static final Set<String> ADVERBS = Set.of("reportedly");

    private HearsayAdverbs() {
    }

    /**
     * The parts of the hearsay adverb at {@code adverb}.
     *
     * @param lexicon the cue lexicon, to leave clauses whose verb is a cue alone
     */
    static Optional<ClaimParts.Parts> find(AttributionTree t, int adverb, CueLexicon lexicon) {
        if (!ADVERBS.contains(t.lemma(adverb)) || !t.relation(adverb).equals("advmod"))
            return Optional.empty();
        int verb = t.head(adverb);
        if (verb < 0 || lexicon.act(t.lemma(verb), CueLexicon.Kind.VERB).isPresent())
            return Optional.empty();
        BitSet block = new BitSet();
        block.set(adverb);
        BitSet content = t.trim(t.phrase(verb, block));
        if (content.cardinality() < 3)
            return Optional.empty();
        BitSet cue = new BitSet();
        cue.set(adverb);
        return Optional.of(new ClaimParts.Parts(new BitSet(), -1, cue, content, ClaimParts.direct(t, content),
                ClaimParts.negated(t, verb), true));
    }
}
