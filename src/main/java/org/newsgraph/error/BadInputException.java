package org.newsgraph.error;

import java.util.Objects;

/** An input (a file, URL, query name, SPARQL text, store directory) that newsgraph refuses. */
public class BadInputException extends NewsGraphException {
    private static final long serialVersionUID = 1L;
    private final String input;

    /**
     * @param input   the input as the user gave it (path, URL, query name)
     * @param message what is wrong and what is allowed, without the input name (it is prefixed)
     */
    public BadInputException(String input, String message) {
        super(Objects.requireNonNull(input, "The parameter 'input' must not be null.") + ": " + message);
        this.input = input;
    }

    public BadInputException(String input, String message, Throwable cause) {
        super(Objects.requireNonNull(input, "The parameter 'input' must not be null.") + ": " + message, cause);
        this.input = input;
    }

    /** The input as the user gave it. */
    public String input() {
        return input;
    }
}
