package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraph;
import org.newsgraph.extract.Extractor;

/** {@code newsgraph eval}: the figures it prints on our fixtures (worked out by hand), its files and its errors. */
class EvalCommandTest {
    static final Path ATTRIBUTION = Path.of("src/test/resources/eval/attribution");
    static final Path ENTITIES = Path.of("src/test/resources/eval/entities/gold.ttl");

    @TempDir
    Path tmp;

    record Run(int code, List<String> out, List<String> err) {
    }

    private Run run(Extractor extractor, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        NewsGraphFactory factory = (dir, profile, create) -> NewsGraph.builder().store(dir).createStore(create)
                .extractor(extractor).build();
        int code = new Main(factory, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8).lines().toList(),
                err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    static final List<String> ATTRIBUTION_FIGURES = List.of(
            "articles 2  gold attributions 5  predicted 5",
            "content   P 0.800 R 0.800 F1 0.800",
            "cue       P 1.000 R 0.800 F1 0.889",
            "boundary  mean overlap F1 of paired content 0.898",
            "who-said  P 0.600 R 0.600 F1 0.600",
            "who-said F1 0.600");

    @Test
    void attributionPrintsTheScriptsLinesAndWritesItsTsv() throws Exception {
        Path tsv = tmp.resolve("predicted.tsv");
        Run r = run(org.newsgraph.eval.ScriptedExtractor.forAttributionFixture(), "eval", "attribution", "--gold",
                ATTRIBUTION.toString(), "--output", tsv.toString());
        assertEquals(0, r.code(), r.err().toString());
        assertEquals(ATTRIBUTION_FIGURES, r.out());
        assertEquals(2, r.err().size(), "one progress line per article: " + r.err());
        assertEquals(5, Files.readAllLines(tsv).size());

        Run again = run(org.newsgraph.eval.ScriptedExtractor.forAttributionFixture(), "eval", "attribution", "--gold",
                ATTRIBUTION.toString(), "--predicted", tsv.toString());
        assertEquals(ATTRIBUTION_FIGURES, again.out(), "scoring the written TSV gives the same figures");
        assertEquals(List.of(), again.err());

        Run first = run(org.newsgraph.eval.ScriptedExtractor.forAttributionFixture(), "eval", "attribution", "--gold",
                ATTRIBUTION.toString(), "--predicted", tsv.toString(), "--limit", "1");
        assertEquals("articles 1  gold attributions 3  predicted 3", first.out().get(0));
    }

    @Test
    void agreementScoresTheSecondAnnotatorWithoutIngesting() {
        Run r = run(org.newsgraph.eval.ScriptedExtractor.forAttributionFixture(), "eval", "attribution", "--gold",
                ATTRIBUTION.toString(), "--agreement");
        assertEquals(0, r.code(), r.err().toString());
        assertEquals(List.of("annotator agreement: 1 articles annotated twice, the second annotator's file scored against the first",
                "articles 1  gold attributions 3  predicted 1", "content   P 0.000 R 0.000 F1 0.000",
                "cue       P 0.000 R 0.000 F1 0.000", "boundary  mean overlap F1 of paired content 0.000",
                "who-said  P 0.000 R 0.000 F1 0.000", "who-said F1 0.000"), r.out());
        assertEquals(List.of(), r.err(), "no progress lines: nothing is ingested");

        Run both = run(org.newsgraph.eval.ScriptedExtractor.forAttributionFixture(), "eval", "attribution", "--gold",
                ATTRIBUTION.toString(), "--agreement", "--limit", "1");
        assertEquals(1, both.code());
        assertEquals(1, both.err().size(), both.err().toString());
        assertTrue(both.err().get(0).contains("--agreement") && both.err().get(0).contains("--limit"), both.err().get(0));
    }

    @Test
    void attributionFiguresEqualThePythonScorers() throws Exception {
        Path script = Path.of(System.getProperty("newsgraph.shared", "../shared"), "eval/score_attribution.py");
        Assumptions.assumeTrue(Files.isRegularFile(script), "needs shared/eval/score_attribution.py");
        Path tsv = tmp.resolve("predicted.tsv");
        Run r = run(org.newsgraph.eval.ScriptedExtractor.forAttributionFixture(), "eval", "attribution", "--gold",
                ATTRIBUTION.toString(), "--output", tsv.toString());
        List<String> python = python(script.toString(), ATTRIBUTION.toString(), tsv.toString());
        assertEquals(python, r.out());
    }

    @Test
    void entitiesPrintTheScriptsLinesAndWriteBothTsvs() throws Exception {
        Path predicted = tmp.resolve("predicted.tsv");
        Path gold = tmp.resolve("gold.tsv");
        Run r = run(org.newsgraph.eval.ScriptedExtractor.forEntityFixture(), "eval", "entities", "--gold", ENTITIES.toString(),
                "--output", predicted.toString(), "--gold-output", gold.toString());
        assertEquals(0, r.code(), r.err().toString());
        assertEquals(List.of("documents 2  gold mentions 5  predicted 5",
                "recognition strict  P 0.600 R 0.600 F1 0.600",
                "recognition weak    P 0.800 R 0.800 F1 0.800",
                "linking             P 0.667 R 0.667 F1 0.667",
                "typing              P 0.600 R 0.600 F1 0.600",
                "typing F1 0.600"), r.out());
        assertTrue(Files.readAllLines(gold).contains("sentence-2\t21\t36\tRole\t"));
    }

    @Test
    void entityFiguresEqualThePythonScorer() throws Exception {
        Path script = Path.of(System.getProperty("newsgraph.shared", "../shared"), "eval/score_entities.py");
        Assumptions.assumeTrue(Files.isRegularFile(script), "needs shared/eval/score_entities.py");
        Path predicted = tmp.resolve("predicted.tsv");
        Path gold = tmp.resolve("gold.tsv");
        Run r = run(org.newsgraph.eval.ScriptedExtractor.forEntityFixture(), "eval", "entities", "--gold", ENTITIES.toString(),
                "--output", predicted.toString(), "--gold-output", gold.toString());
        assertEquals(python(script.toString(), gold.toString(), predicted.toString()), r.out());
    }

    @Test
    void bodyScoresABenchmarkDirectory() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bench"));
        String body = "The harbour of Porto Novo reopened on Tuesday after two years of repairs to its sea wall. "
                + "Fishing boats returned to the inner basin before dawn, and the first catch was sold at the quay by eight. "
                + "The port authority said the new wall would protect the town from winter storms for decades.";
        Files.writeString(Files.createDirectories(dir.resolve("html")).resolve("p1.html"),
                "<html><head><title>Harbour reopens</title></head><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
                        + "<article><h1>Harbour reopens</h1><p>" + body.replace(". ", ".</p><p>") + "</p></article>"
                        + "<footer>Copyright 2026 Example Times</footer></body></html>");
        Files.writeString(dir.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": \"" + body + "\", \"url\": \"x\"}}");
        Path out = tmp.resolve("bodies.json");
        Run r = run(org.newsgraph.eval.ScriptedExtractor.forEntityFixture(), "eval", "body", "--benchmark", dir.toString(),
                "--output", out.toString());
        assertEquals(0, r.code(), r.err().toString());
        assertEquals("pages 1  empty or missing predictions 0", r.out().get(0));
        assertTrue(r.out().get(1).matches("precision [01]\\.\\d{3}  recall [01]\\.\\d{3}"), r.out().get(1));
        assertTrue(r.out().get(2).matches("body F1 (0\\.[5-9]\\d\\d|1\\.000)"), r.out().get(2));
        assertTrue(Files.readString(out).contains("\"p1\""));
    }

    @Test
    void identityPrintsTheScriptsLines() throws Exception {
        Path predicted = tmp.resolve("identity.tsv");
        Run r = run(org.newsgraph.eval.IdentityEvaluationTest.extractor(), "eval", "identity", "--gold",
                "src/test/resources/eval/identity", "--output", predicted.toString());
        assertEquals(0, r.code(), r.err().toString());
        assertEquals(List.of("gold mentions 6 in 2 documents; found 0.667",
                "B3    P 1.000 R 0.444 F1 0.615",
                "xdoc  P 1.000 R 0.250 F1 0.400  (4 gold cross-document pairs)",
                "xdoc F1 0.400"), r.out());
    }

    @Test
    void identityFiguresEqualThePythonScorer() throws Exception {
        Path script = Path.of(System.getProperty("newsgraph.shared", "../shared"), "eval/score_identity.py");
        Assumptions.assumeTrue(Files.isRegularFile(script), "needs shared/eval/score_identity.py");
        Path predicted = tmp.resolve("identity.tsv");
        Run r = run(org.newsgraph.eval.IdentityEvaluationTest.extractor(), "eval", "identity", "--gold",
                "src/test/resources/eval/identity", "--output", predicted.toString());
        assertEquals(python(script.toString(), "src/test/resources/eval/identity/gold.tsv", predicted.toString()), r.out());
    }

    @Test
    void missingGoldIsOneLineNamingItAndTheLayout() {
        Path none = tmp.resolve("none");
        Run a = run(org.newsgraph.eval.ScriptedExtractor.forEntityFixture(), "eval", "attribution", "--gold", none.toString());
        assertEquals(Main.FAILED, a.code());
        assertEquals(List.of(none + ": no such directory; expected a PolNeAR-style gold directory with text/*.txt and "
                + "attributions/*.ann (BRAT standoff with Source, Cue and Content spans)"), a.err());
        Run e = run(org.newsgraph.eval.ScriptedExtractor.forEntityFixture(), "eval", "entities", "--gold", none.toString());
        assertEquals(Main.FAILED, e.code());
        assertEquals(1, e.err().size());
        assertTrue(e.err().get(0).startsWith(none + ": no such file; expected NIF 2.0 in the OKE task-1 layout"), e.err().get(0));
        Run b = run(org.newsgraph.eval.ScriptedExtractor.forEntityFixture(), "eval", "body", "--benchmark", tmp.toString());
        assertEquals(Main.FAILED, b.code());
        assertEquals(List.of(tmp + ": has no ground-truth.json; expected an article-extraction benchmark directory with "
                + "html/*.html.gz (or *.html) and ground-truth.json"), b.err());
        Run l = run(org.newsgraph.eval.ScriptedExtractor.forEntityFixture(), "eval", "attribution", "--gold",
                ATTRIBUTION.toString(), "--limit", "0");
        assertEquals(Main.FAILED, l.code());
        assertEquals(List.of("--limit 0: must be at least 1"), l.err());
    }

    @Test
    void goldOptionIsRequired() {
        Run r = run(org.newsgraph.eval.ScriptedExtractor.forEntityFixture(), "eval", "attribution");
        assertEquals(Main.USAGE, r.code());
        assertEquals(1, r.err().size(), r.err().toString());
        assertTrue(r.err().get(0).contains("--gold"), r.err().get(0));
    }

    private static List<String> python(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("python3 is not available");
            return List.of();
        }
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        return lines;
    }
}
