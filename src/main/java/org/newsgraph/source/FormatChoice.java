package org.newsgraph.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the reader for an input: by file name ({@code .html}, {@code .csv}, {@code .jsonl}, {@code .txt}
 * ...), by HTTP content type, or by the first bytes (markup is HTML, an opening brace is JSON Lines,
 * anything else text).
 */
final class FormatChoice {
    private final ArticleFormatReader html;
    private final ArticleFormatReader text;
    private final ArticleFormatReader csv = new CollectionReader(CollectionReader.Syntax.CSV);
    private final ArticleFormatReader jsonLines = new CollectionReader(CollectionReader.Syntax.JSON_LINES);

    FormatChoice(ArticleFormatReader html, ArticleFormatReader text) {
        this.html = html;
        this.text = text;
    }

    /** Whether the reader reads collections, which have the larger size limit. */
    boolean isCollection(ArticleFormatReader reader) {
        return reader == csv || reader == jsonLines;
    }

    /** The reader for a lower-case file name or URL path, when its ending tells. */
    Optional<ArticleFormatReader> byName(String lowerName) {
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm") || lowerName.endsWith(".xhtml"))
            return Optional.of(html);
        if (lowerName.endsWith(".csv"))
            return Optional.of(csv);
        if (lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson"))
            return Optional.of(jsonLines);
        if (lowerName.endsWith(".txt") || lowerName.endsWith(".text"))
            return Optional.of(text);
        return Optional.empty();
    }

    /** The reader for an HTTP Content-Type, when it tells. */
    Optional<ArticleFormatReader> byType(Optional<String> contentType) {
        String type = contentType.map(t -> t.toLowerCase(Locale.ROOT).replaceFirst(";.*$", "").strip()).orElse("");
        return switch (type) {
            case "text/html", "application/xhtml+xml" -> Optional.of(html);
            case "text/csv" -> Optional.of(csv);
            case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines" ->
                    Optional.of(jsonLines);
            case "text/plain" -> Optional.of(text);
            default -> Optional.empty();
        };
    }

    /** HTML when the bytes start like markup, JSON Lines when they start with an object, else text. */
    ArticleFormatReader byContent(String source, byte[] bytes) {
        TextDecoder.checkNotEmptyOrBinary(source, bytes);
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .replaceFirst("^\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html") || head.startsWith("<") && (head.contains("<head") || head.contains("<body")))
            return html;
        if (head.startsWith("{"))
            return jsonLines;
        return text;
    }
}
