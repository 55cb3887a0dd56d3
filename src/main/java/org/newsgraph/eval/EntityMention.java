package org.newsgraph.eval;

import java.util.Objects;

/**
 * One entity mention, gold or predicted, as {@code score_entities.py} reads it: a document, code point
 * offsets, a type ({@code Person}, {@code Place}, {@code Organization}, {@code Role}, or empty) and an
 * external link such as a DBpedia resource IRI (empty when there is none).
 */
public record EntityMention(String doc, int begin, int end, String type, String link) {
    public EntityMention {
        Objects.requireNonNull(doc, "The parameter 'doc' must not be null.");
        Objects.requireNonNull(type, "The parameter 'type' must not be null.");
        Objects.requireNonNull(link, "The parameter 'link' must not be null.");
        if (begin < 0 || end < begin)
            throw new IllegalArgumentException("mention needs 0 <= begin <= end, got [" + begin + "," + end + ")");
        if (doc.contains("\t") || type.contains("\t") || link.contains("\t"))
            throw new IllegalArgumentException("mention fields must not contain tabs");
    }
}
