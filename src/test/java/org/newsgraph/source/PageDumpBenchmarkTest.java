package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.BodyScorer;
import org.newsgraph.eval.BodyScorer.BodyScore;

/**
 * Body F1 of page dumps against the article-extraction benchmark, with the benchmark's metric ({@link BodyScorer},
 * as score_body.py computes it).
 * The dumps are made outside the build (for example {@code w3m -dump -T text/html -cols 120}) into a
 * directory of {@code KEY.txt} files given by the system property {@code newsgraph.dumps}; without it,
 * or without the shared ground truth, the test is skipped. Keys starting 0-7 were used for tuning,
 * keys starting 8-f are held out.
 *
 * <pre>
 * mkdir -p /tmp/dumps
 * for f in ../shared/eval/article-extraction/html/*.html.gz; do
 *   zcat "$f" | w3m -dump -T text/html -cols 120 &gt; /tmp/dumps/$(basename "$f" .html.gz).txt; done
 * mvn -o -q test -Dtest=PageDumpBenchmarkTest -Dnewsgraph.dumps=/tmp/dumps
 * </pre>
 */
class PageDumpBenchmarkTest {

    @Test
    void heldOutDumpsReachTheIssuesBar() throws IOException {
        String dumps = System.getProperty("newsgraph.dumps", "");
        String shared = System.getProperty("newsgraph.shared", "");
        Path truth = Path.of(shared, "eval", "article-extraction", "ground-truth.json");
        assumeTrue(!dumps.isEmpty() && Files.isDirectory(Path.of(dumps)), "no dump directory (-Dnewsgraph.dumps)");
        assumeTrue(!shared.isEmpty() && Files.isRegularFile(truth), "shared ground truth not present");
        JsonObject gt = JSON.parse(Files.readString(truth));
        PageDumpReader reader = new PageDumpReader();
        Map<String, String> tunedTruth = new HashMap<>();
        Map<String, String> heldOutTruth = new HashMap<>();
        Map<String, String> bodies = new HashMap<>();
        for (String key : gt.keys()) {
            Path dump = Path.of(dumps, key + ".txt");
            if (!Files.isRegularFile(dump))
                continue;
            bodies.put(key, reader.read(key, Files.readString(dump), Optional.empty()).map(Article::text).orElse(""));
            (Character.digit(key.charAt(0), 16) < 8 ? tunedTruth : heldOutTruth).put(key, gt.getObj(key).getString("articleBody"));
        }
        assumeTrue(!heldOutTruth.isEmpty(), "no dumps of held-out pages in " + dumps);
        BodyScore held = BodyScorer.score(heldOutTruth, bodies);
        String tuned = tunedTruth.isEmpty() ? "none" : String.format("%.3f", BodyScorer.score(tunedTruth, bodies).f1());
        assertTrue(held.f1() >= 0.85, () -> String.format("held-out body F1 %.3f (%d pages) < 0.85; tuned half %s",
                held.f1(), held.pages(), tuned));
    }
}
