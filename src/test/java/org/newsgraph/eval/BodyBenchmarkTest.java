package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class BodyBenchmarkTest {
    /** A little below the 0.984 measured on all 91 pages, so that a regression fails. */
    private static final double F1_FLOOR = 0.97;

    @Test
    void shingleMetricMatchesScoreBody() {
        // 6 tokens -> 3 shingles each; 2 of 3 shared: tp 2, fp 1, fn 1 -> normalised 0.5, 0.25, 0.25
        String truth = "one two three four five six";
        String predicted = "one two three four five seven";
        assertEquals(2.0 / 3, BodyScorer.pageF1(truth, "zero one two three four five"), 1e-9);
        assertEquals(2.0 / 3, BodyScorer.pageF1(truth, predicted), 1e-9);
        assertEquals(2.0 / 3, BodyScorer.pageF1(truth, "One... two, three: four five six!"), 1e-9,
                "punctuation is ignored, case is not, as in score_body.py");
        assertEquals(1.0, BodyScorer.pageF1("Two words", "Two words"), 1e-9, "short texts form one shingle");
        assertEquals(0.0, BodyScorer.pageF1(truth, ""), 1e-9);
        BodyScorer.BodyScore s = BodyScorer.score(Map.of("a", truth, "b", "x y z w"), Map.of("a", predicted));
        assertEquals(2, s.pages());
        assertEquals(2.0 / 3, s.precision(), 1e-9, "page b has no prediction, so it only counts for recall");
        assertEquals(1.0 / 3, s.recall(), 1e-9);
    }

    @Test
    void bodyF1OnTheArticleExtractionBenchmark() throws IOException {
        Path shared = Path.of(System.getProperty("newsgraph.shared", "../shared"));
        Path dir = shared.resolve("eval/article-extraction");
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve("html")), "benchmark not present at " + dir);
        Map<String, String> truth = BodyBenchmark.readGroundTruth(dir.resolve("ground-truth.json"));
        Map<String, String> predicted = new BodyBenchmark().extractAll(dir.resolve("html"));
        assertEquals(truth.keySet(), predicted.keySet());
        BodyScorer.BodyScore score = BodyScorer.score(truth, predicted);
        assertTrue(score.f1() >= F1_FLOOR, "body F1 " + score.f1() + " fell below " + F1_FLOOR);
    }
}
