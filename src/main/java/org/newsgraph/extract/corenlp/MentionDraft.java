package org.newsgraph.extract.corenlp;

import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.MentionKind;

/**
 * A mention while entities are being clustered, in CoreNLP's coordinates: 0-based sentence, 0-based token
 * range [tokenBegin, tokenEnd) within it, and UTF-16 char offsets into the article text.
 *
 * @param type      the fine entity type NER gave a name, or null for nominals and pronouns
 * @param wikipedia the Wikipedia title the entity linker gave a name, or null
 */
record MentionDraft(int sentence, int tokenBegin, int tokenEnd, int charBegin, int charEnd, MentionKind kind,
        EntityType type, String wikipedia) {

    int tokenLength() {
        return tokenEnd - tokenBegin;
    }

    boolean containsToken(int sentenceIndex, int token) {
        return sentence == sentenceIndex && tokenBegin <= token && token < tokenEnd;
    }

    /** Text order: sentence, then first token, longer first. */
    static int compareInText(MentionDraft a, MentionDraft b) {
        if (a.sentence != b.sentence)
            return Integer.compare(a.sentence, b.sentence);
        if (a.tokenBegin != b.tokenBegin)
            return Integer.compare(a.tokenBegin, b.tokenBegin);
        return Integer.compare(b.tokenEnd, a.tokenEnd);
    }
}
