package org.newsgraph.extract;

import java.util.Objects;

/** A sentence of the article: its 0-based index and its span. */
public record Sentence(int index, Span span) {
    public Sentence {
        if (index < 0)
            throw new IllegalArgumentException("sentence index must be >= 0, got " + index);
        Objects.requireNonNull(span, "The parameter 'span' must not be null.");
    }
}
