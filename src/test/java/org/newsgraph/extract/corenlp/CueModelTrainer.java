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
 * whether its speaker and content are right (or, with "cue", whether its cue is); the threshold is the one with
 * the best F1 in 5-fold cross-validation by article.
 * <pre>
 * CueModelTrainer CANDIDATES.tsv GOLD_DIR OUT.tsv [who|cue|cue+content]
 * </pre>
 * CANDIDATES.tsv comes from {@code AttributionHarness features CACHE CANDIDATES.tsv} (which records every rule
 * match, whatever the shipped model says). {@code -Diterations=N} and {@code -Dl2=X} change the 600 iterations and the
 * L2 weight of 3e-4 (2,000 iterations raised the in-sample train F1 but not the dev F1, session 3).
 */
public final class CueModelTrainer {
    private static final double L2 = Double.parseDouble(System.getProperty("l2", "3e-4"));
    private static final int ITERATIONS = Integer.getInteger("iterations", 600);
    private static final int MIN_COUNT = 2;

    private record Row(String doc, int[] features, double label) {
    }

    private CueModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path candidates = Path.of(args[0]), goldDir = Path.of(args[1]), out = Path.of(args[2]);
        String label = args.length < 4 ? "who" : args[3];
        boolean who = label.equals("who");
        Map<String, List<Gold>> gold = gold(goldDir);
        List<String[]> raw = new ArrayList<>();
        for (String line : Files.readAllLines(candidates, StandardCharsets.UTF_8))
            raw.add(line.split("\t", -1));
        List<String> docs = raw.stream().map(r -> r[0]).distinct().sorted().toList();
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < docs.size(); i++)
            fold.put(docs.get(i), i % 5);
        double bestF = -1, bestThreshold = 0.5;
        double[] tp = new double[16], kept = new double[16];
        int goldTotal = docs.stream().mapToInt(d -> (int) gold.getOrDefault(d, List.of()).stream()
                .filter(g -> who || !g.cue().isEmpty()).count()).sum();
        for (int k = 0; k < 5; k++) {
            int f = k;
            Map<String, Integer> vocab = vocabulary(raw.stream().filter(r -> fold.get(r[0]) != f).toList());
            List<Row> train = rows(raw.stream().filter(r -> fold.get(r[0]) != f).toList(), vocab, gold, label);
            List<Row> test = rows(raw.stream().filter(r -> fold.get(r[0]) == f).toList(), vocab, gold, label);
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
        double[] w = fit(rows(raw, vocab, gold, label), vocab.size());
        try (PrintWriter o = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            o.println("# Logistic model of whether a claim found by the rules is right (read by CueScorer). Learned by");
            o.println("# CueModelTrainer (test scope) on the PolNeAR training split: L2 " + L2 + ", " + ITERATIONS
                    + " iterations; label: " + switch (label) {
                        case "who" -> "speaker and content right";
                        case "cue" -> "cue right";
                        default -> "cue and content right";
                    }
                    + "; threshold by 5-fold cross-validation on train (F1 "
                    + String.format(Locale.ROOT, "%.3f", bestF) + ").");
            o.printf(Locale.ROOT, "#bias\t%.4f%n#threshold\t%.2f%n", w[vocab.size()], bestThreshold);
            for (var e : new TreeMap<>(vocab).entrySet())
                if (Math.abs(w[e.getValue()]) >= 0.01)
                    o.printf(Locale.ROOT, "%s\t%.4f%n", e.getKey(), w[e.getValue()]);
        }
    }

    /** One gold attribution: its cue, source and content spans (each possibly empty). */
    record Gold(List<int[]> cue, List<int[]> source, List<int[]> content) {
    }

    /** Gold attributions per article (first annotator file by name, as the scorer does). */
    static Map<String, List<Gold>> gold(Path dir) throws IOException {
        Map<String, List<Gold>> out = new HashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir.resolve("attributions"))) {
            files = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String stem = name.substring(0, name.lastIndexOf('_'));
            if (out.containsKey(stem))
                continue;
            Map<String, List<int[]>> spans = new HashMap<>();
            List<Gold> golds = new ArrayList<>();
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (String line : lines) {
                String[] c = line.split("\t");
                if (c.length >= 2 && c[0].startsWith("T") && c[1].contains(" ")) {
                    List<int[]> parts = new ArrayList<>();
                    for (String part : c[1].substring(c[1].indexOf(' ') + 1).split(";")) {
                        String[] be = part.trim().split(" ");
                        parts.add(new int[] {Integer.parseInt(be[0]), Integer.parseInt(be[1])});
                    }
                    spans.put(c[0], parts);
                }
            }
            for (String line : lines) {
                String[] c = line.split("\t");
                if (c.length >= 2 && c[0].startsWith("E")) {
                    Map<String, String> roles = new HashMap<>();
                    for (String r : c[1].split(" "))
                        if (r.contains(":"))
                            roles.put(r.substring(0, r.indexOf(':')), r.substring(r.indexOf(':') + 1));
                    golds.add(new Gold(spans.getOrDefault(roles.getOrDefault("Cue", ""), List.of()),
                            spans.getOrDefault(roles.getOrDefault("Source", ""), List.of()),
                            spans.getOrDefault(roles.getOrDefault("Content", ""), List.of())));
                }
            }
            out.put(stem, golds);
        }
        return out;
    }

    private static boolean overlaps(List<int[]> spans, int b, int e) {
        return spans.stream().anyMatch(g -> g[0] < e && b < g[1]);
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

    /**
     * Labels each candidate: for {@code who}, whether its content overlaps a gold attribution whose source it
     * also overlaps (or neither has one); for {@code cue}, whether its cue overlaps a gold cue; for
     * {@code cue+content}, whether its cue and its content overlap those of one gold attribution.
     */
    private static List<Row> rows(List<String[]> raw, Map<String, Integer> vocab, Map<String, List<Gold>> gold,
            String label) {
        boolean who = label.equals("who"), cueOnly = label.equals("cue");
        List<Row> rows = new ArrayList<>();
        for (String[] r : raw) {
            int b = Integer.parseInt(r[1]), e = Integer.parseInt(r[2]);
            int cb = Integer.parseInt(r[6]), ce = Integer.parseInt(r[7]);
            boolean hasSpeaker = !r[4].isEmpty();
            int sb = hasSpeaker ? Integer.parseInt(r[4]) : 0, se = hasSpeaker ? Integer.parseInt(r[5]) : 0;
            boolean hit = gold.getOrDefault(r[0], List.of()).stream().anyMatch(g -> who
                    ? overlaps(g.content(), cb, ce) && (hasSpeaker ? overlaps(g.source(), sb, se) : g.source().isEmpty())
                    : overlaps(g.cue(), b, e) && (cueOnly || overlaps(g.content(), cb, ce)));
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
