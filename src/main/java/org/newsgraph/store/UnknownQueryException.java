package org.newsgraph.store;

import java.util.List;

import org.newsgraph.error.BadInputException;

/** A query name that is not in {@code queries/}: "Unknown query 'x'; available: a, b, c". */
public final class UnknownQueryException extends BadInputException {
    private static final long serialVersionUID = 1L;
    private final String text;

    UnknownQueryException(String name, List<String> available) {
        super(name, "unknown query");
        this.text = "Unknown query '" + name + "'; available: " + String.join(", ", available);
    }

    @Override
    public String getMessage() {
        return text;
    }
}
