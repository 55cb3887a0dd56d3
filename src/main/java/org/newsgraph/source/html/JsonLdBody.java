package org.newsgraph.source.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;

/** Decides when a page's JSON-LD {@code articleBody} is a better body than the one extracted from its HTML. */
final class JsonLdBody {
    /** A declared body shorter than this many words is not trusted as an article. */
    static final int MIN_WORDS = 50;
    private JsonLdBody() {
    }

    /** The declared body as plain text (some sites put HTML in it). */
    static String text(String declared) {
        String body = declared.contains("<") && declared.contains(">") ? BlockText.text(Jsoup.parse(declared).body())
                : declared;
        return body.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    /**
     * True when the extracted body looks incomplete next to the declared one: nothing was extracted,
     * or the declared body is over half as long again and holds most of the extracted words (so the
     * extractor found part of the same article). On the article-extraction benchmark the declared
     * body is otherwise no better than the extracted one (often truncated, or without paragraphs),
     * so it is only a fallback.
     */
    static boolean preferable(String declared, String extracted) {
        List<String> declaredWords = words(declared);
        List<String> extractedWords = words(extracted);
        if (declaredWords.size() < MIN_WORDS)
            return false;
        if (extractedWords.isEmpty() || extracted.length() < BodyExtractor.MIN_LENGTH
                && declared.length() >= 3 * extracted.length())
            return true;
        if (declaredWords.size() < 1.5 * extractedWords.size())
            return false;
        Set<String> vocabulary = new HashSet<>(declaredWords);
        long shared = extractedWords.stream().filter(vocabulary::contains).count();
        return shared >= 0.7 * extractedWords.size();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            if (!w.isEmpty())
                words.add(w);
        return words;
    }
}
