package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.IngestResult;
import org.newsgraph.NewsGraph;

/**
 * The whole attribution evaluation on our two-article fixture, through the real pipeline with a fake
 * extractor whose claims we set, scored by hand.
 */
class AttributionEvaluationTest {
    private static final double EPS = 1e-9;

    @Test
    void scoresClaimsReadBackFromTheGraph() {
        AttributionGold gold = AttributionGold.read(AttributionGoldTest.FIXTURE);
        List<IngestResult> results = new ArrayList<>();
        Map<String, List<Attribution>> predicted;
        try (NewsGraph ng = NewsGraph.builder().inMemory().extractor(ScriptedExtractor.forAttributionFixture()).build()) {
            predicted = new AttributionEvaluation(ng).predict(gold, results::add);
        }
        assertEquals(2, results.size());
        assertTrue(results.stream().noneMatch(IngestResult::failed), results.toString());
        assertEquals(3, predicted.get("alpha").size());
        assertEquals(2, predicted.get("beta").size());

        AttributionScore score = AttributionScorer.score(gold.attributions(), predicted);
        assertEquals(5, score.gold());
        assertEquals(5, score.predicted());
        assertEquals(new Prf(0.8, 0.8, 0.8).f1(), score.content().f1(), EPS);
        assertEquals(0.8, score.content().precision(), EPS);
        assertEquals(0.6, score.whoSaid().precision(), EPS);
        assertEquals(0.6, score.whoSaid().recall(), EPS);
        assertEquals(1.0, score.cue().precision(), EPS);
        assertEquals(0.8, score.cue().recall(), EPS);
        assertEquals(2 * 0.8 / 1.8, score.cue().f1(), EPS);
        assertEquals((46.0 / 53 + 34.0 / 39 + 46.0 / 54 + 1.0) / 4, score.boundary(), EPS);

        StringWriter tsv = new StringWriter();
        AttributionTsv.write(predicted, tsv);
        assertTrue(tsv.toString().contains("alpha\t29\t40\t41\t45\t46\t69\n"),
                "code point offsets (the title has an emoji): " + tsv);
        assertTrue(tsv.toString().contains("beta\t\t\t99\t107\t71\t90\n"), tsv.toString());
    }
}
