package org.newsgraph.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One row of an article collection (CSV or JSON Lines) as field name → values, and its mapping to an
 * {@link Article}. Field names are matched without case, spaces, dashes or underscores, and each
 * article field accepts the usual names: url/link, title/headline, date/published/datePublished,
 * text/body/content, author(s), publisher/source, keywords/tags, language, section.
 */
final class CollectionRow {
    static final String TEXT_FIELDS = "text, body, content or articleBody";
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[;|,]\\s*");
    private static final List<String> TEXT = List.of("text", "body", "content", "articlebody", "article", "fulltext",
            "maintext");
    private static final List<String> URL = List.of("url", "link", "permalink", "canonicalurl", "articleurl", "uri",
            "sourceurl");
    private static final List<String> HEADLINE = List.of("headline", "title", "name");
    private static final List<String> PUBLISHED = List.of("datepublished", "published", "publishdate", "publisheddate",
            "publishedat", "pubdate", "date", "datetime", "time");
    private static final List<String> MODIFIED = List.of("datemodified", "modified", "updated", "updatedat");
    private static final List<String> AUTHORS = List.of("authors", "author", "byline", "creator", "creators", "writer");
    private static final List<String> PUBLISHER = List.of("publisher", "source", "sitename", "site", "outlet",
            "publication", "domain");
    private static final List<String> KEYWORDS = List.of("keywords", "tags", "topics", "subjects", "keyword", "tag");
    private static final List<String> LANGUAGE = List.of("language", "lang", "inlanguage", "locale");
    private static final List<String> SECTION = List.of("section", "articlesection", "category", "categories");
    private static final Set<String> SPLIT_LISTS = Set.of("keywords", "tags", "topics", "subjects", "authors",
            "categories", "creators");

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    /** Adds the values of one field (later values of the same normalised name are appended). */
    CollectionRow put(String name, List<String> fieldValues) {
        String key = name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.:]", "");
        values.computeIfAbsent(key, k -> new java.util.ArrayList<>()).addAll(fieldValues.stream()
                .filter(v -> v != null && !v.isBlank()).toList());
        return this;
    }

    /**
     * The article of this row, or empty when it has no text.
     *
     * @param source the row's source, {@code FILE#row=N}
     */
    Optional<Article> toArticle(String source) {
        Optional<String> text = first(TEXT).filter(t -> !t.isBlank());
        if (text.isEmpty())
            return Optional.empty();
        Article.Builder a = Article.builder(source, text.get()).format(Article.Format.COLLECTION_ROW);
        first(URL).ifPresent(a::url);
        first(HEADLINE).map(CollectionRow::oneLine).ifPresent(a::headline);
        first(PUBLISHED).map(String::strip).ifPresent(a::datePublished);
        first(MODIFIED).map(String::strip).ifPresent(a::dateModified);
        first(PUBLISHER).map(CollectionRow::oneLine).ifPresent(a::publisher);
        first(LANGUAGE).map(String::strip).ifPresent(a::language);
        first(SECTION).map(CollectionRow::oneLine).ifPresent(a::section);
        each(AUTHORS, a::author);
        each(KEYWORDS, a::keyword);
        return Optional.of(a.build());
    }

    private Optional<String> first(List<String> names) {
        for (String name : names) {
            List<String> v = values.get(name);
            if (v != null && !v.isEmpty())
                return Optional.of(v.get(0));
        }
        return Optional.empty();
    }

    private void each(List<String> names, Consumer<String> sink) {
        for (String name : names) {
            List<String> v = values.get(name);
            if (v == null || v.isEmpty())
                continue;
            for (String value : v) {
                if (v.size() == 1 && SPLIT_LISTS.contains(name) || v.size() == 1 && name.equals("author")
                        && value.contains(";"))
                    LIST_SEPARATOR.splitAsStream(value).map(CollectionRow::oneLine).forEach(sink);
                else
                    sink.accept(oneLine(value));
            }
            return;
        }
    }

    private static String oneLine(String value) {
        return value.strip().replaceAll("\\s+", " ");
    }
}
