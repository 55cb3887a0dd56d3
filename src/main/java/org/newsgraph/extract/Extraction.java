package org.newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything extracted from one article, in our own types. Entity ids referenced by mentions, roles,
 * relations and claims must belong to {@link #entities()}.
 */
public record Extraction(List<Sentence> sentences, List<Entity> entities, List<Mention> mentions, List<Role> roles,
        List<Relation> relations, List<Claim> claims, int tokens) {
    public Extraction {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
        relations = List.copyOf(relations);
        claims = List.copyOf(claims);
        Set<String> ids = new HashSet<>();
        for (Entity e : entities)
            if (!ids.add(e.id()))
                throw new IllegalArgumentException("duplicate entity id " + e.id());
        for (Mention m : mentions)
            requireKnown(ids, m.entityId(), "mention " + m.span());
        for (Role r : roles) {
            r.holderId().ifPresent(id -> requireKnown(ids, id, "role " + r.span()));
            r.organizationId().ifPresent(id -> requireKnown(ids, id, "role " + r.span()));
        }
        for (Relation r : relations) {
            requireKnown(ids, r.subjectId(), "relation " + r.predicate());
            r.objectId().ifPresent(id -> requireKnown(ids, id, "relation " + r.predicate()));
        }
        for (Claim c : claims) {
            c.speakerEntityId().ifPresent(id -> requireKnown(ids, id, "claim speaker"));
            c.aboutIds().forEach(id -> requireKnown(ids, id, "claim about"));
        }
        if (tokens < 0)
            throw new IllegalArgumentException("tokens must be >= 0, got " + tokens);
    }

    private static void requireKnown(Set<String> ids, String id, String where) {
        if (!ids.contains(id))
            throw new IllegalArgumentException(where + " refers to unknown entity " + id);
    }

    public static Extraction empty() {
        return new Extraction(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0);
    }
}
