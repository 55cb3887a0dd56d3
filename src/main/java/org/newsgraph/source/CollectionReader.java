package org.newsgraph.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.error.BadInputException;

/**
 * Reads an article collection, one article per row: RFC 4180 CSV with a header row, or JSON Lines
 * (one JSON object per line). Each article's source is {@code FILE#row=N} (N counts articles rows from 1,
 * not the header). Rows without text, or JSON lines that are not objects, are skipped and reported in
 * the {@link ReadResult}; the other rows go through.
 */
final class CollectionReader implements ArticleFormatReader {

    /** The collection syntaxes. */
    enum Syntax {
        CSV, JSON_LINES
    }

    private final Syntax syntax;

    CollectionReader(Syntax syntax) {
        this.syntax = syntax;
    }

    @Override
    public ReadResult read(String source, byte[] bytes, Optional<String> contentType, Optional<String> pageUrl) {
        String text = TextDecoder.decode(source, bytes);
        return syntax == Syntax.CSV ? readCsv(source, text) : readJsonLines(source, text);
    }

    private static ReadResult readCsv(String source, String text) {
        List<CsvParser.Row> rows = CsvParser.parse(source, text);
        List<String> header = rows.get(0).fields();
        CollectionRow probe = new CollectionRow();
        header.forEach(h -> probe.put(h, List.of("x")));
        if (probe.toArticle(source).isEmpty())
            throw new BadInputException(source, "the CSV header " + header + " has no text column; give a header row with a "
                    + CollectionRow.TEXT_FIELDS + " column (and optionally url, title, date, author, publisher, keywords)");
        List<Article> articles = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            CsvParser.Row row = rows.get(r);
            CollectionRow values = new CollectionRow();
            for (int f = 0; f < header.size() && f < row.fields().size(); f++)
                values.put(header.get(f), List.of(row.fields().get(f)));
            String rowSource = source + "#row=" + r;
            String where = "row " + r + " (line " + row.line() + ")";
            values.toArticle(rowSource).ifPresentOrElse(articles::add, () -> problems.add(new ReadProblem(rowSource,
                    where + " has no text; each row needs a " + CollectionRow.TEXT_FIELDS + " field")));
        }
        if (articles.isEmpty() && problems.isEmpty())
            throw new BadInputException(source, "the CSV has a header but no rows; give one article per row");
        return new ReadResult(articles, problems);
    }

    private static ReadResult readJsonLines(String source, String text) {
        List<Article> articles = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        int row = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank())
                continue;
            row++;
            String rowSource = source + "#row=" + row;
            Optional<CollectionRow> values = parseObject(lines[i]);
            if (values.isEmpty()) {
                problems.add(new ReadProblem(rowSource, "line " + (i + 1)
                        + " is not a JSON object; JSON Lines needs one object per line, such as {\"title\": ..., \"text\": ...}"));
                continue;
            }
            String where = "row " + row + " (line " + (i + 1) + ")";
            values.get().toArticle(rowSource).ifPresentOrElse(articles::add, () -> problems.add(new ReadProblem(rowSource,
                    where + " has no text; each row needs a " + CollectionRow.TEXT_FIELDS + " field")));
        }
        return new ReadResult(articles, problems);
    }

    private static Optional<CollectionRow> parseObject(String line) {
        JsonValue value;
        try {
            value = JSON.parseAny(line);
        } catch (JsonException | org.apache.jena.atlas.AtlasException e) {
            return Optional.empty();
        }
        if (!value.isObject())
            return Optional.empty();
        CollectionRow row = new CollectionRow();
        value.getAsObject().forEach((key, v) -> row.put(key, strings(v)));
        return Optional.of(row);
    }

    /** A JSON value as strings: a primitive as itself, an array element by element, an object by its name. */
    private static List<String> strings(JsonValue v) {
        if (v == null || v.isNull())
            return List.of();
        if (v.isString())
            return List.of(v.getAsString().value());
        if (v.isNumber())
            return List.of(v.getAsNumber().value().toString());
        if (v.isBoolean())
            return List.of(String.valueOf(v.getAsBoolean().value()));
        if (v.isArray())
            return v.getAsArray().stream().flatMap(e -> strings(e).stream()).toList();
        if (v.isObject()) {
            for (String key : List.of("name", "@value", "value", "url"))
                if (v.getAsObject().hasKey(key))
                    return strings(v.getAsObject().get(key));
        }
        return List.of();
    }
}
