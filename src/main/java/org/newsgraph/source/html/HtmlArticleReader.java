package org.newsgraph.source.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsgraph.error.BadInputException;
import org.newsgraph.source.Article;

/**
 * Reads a news article from an HTML page: the clean body (paragraphs separated by a blank line,
 * without navigation, ads, share bars, related links, comments, footers or captions) and the metadata
 * the page declares in JSON-LD, OpenGraph and meta tags. Built with {@link #builder()} (settings: whether a
 * JSON-LD {@code articleBody} may replace the extracted body, the fewest words of an article), or
 * {@link #standard()} for the defaults; immutable and thread-safe.
 *
 * <pre>{@code
 * Article a = HtmlArticleReader.standard().read("page.html", html, Optional.of("https://example.org/a"));
 * HtmlArticleReader strict = HtmlArticleReader.builder().jsonLdBody(false).minWords(50).build();
 * }</pre>
 */
public final class HtmlArticleReader {
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([-\\w.:]+)");

    private final boolean jsonLdBody;
    private final int minWords;

    private HtmlArticleReader(Builder builder) {
        this.jsonLdBody = builder.jsonLdBody;
        this.minWords = builder.minWords;
    }

    /** A reader with the default settings. */
    public static HtmlArticleReader standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads an article from raw bytes. The charset comes from a byte order mark, else the
     * {@code Content-Type} header, else the page's {@code <meta charset>}, else UTF-8.
     *
     * @param source            the path or URL as the user gave it
     * @param bytes             the page
     * @param contentTypeHeader the HTTP {@code Content-Type}, where known
     * @param pageUrl           the page's URL, used to resolve relative links, where known
     * @throws BadInputException when the page holds no article text
     */
    public Article read(String source, byte[] bytes, Optional<String> contentTypeHeader, Optional<String> pageUrl) {
        Objects.requireNonNull(source, "The parameter 'source' must not be null.");
        Objects.requireNonNull(bytes, "The parameter 'bytes' must not be null.");
        if (looksBinary(bytes))
            throw new BadInputException(source, "binary content, not an HTML page; newsgraph reads HTML pages");
        String charset = contentTypeHeader.flatMap(HtmlArticleReader::charset).orElse(null);
        try {
            Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), charset, pageUrl.orElse(""));
            return read(source, doc, pageUrl);
        } catch (IOException e) {
            throw new BadInputException(source, "cannot be parsed as an HTML page (" + e.getMessage()
                    + "); newsgraph reads HTML pages in a charset the JVM supports", e);
        }
    }

    /**
     * Reads an article from a fetched page: the requested URL is the source, the URL after redirects
     * resolves relative links.
     *
     * @throws BadInputException when the page holds no article text
     */
    public Article read(FetchedPage page) {
        Objects.requireNonNull(page, "The parameter 'page' must not be null.");
        return read(page.requestedUrl(), page.body(), page.contentType(), Optional.of(page.finalUrl()));
    }

    /**
     * Reads an article from a page already decoded to text.
     *
     * @throws BadInputException when the page holds no article text
     */
    public Article read(String source, String html, Optional<String> pageUrl) {
        Objects.requireNonNull(source, "The parameter 'source' must not be null.");
        Objects.requireNonNull(html, "The parameter 'html' must not be null.");
        return read(source, Jsoup.parse(html, pageUrl.orElse("")), pageUrl);
    }

    private Article read(String source, Document doc, Optional<String> pageUrl) {
        PageMetadata metadata = new PageMetadata(doc);
        String text = body(doc, metadata);
        if (text.chars().filter(c -> c == '\uFFFD').count() > text.length() / 20)
            throw new BadInputException(source, "the page does not decode as text in its charset; newsgraph reads HTML"
                    + " pages in a declared or UTF-8 encoding");
        if (text.split("\\s+").length < minWords)
            throw new BadInputException(source, "no article text found in this HTML page; newsgraph needs a page with"
                    + " an article body of at least " + minWords + " words");
        Article.Builder builder = Article.builder(source, text).format(Article.Format.HTML);
        metadata.fill(builder, pageUrl);
        return builder.build();
    }

    /** The article body as text: the extracted paragraphs, or the JSON-LD body where that is the fuller one. */
    String body(Document doc, PageMetadata metadata) {
        List<String> paragraphs = BodyExtractor.paragraphs(doc, metadata.titles(), metadata.authors());
        String extracted = String.join("\n\n", paragraphs);
        if (jsonLdBody) {
            Optional<String> declared = metadata.articleBody().map(JsonLdBody::text);
            if (declared.isPresent() && JsonLdBody.preferable(declared.get(), extracted))
                return declared.get();
        }
        return extracted;
    }

    /** NUL bytes in the first 8 KB of a page that is not UTF-16 or UTF-32 mark a binary file. */
    private static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))
            return false;
        if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == (byte) 0xFE && bytes[3] == (byte) 0xFF)
            return false;
        for (int i = 0; i < Math.min(bytes.length, 8192); i++)
            if (bytes[i] == 0)
                return true;
        return false;
    }

    private static Optional<String> charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find())
            return Optional.empty();
        try {
            return Charset.isSupported(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Settings of a reader; {@link #build()} returns an immutable, thread-safe reader. */
    public static final class Builder {
        private boolean jsonLdBody = true;
        private int minWords = 20;

        private Builder() {
        }

        /** Whether a page's JSON-LD {@code articleBody} may replace the extracted body when it is fuller. */
        public Builder jsonLdBody(boolean value) {
            this.jsonLdBody = value;
            return this;
        }

        /** Pages whose body has fewer words are refused as having no article; default 20. */
        public Builder minWords(int value) {
            if (value < 1)
                throw new IllegalArgumentException("minWords must be >= 1, got " + value);
            this.minWords = value;
            return this;
        }

        public HtmlArticleReader build() {
            return new HtmlArticleReader(this);
        }
    }
}
