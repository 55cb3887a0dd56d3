package org.newsgraph.store;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a store holds.
 *
 * @param articles        article graphs
 * @param entitiesByType  distinct mentioned entities per type local name (Person, Organization, Place, Country, ...);
 *                        a country counts as Place and as Country
 * @param mentions        entity and role mentions, counted per article
 * @param claims          claims
 * @param relations       relations
 * @param roles           organisation roles
 * @param quads           all quads in the store
 */
public record Stats(long articles, Map<String, Long> entitiesByType, long mentions, long claims, long relations,
        long roles, long quads) {
    public Stats {
        entitiesByType = Map.copyOf(Objects.requireNonNull(entitiesByType, "The parameter 'entitiesByType' must not be null."));
        entitiesByType.forEach((type, count) -> requireCount("the count of " + type, count));
        requireCount("articles", articles);
        requireCount("mentions", mentions);
        requireCount("claims", claims);
        requireCount("relations", relations);
        requireCount("roles", roles);
        requireCount("quads", quads);
    }

    private static void requireCount(String name, long value) {
        if (value < 0)
            throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }

    /** The entity counts sorted by type name. */
    public Map<String, Long> entitiesByTypeSorted() {
        return new TreeMap<>(entitiesByType);
    }
}
