package org.newsgraph.extract.corenlp;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Learns the {@link CueScorer} weights (test scope, not shipped): logistic regression by batch gradient descent
 * with L2, over the features of every cue the rules find in the cached training articles, each labelled by
 * whether it overlaps a gold cue; the threshold is the one with the best cue F1 in 5-fold cross-validation by
 * article.
 * <pre>
 * CueModelTrainer CANDIDATES.tsv GOLD_DIR OUT.tsv
 * </pre>
 * CANDIDATES.tsv comes from {@code AttributionHarness features CACHE CANDIDATES.tsv} run without a shipped model.
 */
public final class CueModelTrainer {
    private static final double L2 = 3e-4;
    private static final int ITERATIONS = 600;
    private static final int MIN_COUNT = 2;

    private record Row(String doc, int[] features, double label) {
    }

    private CueModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path candidates = Path.of(args[0]), gold = Path.of(args[1]), out = Path.of(args[2]);
        Map<String, List<int[]>> cues = goldCues(gold);
        List<String[]> raw = new ArrayList<>();
        for (String line : Files.readAllLines(candidates, StandardCharsets.UTF_8))
            raw.add(line.split("\t"));
        List<String> docs = raw.stream().map(r -> r[0]).distinct().sorted().toList();
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < docs.size(); i++)
            fold.put(docs.get(i), i % 5);
        double bestF = -1, bestThreshold = 0.5;
        double[] tp = new double[16], kept = new double[16];
        int goldTotal = docs.stream().mapToInt(d -> cues.getOrDefault(d, List.of()).size()).sum();
        for (int k = 0; k < 5; k++) {
            int f = k;
            Map<String, Integer> vocab = vocabulary(raw.stream().filter(r -> fold.get(r[0]) != f).toList());
            List<Row> train = rows(raw.stream().filter(r -> fold.get(r[0]) != f).toList(), vocab, cues);
            List<Row> test = rows(raw.stream().filter(r -> fold.get(r[0]) == f).toList(), vocab, cues);
            double[] w = fit(train, vocab.size());
            for (Row r : test) {
                double p = predict(r, w);
                for (int t = 0; t < 16; t++)
                    if (p >= t * 0.05) {
                        kept[t]++;
                        tp[t] += r.label;
                    }
            }
        }
        for (int t = 0; t < 16; t++) {
            double p = tp[t] / kept[t], r = tp[t] / goldTotal, f = 2 * p * r / (p + r);
            System.err.printf(Locale.ROOT, "threshold %.2f P %.3f R %.3f F1 %.3f%n", t * 0.05, p, r, f);
            if (f > bestF) {
                bestF = f;
                bestThreshold = t * 0.05;
            }
        }
        Map<String, Integer> vocab = vocabulary(raw);
        double[] w = fit(rows(raw, vocab, cues), vocab.size());
        try (PrintWriter o = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            o.println("# Logistic model of whether a cue found by the rules attributes (read by CueScorer). Learned by");
            o.println("# CueModelTrainer (test scope) on the PolNeAR training split: L2 " + L2 + ", " + ITERATIONS
                    + " iterations; threshold by 5-fold cross-validation on train (cue F1 "
                    + String.format(Locale.ROOT, "%.3f", bestF) + ").");
            o.printf(Locale.ROOT, "#bias\t%.4f%n#threshold\t%.2f%n", w[vocab.size()], bestThreshold);
            for (var e : new TreeMap<>(vocab).entrySet())
                if (Math.abs(w[e.getValue()]) >= 0.01)
                    o.printf(Locale.ROOT, "%s\t%.4f%n", e.getKey(), w[e.getValue()]);
        }
    }

    /** Gold cue spans per article (first annotator file by name, as the scorer does). */
    private static Map<String, List<int[]>> goldCues(Path gold) throws IOException {
        Map<String, List<int[]>> out = new HashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(gold.resolve("attributions"))) {
            files = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String stem = name.substring(0, name.lastIndexOf('_'));
            if (out.containsKey(stem))
                continue;
            List<int[]> spans = new ArrayList<>();
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String[] c = line.split("\t");
                if (c.length >= 2 && c[0].startsWith("T") && c[1].startsWith("Cue "))
                    for (String part : c[1].substring(4).split(";")) {
                        String[] be = part.trim().split(" ");
                        spans.add(new int[] {Integer.parseInt(be[0]), Integer.parseInt(be[1])});
                    }
            }
            out.put(stem, spans);
        }
        return out;
    }

    private static Map<String, Integer> vocabulary(List<String[]> raw) {
        Map<String, Integer> count = new HashMap<>();
        for (String[] r : raw)
            for (String f : r[3].split(" "))
                count.merge(f, 1, Integer::sum);
        Map<String, Integer> vocab = new HashMap<>();
        count.entrySet().stream().filter(e -> e.getValue() >= MIN_COUNT).map(Map.Entry::getKey).sorted()
                .forEach(f -> vocab.put(f, vocab.size()));
        return vocab;
    }

    private static List<Row> rows(List<String[]> raw, Map<String, Integer> vocab, Map<String, List<int[]>> cues) {
        List<Row> rows = new ArrayList<>();
        for (String[] r : raw) {
            int b = Integer.parseInt(r[1]), e = Integer.parseInt(r[2]);
            boolean hit = cues.getOrDefault(r[0], List.of()).stream().anyMatch(g -> g[0] < e && b < g[1]);
            int[] f = Stream.of(r[3].split(" ")).filter(vocab::containsKey).mapToInt(vocab::get).toArray();
            rows.add(new Row(r[0], f, hit ? 1 : 0));
        }
        return rows;
    }

    /** Weights, the bias last. */
    private static double[] fit(List<Row> rows, int size) {
        double[] w = new double[size + 1];
        int n = rows.size();
        for (int it = 0; it < ITERATIONS; it++) {
            double[] g = new double[size + 1];
            for (Row r : rows) {
                double d = predict(r, w) - r.label;
                for (int f : r.features)
                    g[f] += d;
                g[size] += d;
            }
            for (int j = 0; j < size; j++)
                w[j] -= g[j] / n + L2 * w[j];
            w[size] -= g[size] / n;
        }
        return w;
    }

    private static double predict(Row r, double[] w) {
        double z = w[w.length - 1];
        for (int f : r.features)
            z += w[f];
        return 1 / (1 + Math.exp(-z));
    }
}
