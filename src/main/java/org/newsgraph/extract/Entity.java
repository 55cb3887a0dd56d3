package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity as one article sees it: the cluster of its mentions, typed and named.
 *
 * @param id             local to the extraction ("e1", "e2", ...)
 * @param type           person, organisation or a kind of place
 * @param name           the best name in the article ("Liang Hua", not "he")
 * @param wikipediaTitle the Wikipedia page title the entity linker chose ("Huawei"), where it did
 * @param aliases        other names used for it in the article, possibly empty
 */
public record Entity(String id, EntityType type, String name, Optional<String> wikipediaTitle, List<String> aliases) {
    public Entity {
        Objects.requireNonNull(id, "The parameter 'id' must not be null.");
        Objects.requireNonNull(type, "The parameter 'type' must not be null.");
        Objects.requireNonNull(name, "The parameter 'name' must not be null.");
        if (name.isBlank())
            throw new IllegalArgumentException("entity " + id + " needs a non-blank name");
        wikipediaTitle = Objects.requireNonNull(wikipediaTitle, "The parameter 'wikipediaTitle' must not be null.").filter(s -> !s.isBlank());
        aliases = List.copyOf(aliases);
    }
}
