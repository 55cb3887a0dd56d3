package org.newsgraph.resolve;

import java.util.Objects;
import java.util.Optional;

import org.newsgraph.extract.EntityType;

/**
 * What makes an entity the same across articles: its type and either its Wikipedia link or its
 * normalised name. The graph stage mints one IRI per family and link or name, so keys that differ
 * only in the finer kind of place ({@code COUNTRY} and {@code LOCATION} France) get one IRI.
 *
 * @param type           the entity type
 * @param name           the normalised name ("Liang Hua", "United States")
 * @param wikipediaTitle the Wikipedia page title, where linked
 */
public record EntityKey(EntityType type, String name, Optional<String> wikipediaTitle) {
    public EntityKey {
        Objects.requireNonNull(type, "The parameter 'type' must not be null.");
        Objects.requireNonNull(name, "The parameter 'name' must not be null.");
        wikipediaTitle = Objects.requireNonNull(wikipediaTitle).filter(s -> !s.isBlank());
    }

    /** The family identity is keyed in: all kinds of place are one family. */
    public EntityFamily family() {
        return EntityFamily.of(type);
    }
}
