package org.newsgraph.error;

/**
 * The one exception family of the newsgraph library. Its message is a single sentence that says what
 * failed, on which input, and what is allowed; the CLI prints it as one line on stderr.
 */
public class NewsGraphException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NewsGraphException(String message) {
        super(message);
    }

    public NewsGraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
