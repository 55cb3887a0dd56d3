package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.error.BadInputException;
import org.newsgraph.source.html.FetchedPage;

/** The front door: expanding inputs, picking a reader, and refusing bad input with one clear message. */
class SourceReaderTest {
    @TempDir
    Path dir;

    /** HTML calls seen by the stub HTML reader: source, page URL. */
    private final List<String> htmlCalls = new ArrayList<>();

    private SourceReader reader() {
        return SourceReader.builder().htmlReader((source, bytes, type, url) -> {
            htmlCalls.add(source + " " + url.orElse("-"));
            return ReadResult.of(Article.builder(source, "html body").format(Article.Format.HTML).build());
        }).build();
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private String message(Runnable action) {
        return assertThrows(BadInputException.class, action::run).getMessage();
    }

    @Test
    void directoryExpandsRecursivelyToSortedArticleFilesWithoutHiddenOnes() throws IOException {
        write("b.txt", "b");
        write("a/z.html", "<p>z</p>");
        write("a/y.html.gz", new byte[] {1});
        write("c.csv", "text\nx");
        write("d.jsonl", "{}");
        write("e.ndjson", "{}");
        write("f.htm", "x");
        write("g.text", "x");
        write("notes.pdf", "x");
        write(".hidden.txt", "x");
        write(".git/h.txt", "x");
        List<String> files = reader().expand(dir.toString());
        List<String> expected = List.of("a/y.html.gz", "a/z.html", "b.txt", "c.csv", "d.jsonl", "e.ndjson", "f.htm", "g.text")
                .stream().map(n -> dir.resolve(n).toString()).toList();
        assertEquals(expected, files);
    }

    @Test
    void fileUrlAndStdinExpandToThemselves() throws IOException {
        Path f = write("notes.pdf", "x");
        assertEquals(List.of(f.toString()), reader().expand(f.toString()));
        assertEquals(List.of("https://example.org/a"), reader().expand("https://example.org/a"));
        assertEquals(List.of("-"), reader().expand("-"));
    }

    @Test
    void missingPathIsRefused() {
        String missing = dir.resolve("nope.txt").toString();
        String expected = missing + ": no such file or directory; give a file, a directory, an http(s) URL or - for stdin";
        assertEquals(expected, message(() -> reader().expand(missing)));
        assertEquals(expected, message(() -> reader().read(missing)));
    }

    @Test
    void otherUrlSchemesAreRefused() {
        assertEquals("ftp://example.org/a.txt: only http and https URLs can be read; give a file, a directory, "
                + "an http(s) URL or - for stdin", message(() -> reader().read("ftp://example.org/a.txt")));
    }

    @Test
    void directoryWithoutArticlesIsRefused() throws IOException {
        write("x.pdf", "x");
        assertEquals(dir + ": the directory holds no article files; newsgraph reads files ending in .txt, .text, .html, "
                + ".htm, .html.gz, .csv, .jsonl, .ndjson", message(() -> reader().expand(dir.toString())));
    }

    @Test
    void plainTextStaysExactlyAsInTheFileWithTheTitleLineAsHeadline() throws IOException {
        String text = "Council approves new bridge\n\n  The council voted on Tuesday.\r\nIt costs \u20AC4m \uD83D\uDE80.\n";
        Path f = write("bridge.txt", "\uFEFF" + text);
        List<Article> articles = reader().read(f.toString()).articles();
        assertEquals(1, articles.size());
        Article a = articles.get(0);
        assertEquals(text, a.text());
        assertEquals(f.toString(), a.source());
        assertEquals(Article.Format.TEXT, a.format());
        assertEquals(Optional.of("Council approves new bridge"), a.headline());
    }

    @Test
    void firstLineThatIsASentenceIsNoHeadline() throws IOException {
        Path f = write("s.txt", "The council voted on Tuesday to build a bridge.\n\nIt costs four million euros.\n");
        assertEquals(Optional.empty(), reader().read(f.toString()).articles().get(0).headline());
    }

    @Test
    void emptyAndBlankFilesAreRefused() throws IOException {
        String expected = ": the input is empty; give a file with article text (newsgraph reads UTF-8 text, HTML, CSV and JSON Lines)";
        Path empty = write("empty.txt", "");
        assertEquals(empty + expected, message(() -> reader().read(empty.toString())));
        Path blank = write("blank.txt", "\uFEFF \n\t\n");
        assertEquals(blank + expected, message(() -> reader().read(blank.toString())));
    }

    @Test
    void binaryFilesAreRefused() throws IOException {
        Path nul = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertEquals(nul + ": the input looks binary (it contains NUL bytes); newsgraph reads UTF-8 text, HTML, CSV and JSON Lines",
                message(() -> reader().read(nul.toString())));
        byte[] control = new byte[100];
        for (int i = 0; i < control.length; i++)
            control[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        Path ctl = write("control.txt", control);
        assertEquals(ctl + ": the input looks binary (mostly control characters); newsgraph reads UTF-8 text, HTML, CSV and JSON Lines",
                message(() -> reader().read(ctl.toString())));
    }

    @Test
    void nonUtf8TextIsRefused() throws IOException {
        Path latin1 = write("latin1.txt", "Caf\u00E9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(latin1 + ": the input is not valid UTF-8 text (bad byte at offset 3); newsgraph reads UTF-8 "
                + "(or HTML with a declared charset)", message(() -> reader().read(latin1.toString())));
    }

    @Test
    void utf16TextIsRefused() throws IOException {
        Path utf16 = write("utf16.txt", "Title\n\nBody.".getBytes(StandardCharsets.UTF_16));
        assertEquals(utf16 + ": the input is UTF-16 text; newsgraph reads UTF-8 (or HTML with a declared charset), "
                + "so convert it to UTF-8", message(() -> reader().read(utf16.toString())));
    }

    @Test
    void hugeFilesAreRefusedAgainstTheDocumentedLimits() throws IOException {
        SourceReader small = SourceReader.builder().maxArticleBytes(10).maxCollectionBytes(20).build();
        Path big = write("big.txt", "x".repeat(11));
        assertEquals(big + ": the file is 11 bytes, above the limit of 10 bytes for an article; newsgraph reads article "
                + "files up to 10 bytes and CSV/JSON Lines collections up to 20 bytes (split larger collections)",
                message(() -> small.read(big.toString())));
        Path okCollection = write("ok.csv", "text\nabcdefghijkl");
        assertEquals(1, small.read(okCollection.toString()).articles().size());
        assertEquals("10.0 MB", InputLimits.megabytes(SourceReader.DEFAULT_MAX_ARTICLE_BYTES));
        assertEquals("50.0 MB", InputLimits.megabytes(SourceReader.DEFAULT_MAX_COLLECTION_BYTES));
    }

    @Test
    void hugeStdinIsRefused() {
        SourceReader small = SourceReader.builder().maxArticleBytes(10).maxCollectionBytes(20)
                .stdin(() -> new ByteArrayInputStream(new byte[30])).build();
        assertEquals("-: the input is larger than the limit of 20 bytes; newsgraph reads article files up to 10 bytes "
                + "and CSV/JSON Lines collections up to 20 bytes (split larger collections)", message(() -> small.read("-")));
    }

    @Test
    void stdinIsReadAsTextOrHtmlByItsContent() {
        SourceReader text = SourceReader.builder().stdin(() -> new ByteArrayInputStream(
                "Title\n\nBody text.\n".getBytes(StandardCharsets.UTF_8))).build();
        Article a = text.read("-").articles().get(0);
        assertEquals("-", a.source());
        assertEquals("Title\n\nBody text.\n", a.text());
        SourceReader html = SourceReader.builder().htmlReader((s, b, t, u) -> {
            htmlCalls.add(s);
            return ReadResult.of(Article.builder(s, "html").format(Article.Format.HTML).build());
        }).stdin(() -> new ByteArrayInputStream("  <!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)))
                .build();
        assertEquals(Article.Format.HTML, html.read("-").articles().get(0).format());
        assertEquals(List.of("-"), htmlCalls);
    }

    @Test
    void htmlFilesGoToTheHtmlReaderAlsoWhenGzipped() throws IOException {
        Path plain = write("a.html", "<html><body><p>x</p></body></html>");
        Path gz = dir.resolve("b.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("<html><body><p>y</p></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(Article.Format.HTML, reader().read(plain.toString()).articles().get(0).format());
        assertEquals(Article.Format.HTML, reader().read(gz.toString()).articles().get(0).format());
        assertEquals(List.of(plain + " -", gz + " -"), htmlCalls);
    }

    @Test
    void brokenGzipIsRefused() throws IOException {
        Path gz = write("c.html.gz", "not gzip at all");
        String m = message(() -> reader().read(gz.toString()));
        assertTrue(m.startsWith(gz + ": the file is not valid gzip data ("), m);
        assertTrue(m.endsWith("); give .html.gz files compressed with gzip"), m);
    }

    @Test
    void urlsAreFetchedAndReadByContentType() {
        SourceReader web = SourceReader.builder()
                .htmlReader((s, b, t, u) -> {
                    htmlCalls.add(s + " " + u.orElse("-"));
                    return ReadResult.of(Article.builder(s, "html").format(Article.Format.HTML).build());
                })
                .fetcher(url -> url.endsWith(".txt")
                        ? new FetchedPage(url, url, "Plain title\n\nPlain body.\n".getBytes(StandardCharsets.UTF_8),
                                Optional.of("text/plain; charset=utf-8"))
                        : new FetchedPage(url, url + "?final", "<p>x</p>".getBytes(StandardCharsets.UTF_8),
                                Optional.of("text/html; charset=utf-8")))
                .build();
        Article page = web.read("https://example.org/story").articles().get(0);
        assertEquals(Article.Format.HTML, page.format());
        assertEquals(List.of("https://example.org/story https://example.org/story?final"), htmlCalls);
        Article text = web.read("https://example.org/notes.txt").articles().get(0);
        assertEquals(Article.Format.TEXT, text.format());
        assertEquals(Optional.of("https://example.org/notes.txt"), text.url());
        assertEquals("https://example.org/notes.txt", text.source());
    }

    @Test
    void unreachableUrlErrorsComeFromTheFetcher() {
        SourceReader web = SourceReader.builder().fetcher(url -> {
            throw new BadInputException(url, "cannot be reached (connection refused); give a reachable http(s) URL");
        }).build();
        assertEquals("https://nowhere.invalid/: cannot be reached (connection refused); give a reachable http(s) URL",
                message(() -> web.read("https://nowhere.invalid/")));
    }

    @Test
    void directoryReadsAllItsArticlesAndReportsBadRows() throws IOException {
        write("one.txt", "One\n\nFirst article.\n");
        write("rows.csv", "title,text\nA,Alpha text.\nB,\n");
        write("x-empty.txt", "");
        ReadResult result = reader().read(dir.toString());
        assertEquals(List.of(dir.resolve("one.txt").toString(), dir.resolve("rows.csv") + "#row=1"),
                result.articles().stream().map(Article::source).toList());
        assertEquals(List.of(dir.resolve("rows.csv") + "#row=2", dir.resolve("x-empty.txt").toString()),
                result.problems().stream().map(ReadProblem::input).toList());
        assertEquals(dir.resolve("x-empty.txt") + ": the input is empty; give a file with article text (newsgraph reads "
                + "UTF-8 text, HTML, CSV and JSON Lines)", result.problems().get(1).toString());
    }

    @Test
    void pageDumpTxtIsReadAsADump() throws IOException {
        Path f = write("dump.txt", PageDumpReaderTest.fixture("/dumps/harbour-ferry.txt"));
        Article a = reader().read(f.toString()).articles().get(0);
        assertEquals(Article.Format.PAGE_DUMP, a.format());
        assertTrue(a.text().startsWith("The first battery-powered ferry"));
        Article plain = SourceReader.builder().detectPageDumps(false).build().read(f.toString()).articles().get(0);
        assertEquals(Article.Format.TEXT, plain.format());
        assertEquals(Files.readString(f), plain.text());
    }
}
