package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.FakeExtractor;
import org.newsgraph.NewsGraph;

/** The bench command's refusals and its query table (no CoreNLP: the seed store is made with the fake extractor). */
class BenchCommandTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        NewsGraphFactory factory = (dir, profile, create) -> NewsGraph.builder().store(dir).extractor(new FakeExtractor()).build();
        int code = new Main(factory, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void benchWithoutSourcesSaysWhatItNeeds() {
        Run r = run("bench");
        assertEquals(Main.FAILED, r.code());
        assertTrue(r.err().startsWith("bench: give at least one SOURCE"), r.err());
        Run q = run("bench", "--queries");
        assertEquals(Main.FAILED, q.code());
        assertTrue(q.err().contains("--seed-store DIR"), q.err());
    }

    @Test
    void aCoreNlpSettingMustBeKeyEqualsValue() {
        Run r = run("bench", "--corenlp", "ner.useSUTime", "x.txt");
        assertEquals(Main.FAILED, r.code());
        assertTrue(r.err().contains("KEY=VALUE"), r.err());
    }

    @Test
    void benchQueriesPrintsATableFromASeedStore() throws Exception {
        Path seed = tmp.resolve("seed");
        Path a = Files.writeString(tmp.resolve("a.txt"), "Ana Sousa said Huawei is welcome.\n");
        try (NewsGraph ng = NewsGraph.builder().store(seed).extractor(new FakeExtractor()).build()) {
            assertEquals(1, ng.ingest(a.toString()).stored());
        }
        Run r = run("bench", "--queries", "--seed-store", seed.toString(), "--articles", "3", "--runs", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("store: 3 articles (copies of 1 ingested)"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("who-said-what ")), r.out());
    }
}
