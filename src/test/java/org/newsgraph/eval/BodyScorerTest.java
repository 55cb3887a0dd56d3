package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The body metric of score_body.py, by hand. */
class BodyScorerTest {
    private static final double EPS = 1e-9;

    @Test
    void tokensAreWhatPythonsWordClassMatches() {
        // combining marks end a token in Python's re; superscript digits and the underscore are word characters
        assertEquals(List.of("cafe", "x²", "snake_case", "日本語"), BodyScorer.tokens("cafe\u0301 x² snake_case, 日本語!"));
    }

    @Test
    void averagesPagesThenTakesF1() {
        Map<String, String> truth = Map.of("p1", "a b c d e", "p2", "one two three four", "p3", "w x y z");
        Map<String, String> pred = Map.of("p1", "a b c d", "p2", "one two three four");
        // p1: truth {abcd, bcde}, pred {abcd}: tp 1, fn 1 -> P 1, R 0.5; p2 exact -> 1, 1;
        // p3 missing: tp 0, fn 1 -> no precision, R 0
        BodyScorer.BodyScore s = BodyScorer.score(truth, pred);
        assertEquals(3, s.pages());
        assertEquals(1, s.empty());
        assertEquals(1.0, s.precision(), EPS);
        assertEquals(0.5, s.recall(), EPS);
        assertEquals(2 * 0.5 / 1.5, s.f1(), EPS);
    }
}
