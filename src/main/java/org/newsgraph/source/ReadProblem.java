package org.newsgraph.source;

import java.util.Objects;

/**
 * One part of an input that could not be read while the rest could, such as a collection row without
 * text. The CLI prints one line per problem.
 *
 * @param input   the input as given, with {@code #row=N} for a row of a collection
 * @param message what is wrong and what is allowed, one sentence, without the input name
 */
public record ReadProblem(String input, String message) {
    public ReadProblem {
        Objects.requireNonNull(input, "The parameter 'input' must not be null.");
        Objects.requireNonNull(message, "The parameter 'message' must not be null.");
    }

    /** The problem as one line: the input, a colon, the message. */
    @Override
    public String toString() {
        return input + ": " + message;
    }
}
