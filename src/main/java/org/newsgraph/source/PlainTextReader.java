package org.newsgraph.source;

import java.util.Optional;

/**
 * Reads a plain-text article: the text stays exactly as in the input (a title line stays in it, only
 * a UTF-8 byte order mark is dropped), since every offset in the graph counts into it. The first line
 * becomes the headline when it looks like a title. Text that looks like a rendered page is handed to
 * the {@link PageDumpReader} instead.
 */
final class PlainTextReader implements ArticleFormatReader {
    private static final int MAX_TITLE_CHARS = 200;
    private final PageDumpReader dumps;

    PlainTextReader(PageDumpReader dumps) {
        this.dumps = dumps;
    }

    @Override
    public ReadResult read(String source, byte[] bytes, Optional<String> contentType, Optional<String> pageUrl) {
        String text = TextDecoder.decode(source, bytes);
        if (dumps.looksLikeDump(text)) {
            Optional<Article> dump = dumps.read(source, text, pageUrl);
            if (dump.isPresent())
                return ReadResult.of(dump.get());
        }
        Article.Builder article = Article.builder(source, text).format(Article.Format.TEXT);
        titleLine(text).ifPresent(article::headline);
        pageUrl.ifPresent(article::url);
        return ReadResult.of(article.build());
    }

    /** The first non-blank line, when it is short, has no sentence-ending period and text follows it. */
    static Optional<String> titleLine(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        if (end < 0)
            return Optional.empty();
        String first = stripped.substring(0, end).strip();
        if (first.isEmpty() || first.length() > MAX_TITLE_CHARS || first.endsWith(".") && !first.endsWith("..."))
            return Optional.empty();
        long words = first.split("\\s+").length;
        if (words > 30 || !Character.isLetterOrDigit(first.codePointAt(0)) && first.codePointAt(0) != '"'
                && first.codePointAt(0) != '\u201C')
            return Optional.empty();
        return Optional.of(first);
    }
}
