package org.newsgraph.extract.corenlp;

import java.util.List;

/** Logistic regression by batch gradient descent with L2 over binary features (for {@link CueModelTrainer}). */
final class LogisticModel {
    private LogisticModel() {
    }

    /** Logistic weights by batch gradient descent with L2, the bias last. */
    static double[] fit(List<BoostedTrees.Row> rows, int size, double l2, int iterations) {
        double[] w = new double[size + 1];
        int n = rows.size();
        for (int it = 0; it < iterations; it++) {
            double[] g = new double[size + 1];
            for (BoostedTrees.Row r : rows) {
                double d = probability(r, w) - r.label();
                for (int f : r.features())
                    g[f] += d;
                g[size] += d;
            }
            for (int j = 0; j < size; j++)
                w[j] -= g[j] / n + l2 * w[j];
            w[size] -= g[size] / n;
        }
        return w;
    }

    static double probability(BoostedTrees.Row r, double[] w) {
        double z = w[w.length - 1];
        for (int f : r.features())
            z += w[f];
        return 1 / (1 + Math.exp(-z));
    }
}
