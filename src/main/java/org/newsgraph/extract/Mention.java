package org.newsgraph.extract;

import java.util.Objects;

/**
 * A span of the article text that denotes an entity.
 *
 * @param span     where, in code points
 * @param text     the text at the span, exactly
 * @param sentence the 0-based index of its sentence
 * @param kind     name, nominal or pronoun
 * @param entityId the {@link Entity#id()} it denotes, local to the extraction
 */
public record Mention(Span span, String text, int sentence, MentionKind kind, String entityId) {
    public Mention {
        Objects.requireNonNull(span, "The parameter 'span' must not be null.");
        Objects.requireNonNull(text, "The parameter 'text' must not be null.");
        Objects.requireNonNull(kind, "The parameter 'kind' must not be null.");
        Objects.requireNonNull(entityId, "The parameter 'entityId' must not be null.");
        if (sentence < 0)
            throw new IllegalArgumentException("mention sentence must be >= 0, got " + sentence);
    }
}
