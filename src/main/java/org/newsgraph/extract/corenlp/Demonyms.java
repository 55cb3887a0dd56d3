package org.newsgraph.extract.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.extract.Entity;

/**
 * Nationality words ("Chinese", "French") tied to their country: NER tags them NATIONALITY, which makes no
 * mention (a demonym is not a place, so it is never typed as one); where the article names the country, a role
 * the word qualifies is held in that country ("the French president" → president in France). The table is CoreNLP's own
 * coreference demonym list ({@code dcoref/demonyms.txt}: country, then its adjectives and people nouns).
 */
final class Demonyms {
    private static final String TABLE = "edu/stanford/nlp/models/dcoref/demonyms.txt";
    private static final Map<String, Set<String>> COUNTRIES = load();

    private Demonyms() {
    }

    /** Lower-case country names for a lower-case demonym ("american" → "america", "united states"). */
    static Set<String> countries(String demonym) {
        return COUNTRIES.getOrDefault(demonym.toLowerCase(Locale.ROOT), Set.of());
    }

    /**
     * The Wikipedia page of the people a nationality adjective names: the plural for adjectives in -n ("American" →
     * Americans, "German" → Germans), else "X people" ("French" → French people, "Chinese" → Chinese people).
     */
    static String peoplePage(String adjective) {
        if (adjective.isEmpty() || !Character.isUpperCase(adjective.codePointAt(0)) || !adjective.chars().allMatch(Character::isLetter))
            return null;
        return adjective.endsWith("n") ? adjective + "s" : adjective + " people";
    }

    /** The place entity the article names as the country of a nationality word ("French" → France), if exactly one. */
    static Optional<String> countryOf(String word, EntityClusters clusters) {
        Set<String> names = countries(word);
        if (names.isEmpty())
            return Optional.empty();
        List<String> hits = clusters.entities().stream()
                .filter(e -> e.type().isPlace() && names.contains(e.name().toLowerCase(Locale.ROOT)))
                .map(Entity::id).toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> map = new HashMap<>();
        InputStream in = Demonyms.class.getClassLoader().getResourceAsStream(TABLE);
        if (in == null)
            return map; // without CoreNLP's models no NER runs either
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] cells = line.split("\t");
                if (cells.length < 2 || line.startsWith("#"))
                    continue;
                String country = cells[0].strip().toLowerCase(Locale.ROOT);
                for (int i = 1; i < cells.length; i++)
                    if (!cells[i].isBlank())
                        map.computeIfAbsent(cells[i].strip().toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(country);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read CoreNLP's demonym table " + TABLE, e);
        }
        return map;
    }
}
