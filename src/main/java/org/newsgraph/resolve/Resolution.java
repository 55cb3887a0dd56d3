package org.newsgraph.resolve;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The global identity of each entity of one extraction: local entity id → key; the entities the article never
 * names ("he" with no named antecedent), which are the article's own and meet no entity of another article; and
 * the pages of persons known only by a surname ("Kroto" → Harry Kroto), which are their links but not their
 * identity: the key stays the surname, so a namesake in another article is not joined to the page's person; and the
 * persons the article names by one word alone, which stay the article's own.
 */
public record Resolution(Map<String, EntityKey> keys, Set<String> unnamed, Map<String, String> surnameLinks,
        Set<String> surnameOnly) {
    public Resolution {
        keys = Map.copyOf(keys);
        unnamed = Set.copyOf(unnamed);
        surnameLinks = Map.copyOf(surnameLinks);
        surnameOnly = Set.copyOf(surnameOnly);
    }

    /** The Wikipedia page of a person the article names by surname alone, where the linker found a person's page for it. */
    public Optional<String> surnameLink(String entityId) {
        return Optional.ofNullable(surnameLinks.get(entityId));
    }

    public Optional<EntityKey> keyOf(String entityId) {
        return Optional.ofNullable(keys.get(entityId));
    }

    /**
     * Whether the article names the person by one word alone ("Smith", "Mr Liang") and no page makes the word a
     * name of a known people: such a person is the article's own, since the same word in another article may well
     * be another person, and two people who share a surname must never be merged.
     */
    public boolean isSurnameOnly(String entityId) {
        return surnameOnly.contains(entityId);
    }

    /** Whether the article never names the entity, so that it is local to the article. */
    public boolean isUnnamed(String entityId) {
        return unnamed.contains(entityId);
    }
}
