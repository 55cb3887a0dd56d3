package org.newsgraph.extract.corenlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.extract.CodePoints;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Mention;

/**
 * The entities of one article with their mentions, and the token index the later steps (relations, roles,
 * claims) resolve tokens with.
 */
final class EntityClusters {
    private final List<Entity> entities;
    private final List<Mention> mentions;
    private final Map<String, EntityType> types;
    private final TokenEntityIndex index;
    private final List<EntityClusterer.Group> groups;
    private final String text;
    private final int[] sentenceLengths;

    private EntityClusters(List<Entity> entities, List<Mention> mentions, Map<String, EntityType> types,
            TokenEntityIndex index, List<EntityClusterer.Group> groups, String text, int[] sentenceLengths) {
        this.entities = entities;
        this.mentions = mentions;
        this.types = types;
        this.index = index;
        this.groups = groups;
        this.text = text;
        this.sentenceLengths = sentenceLengths;
    }

    /** The group behind entity {@code id} ("e3" is the third), to add mentions to before {@link #rebuilt()}. */
    EntityClusterer.Group group(String id) {
        return groups.get(Integer.parseInt(id.substring(1)) - 1);
    }

    /** The clusters again after mentions were added to groups; ids stay, as names (which order them) do not change. */
    EntityClusters rebuilt() {
        return of(groups, text, sentenceLengths);
    }

    List<Entity> entities() {
        return entities;
    }

    List<Mention> mentions() {
        return mentions;
    }

    TokenEntityIndex index() {
        return index;
    }

    Optional<EntityType> typeOf(String entityId) {
        return Optional.ofNullable(types.get(entityId));
    }

    /** Numbers the groups e1, e2, ... in order of their first mention and turns them into records. */
    static EntityClusters of(List<EntityClusterer.Group> groups, String text, int[] sentenceLengths) {
        CodePoints codePoints = new CodePoints(text);
        List<EntityClusterer.Group> ordered = new ArrayList<>(groups.stream()
                .filter(g -> !g.names.isEmpty() || (g.unnamedType != null && !g.others.isEmpty())).toList());
        ordered.sort(Comparator.comparing(g -> firstOf(g), MentionDraft::compareInText));
        List<Entity> entities = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        Map<String, EntityType> types = new HashMap<>();
        Map<MentionDraft, String> drafts = new IdentityHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            EntityClusterer.Group g = ordered.get(i);
            String id = "e" + (i + 1);
            Entity entity = entityOf(id, g, text);
            entities.add(entity);
            types.put(id, entity.type());
            Set<String> seen = new LinkedHashSet<>();
            List<MentionDraft> all = new ArrayList<>(g.names);
            all.addAll(g.others);
            for (MentionDraft d : all) {
                if (!seen.add(d.sentence() + ":" + d.tokenBegin() + ":" + d.tokenEnd()))
                    continue;
                drafts.put(d, id);
                mentions.add(new Mention(codePoints.span(d.charBegin(), d.charEnd()), text.substring(d.charBegin(), d.charEnd()),
                        d.sentence(), d.kind(), id));
            }
        }
        mentions.sort(Comparator.comparing(Mention::span));
        return new EntityClusters(List.copyOf(entities), List.copyOf(mentions), Collections.unmodifiableMap(types),
                new TokenEntityIndex(sentenceLengths, drafts), List.copyOf(ordered), text, sentenceLengths);
    }

    private static MentionDraft firstOf(EntityClusterer.Group g) {
        return Collections.min(g.names.isEmpty() ? g.others : g.names, MentionDraft::compareInText);
    }

    /** Type from the longest names; name = the longest name, then the most frequent, then the first. */
    private static Entity entityOf(String id, EntityClusterer.Group g, String text) {
        if (g.names.isEmpty()) {
            // an unnamed entity goes by its first nominal ("the novelist"), else its first pronoun ("he")
            MentionDraft by = g.others.stream().filter(d -> d.kind() == org.newsgraph.extract.MentionKind.NOMINAL)
                    .min(MentionDraft::compareInText).orElse(firstOf(g));
            return new Entity(id, g.type(), text.substring(by.charBegin(), by.charEnd()).strip(), Optional.empty(), List.of());
        }
        Map<String, Integer> nameVotes = new LinkedHashMap<>();
        Map<String, Integer> nameWords = new HashMap<>();
        Map<String, Integer> wikiVotes = new LinkedHashMap<>();
        List<MentionDraft> names = new ArrayList<>(g.names);
        names.sort(MentionDraft::compareInText);
        for (MentionDraft n : names) {
            String name = text.substring(n.charBegin(), n.charEnd()).strip().replaceAll("\\s+", " ");
            nameVotes.merge(name, 1, Integer::sum);
            nameWords.put(name, n.tokenLength());
        }
        for (MentionDraft n : names) {
            // links of partial names ("Kessler" → a TV series) are not trusted when the full name has one or is longer
            String name = text.substring(n.charBegin(), n.charEnd()).strip().replaceAll("\\s+", " ");
            if (n.wikipedia() != null && nameWords.get(name) >= Math.min(2, nameWords.values().stream().max(Integer::compare).orElse(1)))
                wikiVotes.merge(n.wikipedia(), 1, Integer::sum);
        }
        EntityType type = g.type();
        String best = null;
        for (String name : nameVotes.keySet())
            if (best == null || nameWords.get(name) > nameWords.get(best)
                    || (nameWords.get(name).equals(nameWords.get(best)) && nameVotes.get(name) > nameVotes.get(best)))
                best = name;
        List<String> aliases = new ArrayList<>(nameVotes.keySet());
        aliases.remove(best);
        Optional<String> wiki = wikiVotes.isEmpty() ? Optional.empty() : Optional.of(argmax(wikiVotes));
        return new Entity(id, type, best, wiki, aliases);
    }

    private static <K> K argmax(Map<K, Integer> votes) {
        K best = null;
        for (Map.Entry<K, Integer> e : votes.entrySet())
            if (best == null || e.getValue() > votes.get(best))
                best = e.getKey();
        return best;
    }
}
