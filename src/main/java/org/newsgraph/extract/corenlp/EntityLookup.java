package org.newsgraph.extract.corenlp;

import java.util.Optional;

/**
 * Tells the claim finder which entity, if any, a token belongs to. Supplied by the extractor that built the
 * article's mentions, so claims can point at the same local entity ids.
 */
@FunctionalInterface
interface EntityLookup {
    /** A lookup that knows no entities. */
    EntityLookup NONE = (sentenceIndex, tokenIndex) -> Optional.empty();

    /**
     * The local entity id of the mention covering a token.
     *
     * @param sentenceIndex 0-based sentence index in the document
     * @param tokenIndex    0-based token index within that sentence
     * @return the local entity id, or empty when the token is in no entity mention
     */
    Optional<String> entityAt(int sentenceIndex, int tokenIndex);

    /** Whether a name of entity {@code id} covers a token before token {@code tokenIndex} of sentence {@code sentenceIndex}. */
    default boolean namedBefore(String id, int sentenceIndex, int tokenIndex) {
        return false;
    }
}
