package org.newsgraph.resolve;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The global identity of each entity of one extraction: local entity id → key; and the entities the article
 * never names ("he" with no named antecedent), which are the article's own and meet no entity of another article.
 */
public record Resolution(Map<String, EntityKey> keys, Set<String> unnamed) {
    public Resolution {
        keys = Map.copyOf(keys);
        unnamed = Set.copyOf(unnamed);
    }

    /** A resolution in which every entity is named. */
    public Resolution(Map<String, EntityKey> keys) {
        this(keys, Set.of());
    }

    public Optional<EntityKey> keyOf(String entityId) {
        return Optional.ofNullable(keys.get(entityId));
    }

    /** Whether the article never names the entity, so that it is local to the article. */
    public boolean isUnnamed(String entityId) {
        return unnamed.contains(entityId);
    }
}
