package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.newsgraph.eval.BodyScorer.BodyScore;
import org.newsgraph.eval.IdentityScorer.IdentityScore;

/** The score records refuse figures no scorer can give: counts below 0, shares outside [0, 1], absent parts. */
class ScoreRecordsTest {
    private static final Prf HALF = new Prf(0.5, 0.5, 0.5);

    private static String refusal(Class<? extends RuntimeException> type, org.junit.jupiter.api.function.Executable make) {
        return assertThrows(type, make).getMessage();
    }

    @Test
    void attributionScore() {
        assertEquals(3, new AttributionScore(1, 2, 3, HALF, HALF, 0.75, HALF).predicted());
        assertEquals("gold must be >= 0, got -2",
                refusal(IllegalArgumentException.class, () -> new AttributionScore(1, -2, 3, HALF, HALF, 0.75, HALF)));
        assertEquals("boundary must be in [0, 1], got NaN",
                refusal(IllegalArgumentException.class, () -> new AttributionScore(1, 2, 3, HALF, HALF, Double.NaN, HALF)));
        assertEquals("The parameter 'whoSaid' must not be null.",
                refusal(NullPointerException.class, () -> new AttributionScore(1, 2, 3, HALF, HALF, 0.75, null)));
    }

    @Test
    void entityScore() {
        assertEquals(4, new EntityScore(4, 5, 6, HALF, HALF, HALF, HALF).documents());
        assertEquals("predicted must be >= 0, got -6",
                refusal(IllegalArgumentException.class, () -> new EntityScore(4, 5, -6, HALF, HALF, HALF, HALF)));
        assertEquals("The parameter 'linking' must not be null.",
                refusal(NullPointerException.class, () -> new EntityScore(4, 5, 6, HALF, HALF, HALF, null)));
    }

    @Test
    void bodyScore() {
        assertEquals(1, new BodyScore(3, 1, 0.5, 0.5, 0.5).empty());
        assertEquals("empty pages must be in 0..3, got 4",
                refusal(IllegalArgumentException.class, () -> new BodyScore(3, 4, 0.5, 0.5, 0.5)));
        assertEquals("recall must be in [0, 1], got 1.5",
                refusal(IllegalArgumentException.class, () -> new BodyScore(3, 1, 0.5, 1.5, 0.5)));
    }

    @Test
    void identityScore() {
        assertEquals(7, new IdentityScore(10, 2, 0.9, HALF, HALF, 7).goldPairs());
        assertEquals("found must be in [0, 1], got -0.1",
                refusal(IllegalArgumentException.class, () -> new IdentityScore(10, 2, -0.1, HALF, HALF, 7)));
        assertEquals("goldPairs must be >= 0, got -7",
                refusal(IllegalArgumentException.class, () -> new IdentityScore(10, 2, 0.9, HALF, HALF, -7)));
        assertEquals("The parameter 'b3' must not be null.",
                refusal(NullPointerException.class, () -> new IdentityScore(10, 2, 0.9, null, HALF, 7)));
    }
}
