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
import java.util.Set;

import org.newsgraph.extract.MentionKind;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * Nationality words ("Chinese", "French") tied to their country: NER tags them NATIONALITY, which makes no
 * name mention (a demonym is not a place); where the article names the country, the word joins that country
 * as a nominal mention, so "the Chinese company" and "China" meet in one entity. The table is CoreNLP's own
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

    /** Adds each NATIONALITY word to the one place group named as its country. */
    static void attach(CoreDocument document, List<EntityClusterer.Group> groups, String text) {
        for (int s = 0; s < document.sentences().size(); s++) {
            List<CoreLabel> tokens = document.sentences().get(s).tokens();
            for (int t = 0; t < tokens.size(); t++) {
                CoreLabel token = tokens.get(t);
                if (!"NATIONALITY".equals(token.ner()))
                    continue;
                Set<String> names = countries(token.word());
                EntityClusterer.Group country = null;
                int found = 0;
                for (EntityClusterer.Group g : groups) {
                    if (g.mergedInto != null || g.names.isEmpty() || !g.type().isPlace())
                        continue;
                    if (names.contains(EntityClusterer.normalise(g.names.get(0), text))) {
                        country = g;
                        found++;
                    }
                }
                if (found == 1)
                    country.others.add(new MentionDraft(s, t, t + 1, token.beginPosition(), token.endPosition(),
                            MentionKind.NOMINAL, null, null));
            }
        }
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
