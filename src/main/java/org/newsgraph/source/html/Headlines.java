package org.newsgraph.source.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises page furniture that repeats the page's own metadata inside the body: the headline at
 * the top, and lines that are only an author's name.
 */
final class Headlines {
    private Headlines() {
    }

    /**
     * The paragraphs without a leading copy of one of the titles (within the first three paragraphs)
     * and without paragraphs that are only an author's name.
     */
    static List<String> strip(List<String> paragraphs, List<String> titles, List<String> authors) {
        Set<String> wantedTitles = normaliseAll(titles);
        Set<String> names = normaliseAll(authors);
        List<String> kept = new ArrayList<>(paragraphs);
        for (int i = 0; i < Math.min(3, kept.size()); i++) {
            if (wantedTitles.contains(normalise(kept.get(i)))) {
                kept = new ArrayList<>(kept.subList(i + 1, kept.size()));
                break;
            }
        }
        kept.removeIf(p -> p.length() < 80 && names.contains(normalise(p)));
        return kept;
    }

    private static Set<String> normaliseAll(List<String> values) {
        Set<String> normalised = new HashSet<>();
        for (String v : values) {
            String n = normalise(v);
            if (!n.isEmpty())
                normalised.add(n);
        }
        return normalised;
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
