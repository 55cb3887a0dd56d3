package org.newsgraph.resolve;

import java.util.Map;
import java.util.Optional;

/** The global identity of each entity of one extraction: local entity id → key. */
public record Resolution(Map<String, EntityKey> keys) {
    public Resolution {
        keys = Map.copyOf(keys);
    }

    public Optional<EntityKey> keyOf(String entityId) {
        return Optional.ofNullable(keys.get(entityId));
    }
}
