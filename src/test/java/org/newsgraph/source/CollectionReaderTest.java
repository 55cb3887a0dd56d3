package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsgraph.error.BadInputException;

/** CSV and JSON Lines collections: one article per row, bad rows reported while good rows go through. */
class CollectionReaderTest {
    private final CollectionReader csv = new CollectionReader(CollectionReader.Syntax.CSV);
    private final CollectionReader jsonLines = new CollectionReader(CollectionReader.Syntax.JSON_LINES);

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = CollectionReaderTest.class.getResourceAsStream("/source/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void csvRowsBecomeArticlesWithTheirMetadata() throws IOException {
        ReadResult result = csv.read("c.csv", fixture("collection.csv"), Optional.empty(), Optional.empty());
        assertEquals(2, result.articles().size());
        Article a = result.articles().get(0);
        assertEquals("c.csv#row=1", a.source());
        assertEquals(Article.Format.COLLECTION_ROW, a.format());
        assertEquals("The port closed on Monday.\r\n\r\nShips waited outside, the harbour master said: \"We had no choice.\"",
                a.text());
        assertEquals(Optional.of("Storm closes port"), a.headline());
        assertEquals(Optional.of("https://news.example/a"), a.url());
        assertEquals(Optional.of("2021-01-05"), a.datePublished());
        assertEquals(Optional.of("News Example"), a.publisher());
        assertEquals(List.of("Ana Lima", "Ben Cho"), a.authors());
        assertEquals(List.of("weather", "ports"), a.keywords());
        Article c = result.articles().get(1);
        assertEquals("c.csv#row=3", c.source());
        assertEquals(Optional.of("Second story, with comma"), c.headline());
    }

    @Test
    void csvRowWithoutTextIsReportedAndSkipped() throws IOException {
        ReadResult result = csv.read("c.csv", fixture("collection.csv"), Optional.empty(), Optional.empty());
        assertEquals(1, result.problems().size());
        ReadProblem p = result.problems().get(0);
        assertEquals("c.csv#row=2", p.input());
        assertEquals("row 2 (line 5) has no text; each row needs a text, body, content or articleBody field", p.message());
    }

    @Test
    void csvParserFollowsRfc4180() {
        List<CsvParser.Row> rows = CsvParser.parse("t.csv", "a,b,c\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n,,\n\nlast");
        assertEquals(List.of("a", "b", "c"), rows.get(0).fields());
        assertEquals(List.of("x,1", "say \"hi\"", "two\nlines"), rows.get(1).fields());
        assertEquals(List.of("", "", ""), rows.get(2).fields());
        assertEquals(List.of("last"), rows.get(3).fields());
        assertEquals(4, rows.get(2).line());
        assertEquals(4, rows.size());
    }

    @Test
    void csvHeaderAfterAByteOrderMarkIsRead() {
        ReadResult result = csv.read("bom.csv", utf8("\uFEFFtext,title\nBody.,Head\n"), Optional.empty(), Optional.empty());
        assertEquals(Optional.of("Head"), result.articles().get(0).headline());
        assertEquals("Body.", result.articles().get(0).text());
    }

    @Test
    void csvWithAnUnclosedQuoteIsRefused() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> csv.read("bad.csv", utf8("title,text\n\"open,never closed\n"), Optional.empty(), Optional.empty()));
        assertEquals("bad.csv: the CSV has a quoted field opened on line 2 that is never closed; give RFC 4180 CSV "
                + "(double quotes doubled inside quoted fields)", e.getMessage());
    }

    @Test
    void csvWithoutATextColumnIsRefused() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> csv.read("t.csv", utf8("title,date\nA,2020-01-01\n"), Optional.empty(), Optional.empty()));
        assertEquals("t.csv: the CSV header [title, date] has no text column; give a header row with a text, body, "
                + "content or articleBody column (and optionally url, title, date, author, publisher, keywords)", e.getMessage());
    }

    @Test
    void jsonLinesRowsBecomeArticlesAndBadLinesAreReported() throws IOException {
        ReadResult result = jsonLines.read("j.jsonl", fixture("collection.jsonl"), Optional.empty(), Optional.empty());
        assertEquals(2, result.articles().size());
        Article x = result.articles().get(0);
        assertEquals("j.jsonl#row=1", x.source());
        assertEquals("Trains ran again on Tuesday.\nThe union accepted the offer.", x.text());
        assertEquals(Optional.of("2021-02-01T09:00:00Z"), x.datePublished());
        assertEquals(List.of("Ana Lima", "Ben Cho"), x.authors());
        assertEquals(Optional.of("News Example"), x.publisher());
        assertEquals(List.of("rail", "strikes"), x.keywords());
        assertEquals(Optional.of("en"), x.language());
        Article z = result.articles().get(1);
        assertEquals("j.jsonl#row=4", z.source());
        assertEquals(Optional.of("https://news.example/z"), z.url());
        assertEquals(List.of("bridges", "city"), z.keywords());
        assertEquals(List.of(
                new ReadProblem("j.jsonl#row=2", "row 2 (line 3) has no text; each row needs a text, body, content or "
                        + "articleBody field"),
                new ReadProblem("j.jsonl#row=3", "line 4 is not a JSON object; JSON Lines needs one object per line, "
                        + "such as {\"title\": ..., \"text\": ...}")), result.problems());
    }

    @Test
    void wikinewsCollectionReadsEveryRow() {
        String shared = System.getProperty("newsgraph.shared", "");
        Path file = Path.of(shared, "corpus", "wikinews", "wikinews_2019.csv");
        assumeTrue(!shared.isEmpty() && Files.isRegularFile(file), "shared data not present");
        ReadResult result = SourceReader.standard().read(file.toString());
        assertTrue(result.articles().size() > 100, "rows: " + result.articles().size());
        assertEquals(List.of(), result.problems());
        Article first = result.articles().get(0);
        assertEquals(file + "#row=1", first.source());
        assertTrue(first.headline().isPresent() && first.url().orElse("").startsWith("https://en.wikinews.org/"));
        assertTrue(first.datePublished().orElse("").matches("\\d{4}-\\d{2}-\\d{2}"));
        assertTrue(first.text().contains("Magnitogorsk"));
    }
}
