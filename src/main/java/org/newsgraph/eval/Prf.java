package org.newsgraph.eval;

/**
 * Precision, recall and their harmonic mean, each 0 when undefined (nothing predicted, nothing gold).
 */
public record Prf(double precision, double recall, double f1) {
    public Prf {
        check("precision", precision);
        check("recall", recall);
        check("f1", f1);
    }

    /**
     * @param truePredicted the predictions found right
     * @param predicted     all predictions
     * @param trueGold      the gold items found
     * @param gold          all gold items
     */
    public static Prf of(int truePredicted, int predicted, int trueGold, int gold) {
        double p = predicted == 0 ? 0.0 : (double) truePredicted / predicted;
        double r = gold == 0 ? 0.0 : (double) trueGold / gold;
        return new Prf(p, r, p + r == 0 ? 0.0 : 2 * p * r / (p + r));
    }

    /** As {@link #of(int, int, int, int)} with one count of hits for both sides. */
    public static Prf of(int hits, int predicted, int gold) {
        return of(hits, predicted, hits, gold);
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1))
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
    }
}
