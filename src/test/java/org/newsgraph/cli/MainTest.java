package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.FakeExtractor;
import org.newsgraph.NewsGraph;
import org.newsgraph.error.BadInputException;
import org.newsgraph.store.ExportFormat;

/** The command line, run in-process with a canned extractor: exit codes, stdout, and one-line errors. */
class MainTest {
    static final String PLANT = "Huawei will build a plant in France. Liang Hua said the plant will open in 2021.\n";
    static final String SOUSA = "Ana Sousa said Huawei is welcome.\n";

    @TempDir
    Path tmp;
    Path store;
    Path plant;
    Path sousa;

    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private final NewsGraphFactory factory = (dir, profile, create) -> NewsGraph.builder().store(dir).createStore(create)
            .extractor(new FakeExtractor()).build();

    @BeforeEach
    void files() throws Exception {
        store = tmp.resolve("store");
        plant = Files.writeString(tmp.resolve("plant.txt"), PLANT);
        sousa = Files.writeString(tmp.resolve("sousa.txt"), SOUSA);
    }

    private Run run(String... args) {
        return run(new AtomicReference<>(), args);
    }

    private Run run(AtomicReference<Main> main, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main m = new Main(factory, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        main.set(m);
        int code = m.run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run ingest(String... sources) {
        String[] args = new String[sources.length + 3];
        args[0] = "ingest";
        args[1] = "--store";
        args[2] = store.toString();
        System.arraycopy(sources, 0, args, 3, sources.length);
        return run(args);
    }

    private long quads() {
        Run stats = run("stats", "--store", store.toString());
        assertEquals(0, stats.code(), stats.err());
        return Long.parseLong(stats.out().lines().filter(l -> l.startsWith("quads")).findFirst().orElseThrow().split("\\s+")[1]);
    }

    private static void assertOneLine(Run r, String start) {
        assertTrue(r.code() != 0, "exit code");
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith(start), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void ingestReportsEachArticleAndFailsOnAMissingPathWhileTheOthersGoIn() {
        String missing = tmp.resolve("missing.txt").toString();
        Run r = ingest(plant.toString(), missing, sousa.toString());
        assertEquals(Main.FAILED, r.code());
        List<String> failures = r.errLines().stream().filter(l -> l.contains("missing.txt")).toList();
        assertEquals(1, failures.size(), r.err());
        assertTrue(failures.get(0).startsWith(missing), failures.get(0));
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("[1/") && l.contains("] stored " + plant)), r.err());
        assertTrue(r.out().contains("2 stored, 0 unchanged, 1 failed"), r.out());
        Run stats = run("stats", "--store", store.toString());
        assertTrue(stats.out().contains("articles   2"), stats.out());
        assertTrue(stats.out().contains("Person 2"), stats.out());
    }

    @Test
    void aCollectionRowWithoutTextFailsAloneWhileTheOtherRowsGoIn() throws Exception {
        Path rows = Files.writeString(tmp.resolve("rows.jsonl"), "{\"title\": \"Plant\", \"text\": \"" + PLANT.strip()
                + "\"}\n{\"title\": \"Empty\", \"text\": \"\"}\n{\"title\": \"Sousa\", \"text\": \"" + SOUSA.strip() + "\"}\n");
        Run r = ingest(rows.toString());
        assertEquals(Main.FAILED, r.code(), r.err());
        List<String> failures = r.errLines().stream().filter(l -> l.startsWith(rows + "#row=2")).toList();
        assertEquals(1, failures.size(), r.err());
        assertTrue(r.out().contains("2 stored, 0 unchanged, 1 failed"), r.out());
        assertTrue(run("stats", "--store", store.toString()).out().contains("articles   2"));
    }

    @Test
    void ingestPrintsWhatWasLeftOutOfAnArticleAsOneLineNamingTheRow() throws Exception {
        Path rows = Files.writeString(tmp.resolve("odd.jsonl"), "{\"url\": \"not a url\", \"date\": \"last Tuesday\", \"text\": \""
                + PLANT.strip() + "\"}\n");
        Run r = ingest(rows.toString());
        assertEquals(0, r.code(), "an article stored without its unreadable URL and date is no failure: " + r.err());
        assertTrue(r.out().contains("1 stored, 0 unchanged, 0 failed"), r.out());
        String row = rows + "#row=1: ";
        assertEquals(List.of(row + "the URL 'not a url' is not an absolute IRI, so schema:url is left out",
                row + "the datePublished 'last Tuesday' is neither an ISO-8601 date nor a date-time, so schema:datePublished"
                        + " is left out"), r.errLines().stream().filter(l -> l.startsWith(row)).toList());
    }

    @Test
    void onATerminalIngestRedrawsOneProgressLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main m = new Main(factory, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8), true);
        assertEquals(0, m.run("ingest", "--store", store.toString(), plant.toString(), sousa.toString()));
        String shown = err.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("\r") && shown.contains("] 2/2 "), shown);
        assertEquals(1, shown.chars().filter(c -> c == '\n').count(), shown);
    }

    @Test
    void reingestKeepsTheQuadCount() {
        assertEquals(0, ingest(plant.toString(), sousa.toString()).code());
        long quads = quads();
        Run again = ingest(plant.toString(), sousa.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("0 stored, 2 unchanged"), again.out());
        assertEquals(quads, quads());
    }

    @Test
    void queryWritesCsvWithTheFixedColumns() {
        ingest(plant.toString());
        Run r = run("query", "--store", store.toString(), "--format", "csv", "mentions");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("source,article,begin,end,type,entity,link", lines.get(0));
        assertEquals(4, lines.size(), r.out()); // Huawei, France, Liang Hua
        int begin = PLANT.codePointCount(0, PLANT.indexOf("Liang Hua"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(plant + ",") && l.contains("," + begin + "," + (begin + 9) + ",Person,")),
                r.out());
        Run param = run("query", "--store", store.toString(), "--format", "tsv", "claims-by-entity", "--param", "entity=Liang Hua");
        assertEquals(0, param.code(), param.err());
        assertTrue(param.out().contains("the plant will open in 2021"), param.out());
        Run sparql = run("query", "--store", store.toString(), "--format", "json", "--sparql",
                "SELECT ?n WHERE { ?e <https://schema.org/name> ?n } ORDER BY ?n", "--param", "n=France");
        assertEquals(0, sparql.code(), sparql.err());
        assertTrue(sparql.out().contains("\"France\"") && !sparql.out().contains("Huawei"), sparql.out());
    }

    @Test
    void unknownQueryNameIsOneLineListingTheNames() {
        ingest(plant.toString());
        Run r = run("query", "--store", store.toString(), "claims-by-spekaer");
        assertOneLine(r, "Unknown query 'claims-by-spekaer'; available: ");
        assertTrue(r.err().contains("claims-by-entity, claims-about-entity") || r.err().contains("claim-offsets, claims-about-entity"),
                r.err());
    }

    @Test
    void anOffsetWithoutALimitIsOneLineAndAPageIsASlice() {
        ingest(plant.toString());
        Run r = run("query", "--store", store.toString(), "mentions", "--offset", "2");
        assertOneLine(r, "--offset 2: --offset K needs K >= 0 and a --limit N");
        Run all = run("query", "--store", store.toString(), "mentions", "--format", "tsv");
        Run page = run("query", "--store", store.toString(), "mentions", "--format", "tsv", "--limit", "2", "--offset", "1");
        assertEquals(0, all.code(), all.err());
        assertEquals(0, page.code(), page.err());
        List<String> rows = all.out().lines().toList();
        assertTrue(rows.size() >= 4, "a header and at least three mentions: " + rows);
        assertEquals(List.of(rows.get(0), rows.get(2), rows.get(3)), page.out().lines().toList(),
                "the header, then rows 2 and 3 of the whole answer");
    }

    @Test
    void malformedSparqlIsOneLineWithItsPosition() {
        ingest(plant.toString());
        Run r = run("query", "--store", store.toString(), "--sparql", "SELECT ?x WHERE { ?x ?y }");
        assertOneLine(r, "--sparql: malformed SPARQL at line 1, column ");
    }

    @Test
    void aDirectoryThatIsNotAStoreIsRefused() throws Exception {
        Path photos = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(photos.resolve("cat.jpg"), "meow");
        assertOneLine(run("ingest", "--store", photos.toString(), plant.toString()), photos + ": is not a newsgraph store");
        assertOneLine(run("stats", "--store", photos.toString()), photos + ": is not a newsgraph store");
    }

    @Test
    void aMissingStoreIsRefusedByReadingCommands() {
        Path none = tmp.resolve("none");
        assertOneLine(run("query", "--store", none.toString(), "mentions"), none + ": there is no store here yet");
        assertFalse(Files.exists(none));
    }

    @Test
    void aStoreLockedByAnotherProcessIsRefused() throws Exception {
        assertEquals(0, ingest(plant.toString()).code());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(),
                store.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null && !line.equals("ready")) {
                // wait for the other process to hold the store
            }
            assertEquals("ready", line);
            Run r = run("stats", "--store", store.toString());
            assertOneLine(r, store + ": the store is locked by another process");
        } finally {
            holder.getOutputStream().close();
            holder.destroy();
            holder.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void deleteBySourceAndUnknownTarget() {
        ingest(plant.toString(), sousa.toString());
        Run r = run("delete", "--store", store.toString(), plant.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(run("stats", "--store", store.toString()).out().contains("articles   1"));
        assertOneLine(run("delete", "--store", store.toString(), "nothing.txt"), "nothing.txt: no article with this source or IRI");
    }

    @Test
    void everyExportFormatParsesBack() throws Exception {
        ingest(plant.toString(), sousa.toString());
        long quads = quads();
        for (ExportFormat f : ExportFormat.values()) {
            Path file = tmp.resolve("export." + f.label());
            Run r = run("export", "--store", store.toString(), "--format", f.label(), "--output", file.toString());
            assertEquals(0, r.code(), r.err());
            Dataset back = DatasetFactory.create();
            RDFParser.source(file).lang(f.rdfFormat().getLang()).parse(back);
            long n = f.quads() ? back.asDatasetGraph().stream().count() : back.getDefaultModel().size();
            assertTrue(f.quads() ? n == quads : n > 0 && n < quads, f.label() + ": " + n + " of " + quads);
        }
        Run stdout = run("export", "--store", store.toString(), "--format", "nquads");
        assertEquals(quads, stdout.out().lines().filter(l -> !l.isBlank()).count());
        assertOneLine(run("export", "--store", store.toString(), "--format", "xml"), "xml: unknown export format; allowed: trig");
    }

    @Test
    void readPrintsJsonLines() {
        Run r = run("read", plant.toString(), sousa.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("{\"source\":\"" + plant + "\",\"headline\":"), lines.get(0));
        for (String key : List.of("url", "datePublished", "publisher", "authors", "language", "body"))
            assertTrue(lines.get(0).contains("\"" + key + "\":"), key);
        assertTrue(lines.get(0).contains("\"body\":\"Huawei will build a plant in France. Liang Hua said the plant will open in 2021.\\n\""),
                lines.get(0));
        Run text = run("read", "--format", "text", sousa.toString(), tmp.resolve("gone.txt").toString());
        assertEquals(Main.FAILED, text.code());
        assertTrue(text.out().contains(SOUSA), text.out());
        assertOneLine(text, tmp.resolve("gone.txt").toString());
    }

    @Test
    void readPrintsOneLinePerCollectionRowWithoutTextAndExitsOne() throws Exception {
        Path rows = Files.writeString(tmp.resolve("rows.jsonl"), "{\"title\": \"Plant\", \"text\": \"" + PLANT.strip()
                + "\"}\n{\"title\": \"Empty\", \"text\": \"\"}\n");
        Run r = run("read", rows.toString());
        assertEquals(Main.FAILED, r.code(), r.err());
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.out().contains("\"body\":\"" + PLANT.strip()), r.out());
        assertOneLine(r, rows + "#row=2: ");
    }

    @Test
    void readFormatIsCaseInsensitiveAndAnUnknownOneNamesTheAllowedOnes() {
        Run upper = run("read", "--format", "TEXT", sousa.toString());
        assertEquals(0, upper.code(), upper.err());
        assertTrue(upper.out().startsWith("== " + sousa + "\n"), upper.out());
        Run bad = run("read", "--format", "xml", sousa.toString());
        assertEquals(Main.FAILED, bad.code());
        assertOneLine(bad, "xml: unknown read format; allowed: json, text");
        assertEquals("", bad.out());
        assertThrows(BadInputException.class, () -> ReadCommand.json("yaml"));
    }

    @Test
    void coreNlpsWarningPerQuoteWithoutASpeakerIsQuiet() throws Throwable {
        String key = Main.LOG_LEVEL + Main.QUOTE_SPEAKER_WARNINGS;
        withoutProperty(key, () -> {
            Main.configureLogging(false);
            assertEquals("error", System.getProperty(key));
        });
    }

    @Test
    void theIndexBuildNoticeIsLoggedAtInfoAlthoughTheRestIsAtWarn() throws Throwable {
        String key = Main.LOG_LEVEL + Main.FIRST_RUN_NOTICES;
        withoutProperty(key, () -> {
            Main.configureLogging(false);
            assertEquals("info", System.getProperty(key));
            Class.forName(Main.FIRST_RUN_NOTICES); // the logger is named after the class that builds the index
            System.setProperty(key, "error");
            Main.configureLogging(false);
            assertEquals("error", System.getProperty(key), "a level the JVM was given is kept");
        });
    }

    /** Runs {@code body} with the system property {@code key} unset, then puts back what it was. */
    private static void withoutProperty(String key, org.junit.jupiter.api.function.Executable body) throws Throwable {
        String before = System.clearProperty(key);
        try {
            body.execute();
        } finally {
            if (before == null)
                System.clearProperty(key);
            else
                System.setProperty(key, before);
        }
    }

    @Test
    void serveAnswersSparqlOverHttpOnLocalhost() throws Exception {
        ingest(plant.toString());
        AtomicReference<FusekiServer> server = new AtomicReference<>();
        CompletableFuture<FusekiServer> started = new CompletableFuture<>();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main main = new Main(factory, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err), false)
                .onServerStarted(started::complete);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> main.run("serve", "--store", store.toString(), "--port", "0"));
        try {
            CompletableFuture.anyOf(started, exit).get(60, TimeUnit.SECONDS);
            assertTrue(started.isDone(), "serve stopped early: " + err);
            server.set(started.get());
            int port = server.get().getHttpPort();
            String query = "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/newsgraph/sparql?query="
                    + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").timeout(Duration.ofSeconds(30)).GET().build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertEquals(List.of("n", "1"), response.body().lines().toList());
            HttpRequest viaQuery = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/newsgraph/query?query="
                    + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET().build();
            assertEquals(List.of("n", "1"), HttpClient.newHttpClient().send(viaQuery, HttpResponse.BodyHandlers.ofString())
                    .body().lines().toList());
            HttpRequest update = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/newsgraph/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build();
            assertTrue(HttpClient.newHttpClient().send(update, HttpResponse.BodyHandlers.ofString()).statusCode() >= 400,
                    "the endpoint is read-only");
        } finally {
            if (server.get() != null)
                server.get().stop();
        }
        assertEquals(0, exit.get(60, TimeUnit.SECONDS), err.toString());
        assertTrue(err.toString().contains("read-only at http://127.0.0.1:"), err.toString());
    }

    @Test
    void helpVersionAndUsageErrors() {
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("newsgraph " + NewsGraph.version()), version.out());
        assertFalse(NewsGraph.version().equals("unknown"));
        for (String cmd : List.of("read", "ingest", "query", "export", "delete", "stats", "serve")) {
            Run help = run(cmd, "--help");
            assertEquals(0, help.code(), cmd);
            assertTrue(help.out().contains("Usage: newsgraph " + cmd), help.out());
        }
        assertTrue(run("--help").out().contains("ingest"));
        Run bad = run("ingest", "--profile", "turbo", plant.toString());
        assertOneLine(bad, "turbo: unknown profile; allowed: fast, default, full");
        Run usage = run("query", "--store", store.toString(), "--frobnicate");
        assertEquals(Main.USAGE, usage.code());
        assertEquals(1, usage.errLines().size(), usage.err());
        Run verbose = run("query", "--verbose", "--store", tmp.resolve("none").toString(), "mentions");
        assertTrue(verbose.err().contains("\tat "), "--verbose shows the stack trace");
    }
}
