package org.newsgraph.eval;

/** The checks the score records make of their figures, each failing with a sentence naming the figure. */
final class ScoreChecks {
    private ScoreChecks() {
    }

    /** A count: 0 or more. */
    static void count(String name, long value) {
        if (value < 0)
            throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }

    /** A share or a mean of shares: in [0, 1]. */
    static void share(String name, double value) {
        if (!(value >= 0 && value <= 1))
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
    }
}
