package org.newsgraph.extract.corenlp;

import java.util.Optional;

/** Which entity of the extraction, if any, a token belongs to. */
public interface EntityLookup {
    Optional<String> entityAt(int sentenceIndex, int tokenIndex);
}
