package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Span;

/** The attribution metric on hand-made attributions, with figures worked out by hand. */
class AttributionScorerTest {
    private static final double EPS = 1e-9;

    private static List<Span> s(int... be) {
        List<Span> out = new java.util.ArrayList<>();
        for (int i = 0; i < be.length; i += 2)
            out.add(new Span(be[i], be[i + 1]));
        return out;
    }

    @Test
    void pairsByContentOverlapAndChecksSources() {
        // gold: A (source 0-5, content 10-30), B (no source, content 40-50)
        List<Attribution> gold = List.of(new Attribution(s(0, 5), s(6, 9), s(10, 30)),
                new Attribution(s(), s(35, 38), s(40, 50)));
        // predicted: right source, partial content of A; a source for B (wrong: gold has none); one stray
        List<Attribution> pred = List.of(new Attribution(s(2, 5), s(6, 9), s(20, 30)),
                new Attribution(s(60, 62), s(), s(45, 55)), new Attribution(s(), s(), s(70, 80)));
        AttributionScore score = AttributionScorer.score(Map.of("d", gold), Map.of("d", pred));
        assertEquals(2, score.gold());
        assertEquals(3, score.predicted());
        assertEquals(2.0 / 3, score.content().precision(), EPS);
        assertEquals(1.0, score.content().recall(), EPS);
        assertEquals(0.8, score.content().f1(), EPS);
        assertEquals(1.0 / 3, score.whoSaid().precision(), EPS);
        assertEquals(0.5, score.whoSaid().recall(), EPS);
        assertEquals(0.4, score.whoSaid().f1(), EPS);
        // cue: one predicted cue, two gold cues, one pair
        assertEquals(1.0, score.cue().precision(), EPS);
        assertEquals(0.5, score.cue().recall(), EPS);
        // boundary: A 2*10/(10+20), B 2*5/(10+10)
        assertEquals((20.0 / 30 + 10.0 / 20) / 2, score.boundary(), EPS);
    }

    @Test
    void discontinuousContentOverlapsPartByPart() {
        List<Attribution> gold = List.of(new Attribution(s(), s(), s(0, 10, 20, 30)));
        List<Attribution> pred = List.of(new Attribution(s(), s(), s(5, 25)));
        AttributionScore score = AttributionScorer.score(Map.of("d", gold), Map.of("d", pred));
        assertEquals(1.0, score.whoSaid().f1(), EPS, "neither has a source: who-said holds");
        assertEquals(2.0 * 10 / (20 + 20), score.boundary(), EPS);
    }

    @Test
    void tiesGoToTheLaterPredictionAsInTheScript() {
        List<Attribution> gold = List.of(new Attribution(s(0, 5), s(), s(10, 20)));
        List<Attribution> pred = List.of(new Attribution(s(0, 5), s(), s(10, 15)), new Attribution(s(30, 35), s(), s(15, 20)));
        AttributionScore score = AttributionScorer.score(Map.of("d", gold), Map.of("d", pred));
        assertEquals(0.5, score.content().precision(), EPS);
        assertEquals(0.0, score.whoSaid().f1(), EPS, "(5, 1, 0) sorts before (5, 0, 0) in reverse order");
    }

    @Test
    void cuesPairIndependentlyOfContent() {
        List<Attribution> gold = List.of(new Attribution(s(), s(6, 9), s(10, 20)));
        List<Attribution> pred = List.of(new Attribution(s(), s(7, 8), s(40, 50)));
        AttributionScore score = AttributionScorer.score(Map.of("d", gold), Map.of("d", pred));
        assertEquals(0.0, score.content().f1(), EPS);
        assertEquals(1.0, score.cue().f1(), EPS);
    }

    @Test
    void documentsOutsideTheGoldAreIgnoredAndMissingOnesCountAsEmpty() {
        Map<String, List<Attribution>> gold = new java.util.LinkedHashMap<>();
        gold.put("a", List.of(new Attribution(s(), s(), s(0, 4))));
        gold.put("b", List.of(new Attribution(s(), s(), s(0, 4))));
        AttributionScore score = AttributionScorer.score(gold,
                Map.of("a", List.of(new Attribution(s(), s(), s(0, 4))), "zzz", List.of(new Attribution(s(), s(), s(0, 4)))));
        assertEquals(2, score.articles());
        assertEquals(1, score.predicted());
        assertEquals(1.0, score.content().precision(), EPS);
        assertEquals(0.5, score.content().recall(), EPS);
        AttributionScore none = AttributionScorer.score(gold, Map.of());
        assertEquals(new Prf(0, 0, 0), none.whoSaid());
        assertEquals(0.0, none.boundary(), EPS);
    }
}
