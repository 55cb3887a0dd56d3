package org.newsgraph.source.html;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Recognises the headline repeated at the top of a body, so the body starts with the article's text. */
final class Headlines {
    private Headlines() {
    }

    /** The paragraphs without a leading copy of the headline. */
    static List<String> dropLeading(List<String> paragraphs, Optional<String> headline) {
        if (headline.isEmpty() || paragraphs.isEmpty())
            return paragraphs;
        String wanted = normalise(headline.get());
        int limit = Math.min(3, paragraphs.size());
        for (int i = 0; i < limit; i++) {
            if (!wanted.isEmpty() && normalise(paragraphs.get(i)).equals(wanted))
                return paragraphs.subList(i + 1, paragraphs.size());
        }
        return paragraphs;
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
