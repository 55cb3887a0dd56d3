package org.newsgraph.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read: its text (every offset in the graph counts into it, in code points) and
 * the metadata found beside it. Built with {@link #builder(String, String)}.
 *
 * @param source        the path, URL or "-" as given to the reader; for a row of a collection file,
 *                      the file followed by {@code #row=N} (1-based)
 * @param text          the article body; offsets count into this string in Unicode code points
 * @param format        what kind of input it came from
 * @param headline      the headline, where known
 * @param url           the canonical URL, where known
 * @param datePublished ISO-8601 date ({@code 2020-02-27}) or date-time with offset, where known
 * @param dateModified  ISO-8601 date or date-time, where known
 * @param publisher     the publisher's name, where known
 * @param authors       author names, in order, possibly empty
 * @param language      BCP 47 language tag, where known
 * @param section       the site section, where known
 * @param keywords      tags and keywords, possibly empty
 */
public record Article(String source, String text, Format format, Optional<String> headline, Optional<String> url,
        Optional<String> datePublished, Optional<String> dateModified, Optional<String> publisher, List<String> authors,
        Optional<String> language, Optional<String> section, List<String> keywords) {

    /** The kinds of input an article can come from. */
    public enum Format {
        HTML, TEXT, PAGE_DUMP, COLLECTION_ROW
    }

    public Article {
        Objects.requireNonNull(source, "The parameter 'source' must not be null.");
        Objects.requireNonNull(text, "The parameter 'text' must not be null.");
        Objects.requireNonNull(format, "The parameter 'format' must not be null.");
        headline = blankToEmpty(headline);
        url = blankToEmpty(url);
        datePublished = blankToEmpty(datePublished);
        dateModified = blankToEmpty(dateModified);
        publisher = blankToEmpty(publisher);
        language = blankToEmpty(language);
        section = blankToEmpty(section);
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return Objects.requireNonNull(value).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** SHA-256 of the text and the metadata that the graph records: equal articles give equal hashes. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : List.of(source, text, format, headline, url, datePublished, dateModified, publisher, authors,
                    language, section, keywords)) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The number of code points in the text. */
    public int length() {
        return text.codePointCount(0, text.length());
    }

    public static Builder builder(String source, String text) {
        return new Builder(source, text);
    }

    /** Collects an article's parts; {@link #build()} checks them. */
    public static final class Builder {
        private String source;
        private String text;
        private Format format = Format.TEXT;
        private String headline;
        private String url;
        private String datePublished;
        private String dateModified;
        private String publisher;
        private final List<String> authors = new ArrayList<>();
        private String language;
        private String section;
        private final List<String> keywords = new ArrayList<>();

        private Builder(String source, String text) {
            this.source = source;
            this.text = text;
        }

        public Builder source(String value) { this.source = value; return this; }
        public Builder text(String value) { this.text = value; return this; }
        public Builder format(Format value) { this.format = value; return this; }
        public Builder headline(String value) { this.headline = value; return this; }
        public Builder url(String value) { this.url = value; return this; }
        public Builder datePublished(String value) { this.datePublished = value; return this; }
        public Builder dateModified(String value) { this.dateModified = value; return this; }
        public Builder publisher(String value) { this.publisher = value; return this; }
        public Builder language(String value) { this.language = value; return this; }
        public Builder section(String value) { this.section = value; return this; }

        public Builder author(String value) {
            if (value != null && !value.isBlank() && !authors.contains(value.strip()))
                authors.add(value.strip());
            return this;
        }

        public Builder keyword(String value) {
            if (value != null && !value.isBlank() && !keywords.contains(value.strip()))
                keywords.add(value.strip());
            return this;
        }

        public Article build() {
            return new Article(source, text, format, Optional.ofNullable(headline), Optional.ofNullable(url),
                    Optional.ofNullable(datePublished), Optional.ofNullable(dateModified), Optional.ofNullable(publisher),
                    authors, Optional.ofNullable(language), Optional.ofNullable(section), keywords);
        }
    }
}
