package org.newsgraph.extract;

import java.util.Objects;

/**
 * A date expression in the text ("on Monday", "last week", "3 March 2020") and the date it stands for.
 *
 * @param span  where the expression stands, in code points (the date words, without a leading preposition)
 * @param value what it stands for, normalised
 */
public record DateMention(Span span, DateValue value) {
    public DateMention {
        Objects.requireNonNull(span, "The parameter 'span' must not be null.");
        Objects.requireNonNull(value, "The parameter 'value' must not be null.");
    }
}
