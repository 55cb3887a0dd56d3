package org.newsgraph.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * A relation between an entity and another entity or a value, from CoreNLP's KBP annotator or our rules.
 *
 * @param subjectId   the subject entity's id
 * @param predicate   the KBP relation name ("per:title", "org:city_of_headquarters", ...)
 * @param objectId    the object entity's id, where the object is an entity
 * @param objectValue the object as text, where it is a value ("chairman"); also set for entity objects
 * @param confidence  0..1
 * @param evidence    where the text states it, in code points: from the first token of its subject or object,
 *                    whichever stands first, to the last token of either
 * @param sentence    the 0-based index of the supporting sentence
 */
public record Relation(String subjectId, String predicate, Optional<String> objectId, String objectValue,
        double confidence, Span evidence, int sentence) {
    public Relation {
        Objects.requireNonNull(subjectId, "The parameter 'subjectId' must not be null.");
        Objects.requireNonNull(predicate, "The parameter 'predicate' must not be null.");
        objectId = Objects.requireNonNull(objectId, "The parameter 'objectId' must not be null.");
        Objects.requireNonNull(objectValue, "The parameter 'objectValue' must not be null.");
        if (!(confidence >= 0 && confidence <= 1))
            throw new IllegalArgumentException("relation confidence must be in 0..1, got " + confidence);
        Objects.requireNonNull(evidence, "The parameter 'evidence' must not be null.");
        if (sentence < 0)
            throw new IllegalArgumentException("relation sentence must be >= 0, got " + sentence);
    }
}
