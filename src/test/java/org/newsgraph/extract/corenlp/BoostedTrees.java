package org.newsgraph.extract.corenlp;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Gradient-boosted decision trees for a logistic loss over binary features (test scope, for {@link CueModelTrainer}):
 * each tree is fitted to the gradient and curvature of the loss by greedy splits on one feature's presence (Newton
 * boosting, L2 on the leaf values), its leaves shrunk by the learning rate. Deterministic: no sampling; ties between
 * equally good splits go to the lower feature index.
 */
final class BoostedTrees {
    /** A row: its sorted feature indexes and its label (0 or 1). */
    record Row(int[] features, double label) {
        boolean has(int f) {
            return Arrays.binarySearch(features, f) >= 0;
        }
    }

    /** Tree settings: how many trees, how deep, the learning rate, the L2 on leaves and the least curvature a leaf needs. */
    record Settings(int trees, int depth, double rate, double lambda, double minHessian) {
        String describe() {
            return String.format(Locale.ROOT, "%d trees of depth %d, learning rate %s, L2 %s, least leaf curvature %s",
                    trees, depth, rate, lambda, minHessian);
        }
    }

    /** One node: a split on {@code feature} (yes and no child indexes) or, with feature -1, a leaf of {@code value}. */
    private record Node(int feature, int yes, int no, double value) {
    }

    private final List<Node[]> trees;
    private final double base;

    private BoostedTrees(List<Node[]> trees, double base) {
        this.trees = trees;
        this.base = base;
    }

    /** The log-odds the model gives a row. */
    double margin(Row r) {
        double z = base;
        for (Node[] t : trees) {
            int n = 0;
            while (t[n].feature >= 0)
                n = r.has(t[n].feature) ? t[n].yes : t[n].no;
            z += t[n].value;
        }
        return z;
    }

    double probability(Row r) {
        return 1 / (1 + Math.exp(-margin(r)));
    }

    double base() {
        return base;
    }

    /** Fits trees over rows whose features are indexes below {@code size}. */
    static BoostedTrees fit(List<Row> rows, int size, Settings s) {
        int n = rows.size();
        double pos = rows.stream().mapToDouble(Row::label).sum();
        double base = Math.log((pos + 1) / (n - pos + 1));
        double[] margin = new double[n];
        Arrays.fill(margin, base);
        double[] g = new double[n], h = new double[n];
        Builder b = new Builder(rows, size, s, g, h);
        List<Node[]> trees = new ArrayList<>();
        for (int k = 0; k < s.trees(); k++) {
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-margin[i]));
                g[i] = p - rows.get(i).label();
                h[i] = Math.max(p * (1 - p), 1e-6);
            }
            int[] all = new int[n];
            for (int i = 0; i < n; i++)
                all[i] = i;
            List<Node> nodes = new ArrayList<>();
            b.grow(all, 0, nodes);
            Node[] tree = nodes.toArray(new Node[0]);
            trees.add(tree);
            BoostedTrees one = new BoostedTrees(List.<Node[]>of(tree), 0);
            for (int i = 0; i < n; i++)
                margin[i] += one.margin(rows.get(i));
        }
        return new BoostedTrees(trees, base);
    }

    /** Grows one tree, numbering nodes in preorder (a child's number is above its parent's). */
    private static final class Builder {
        private final List<Row> rows;
        private final Settings s;
        private final double[] g, h;
        private final double[] gf, hf;
        private final int[] touched;

        Builder(List<Row> rows, int size, Settings s, double[] g, double[] h) {
            this.rows = rows;
            this.s = s;
            this.g = g;
            this.h = h;
            gf = new double[size];
            hf = new double[size];
            touched = new int[size];
        }

        int grow(int[] at, int depth, List<Node> nodes) {
            double G = 0, H = 0;
            for (int i : at) {
                G += g[i];
                H += h[i];
            }
            int index = nodes.size();
            nodes.add(null);
            int best = depth < s.depth() ? bestSplit(at, G, H) : -1;
            if (best < 0) {
                nodes.set(index, new Node(-1, 0, 0, -G / (H + s.lambda()) * s.rate()));
                return index;
            }
            int yesCount = 0;
            for (int i : at)
                if (rows.get(i).has(best))
                    yesCount++;
            int[] yes = new int[yesCount], no = new int[at.length - yesCount];
            int y = 0, o = 0;
            for (int i : at)
                if (rows.get(i).has(best))
                    yes[y++] = i;
                else
                    no[o++] = i;
            int yesNode = grow(yes, depth + 1, nodes);
            int noNode = grow(no, depth + 1, nodes);
            nodes.set(index, new Node(best, yesNode, noNode, 0));
            return index;
        }

        /** The feature whose split gains most, or -1 when none gains or leaves a child too little curvature. */
        private int bestSplit(int[] at, double G, double H) {
            int count = 0;
            for (int i : at)
                for (int f : rows.get(i).features()) {
                    if (hf[f] == 0 && gf[f] == 0)
                        touched[count++] = f;
                    gf[f] += g[i];
                    hf[f] += h[i];
                }
            double parent = G * G / (H + s.lambda()), bestGain = 1e-9;
            int best = -1;
            Arrays.sort(touched, 0, count);
            for (int k = 0; k < count; k++) {
                int f = touched[k];
                double gl = gf[f], hl = hf[f], gr = G - gl, hr = H - hl;
                if (hl >= s.minHessian() && hr >= s.minHessian()) {
                    double gain = gl * gl / (hl + s.lambda()) + gr * gr / (hr + s.lambda()) - parent;
                    if (gain > bestGain) {
                        bestGain = gain;
                        best = f;
                    }
                }
                gf[f] = 0;
                hf[f] = 0;
            }
            return best;
        }
    }

    /** Writes the trees in the cue-weights.tsv format ("tree" and "leaf" lines), naming features by {@code names}. */
    void write(PrintWriter o, String[] names) {
        for (int k = 0; k < trees.size(); k++) {
            Node[] t = trees.get(k);
            for (int n = 0; n < t.length; n++)
                if (t[n].feature >= 0)
                    o.printf(Locale.ROOT, "tree\t%d\t%d\t%s\t%d\t%d%n", k, n, names[t[n].feature], t[n].yes, t[n].no);
                else
                    o.printf(Locale.ROOT, "leaf\t%d\t%d\t%.5f%n", k, n, t[n].value);
        }
    }
}
