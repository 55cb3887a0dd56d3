package org.newsgraph.extract.corenlp;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Learns the {@link CueScorer} model (test scope, not shipped) from every cue the rules find in the cached training
 * articles, each labelled by whether its cue is paired with a gold cue when all candidates are taken and paired one to
 * one as {@code score_attribution.py} pairs them ({@code paired}, the default: of two candidates on one gold cue, such
 * as "expressed" and "concern", one is a false cue), whether its cue overlaps a gold cue ({@code cue}), whether its
 * speaker and content are right ({@code who}) or whether cue and content are ({@code cue+content}). The learner is
 * logistic regression by batch gradient descent with L2 ({@code -Dlearner=trees} for boosted decision trees,
 * {@link BoostedTrees}, which cross-validated no better: cue F1 0.783-0.786 against 0.784, session 4). Five-fold cross-validation by article (article i of the sorted gold list in fold i mod 5)
 * gives every candidate an out-of-fold probability; the candidates kept at each threshold are then scored as
 * {@code score_attribution.py} scores them (cue, who-said and content F1), and the shipped threshold is the one with
 * the best cue F1 (the bar), averaged with the two thresholds next to it, to three places, then the best
 * who-said F1 (session 8: the top is flat, and without the average one candidate more or less moved the choice from
 * 0.400 to 0.450). The final model is fitted on all articles.
 * <p>
 * With two passes (the default; {@code -Dpasses=1} for one), a second logistic model is then learned over each
 * candidate's features plus its neighbours' first-pass scores ({@link CueNeighbours}): the neighbours' out-of-fold
 * scores, as the shipped model will see first-pass scores of unseen articles; it is cross-validated the same way, and
 * its out-of-fold probabilities are the ones thresholded. Session 5, same features, train CV at the chosen threshold:
 * one pass cue F1 0.790 / who-said 0.696, two passes 0.791 / 0.699 (best cue F1 over thresholds 0.790 against 0.793).
 * {@code -Doof=FILE} writes every candidate's out-of-fold probability, label and features, for error analysis.
 * {@code -Dfolds=N} cross-validates in N folds instead of five (session 8: 2 folds, half of train to learn from, gave cue
 * F1 0.790; 5 folds 0.793; 10 folds 0.794: more articles would add little).
 * <pre>
 * CueModelTrainer CANDIDATES.tsv GOLD_DIR OUT.tsv [paired|cue|who|cue+content]
 * </pre>
 * CANDIDATES.tsv comes from {@code AttributionHarness features CACHE CANDIDATES.tsv}, which records every rule match
 * whatever the shipped model says. Settings as system properties: {@code -Dtrees=N -Ddepth=D -Drate=X -Dlambda=X
 * -DminHessian=X} for the trees (first pass only); {@code -DminCount=N} drops features seen in fewer candidates (2; 3
 * cross-validated the same, with a quarter fewer weights); {@code -Dl2=X -Diterations=N} for the logistic model (1500
 * iterations cross-validated better than 600: log loss 0.3684 against 0.3714, session 5); {@code -Dfeatures=base} keeps only
 * the features of the session-3 model (no sentence context), to measure what the context adds.
 */
public final class CueModelTrainer {
    private static final double L2 = Double.parseDouble(System.getProperty("l2", "3e-4"));
    private static final int ITERATIONS = Integer.getInteger("iterations", 1500);
    private static final int MIN_COUNT = Integer.getInteger("minCount", 2);
    private static final int FOLDS = Integer.getInteger("folds", 5);
    /** The feature prefixes of the session-3 model, for {@code -Dfeatures=base}. */
    private static final Set<String> BASE = Set.of("l", "t", "r", "c", "s", "l,c", "l,s", "l,t", "l,r", "c,s", "n", "neg",
            "hedge", "direct", "comma-after", "sn", "s-far", "s-after", "sl", "ner", "l,ner", "l,p", "l,o", "l,m", "nested", "l,nested");

    /** A candidate of the features file: its article, spans ([begin, end), source null when absent) and features. */
    private record Candidate(String doc, int[] cue, int[] source, int[] content, String[] features, int sentence, int index,
            int holder, List<Integer> inner, int governor, List<Integer> governed, int chained) {
        /** The cue's lemma as its features write it ("according_to"). */
        String lemma() {
            return feature("l");
        }

        /** The value of the candidate's feature {@code name} ("say" of "l=say"), or "-". */
        String feature(String name) {
            for (String f : features)
                if (f.startsWith(name + "="))
                    return f.substring(name.length() + 1);
            return "-";
        }
    }

    private CueModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path candidates = Path.of(args[0]), goldDir = Path.of(args[1]), out = Path.of(args[2]);
        String label = args.length < 4 ? "paired" : args[3];
        boolean trees = System.getProperty("learner", "logistic").equals("trees");
        boolean twoPass = Integer.getInteger("passes", 2) == 2;
        BoostedTrees.Settings settings = new BoostedTrees.Settings(Integer.getInteger("trees", 300), Integer.getInteger("depth", 3),
                Double.parseDouble(System.getProperty("rate", "0.1")), Double.parseDouble(System.getProperty("lambda", "1")),
                Double.parseDouble(System.getProperty("minHessian", "2")));
        Map<String, List<AttributionGold.Gold>> gold = new TreeMap<>(AttributionGold.read(goldDir));
        List<Candidate> all = read(candidates, System.getProperty("features", "all").equals("base"));
        Map<String, List<Candidate>> byDoc = new LinkedHashMap<>();
        for (Candidate c : all)
            byDoc.computeIfAbsent(c.doc(), k -> new ArrayList<>()).add(c);
        Map<String, Integer> fold = new HashMap<>();
        for (String d : gold.keySet())
            fold.put(d, fold.size() % FOLDS);
        Map<Candidate, Integer> labels = new HashMap<>();
        Map<Candidate, Double> first = crossValidate(all, Candidate::features, fold, gold, label, trees, settings, labels);
        Map<Candidate, Double> outOfFold = first;
        Map<Candidate, String[]> second = new HashMap<>();
        if (twoPass) {
            // the second pass learns from the first pass's out-of-fold scores of each candidate's neighbours, as it will
            // see the first pass's scores of unseen articles
            System.err.println("first pass:      " + best(gold, byDoc, first));
            second = secondFeatures(all, first);
            outOfFold = crossValidate(all, second::get, fold, gold, label, false, settings, labels);
        }
        if (System.getProperty("oof") != null)
            try (PrintWriter o = new PrintWriter(Files.newBufferedWriter(Path.of(System.getProperty("oof")), StandardCharsets.UTF_8))) {
                for (Candidate c : all)
                    o.printf(Locale.ROOT, "%s\t%d\t%d\t%.4f\t%d\t%s%n", c.doc(), c.cue()[0], c.cue()[1], outOfFold.getOrDefault(c, 0.0),
                            labels.getOrDefault(c, 0), String.join(" ", twoPass ? second.get(c) : c.features()));
            }
        System.err.println("all candidates:  " + score(gold, byDoc, outOfFold, 0).describe());
        double[] cue = new double[33];
        double[] who = new double[33];
        for (int t = 8; t <= 32; t++) {
            AttributionScore s = score(gold, byDoc, outOfFold, t * 0.025);
            System.err.printf(Locale.ROOT, "threshold %.3f  %s%n", t * 0.025, s.describe());
            cue[t] = s.cueF1();
            who[t] = s.whoF1();
        }
        // the bar is cue F1: the best of it, averaged with the thresholds next to it (its top is flat, and one
        // candidate more or less should not move the choice across it), to three places; of those, the best who-said F1
        double bestThreshold = 0.5, best = -1;
        for (int t = 8; t <= 32; t++) {
            int from = Math.max(8, t - 1), to = Math.min(32, t + 1);
            double smooth = 0;
            for (int k = from; k <= to; k++)
                smooth += cue[k] / (to - from + 1);
            double value = Math.round(smooth * 1000) * 10 + who[t];
            if (value > best + 1e-9) {
                best = value;
                bestThreshold = t * 0.025;
            }
        }
        AttributionScore chosen = score(gold, byDoc, outOfFold, bestThreshold);
        System.err.printf(Locale.ROOT, "chosen %.3f  %s%n", bestThreshold, chosen.describe());
        try (PrintWriter o = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            String learner = (trees ? settings.describe() : "logistic regression, L2 " + L2 + ", " + ITERATIONS + " iterations")
                    + (twoPass ? ", then a second logistic pass over the first pass's scores of each candidate's neighbours" : "");
            header(o, label, learner, bestThreshold, chosen);
            write(o, all, Candidate::features, gold, label, trees, settings, "#bias", "");
            o.printf(Locale.ROOT, "#threshold\t%.3f%n", bestThreshold);
            if (twoPass)
                write(o, all, second::get, gold, label, false, settings, "#bias2", CueScorer.SECOND);
        }
    }

    /** Out-of-fold probabilities of every candidate, by five-fold cross-validation by article; records the labels. */
    private static Map<Candidate, Double> crossValidate(List<Candidate> all, Function<Candidate, String[]> features,
            Map<String, Integer> fold, Map<String, List<AttributionGold.Gold>> gold, String label, boolean trees, BoostedTrees.Settings settings,
            Map<Candidate, Integer> labels) {
        Map<Candidate, Double> outOfFold = new HashMap<>();
        for (int k = 0; k < FOLDS; k++) {
            int f = k;
            List<Candidate> train = all.stream().filter(c -> fold.getOrDefault(c.doc(), -1) != f).toList();
            Map<String, Integer> vocab = vocabulary(train, features);
            List<BoostedTrees.Row> rows = rows(train, features, vocab, gold, label);
            List<Candidate> test = all.stream().filter(c -> fold.getOrDefault(c.doc(), -1) == f).toList();
            List<BoostedTrees.Row> testRows = rows(test, features, vocab, gold, label);
            for (int i = 0; i < test.size(); i++)
                labels.put(test.get(i), (int) testRows.get(i).label());
            if (trees) {
                BoostedTrees m = BoostedTrees.fit(rows, vocab.size(), settings);
                for (int i = 0; i < test.size(); i++)
                    outOfFold.put(test.get(i), m.probability(testRows.get(i)));
            } else {
                double[] w = LogisticModel.fit(rows, vocab.size(), L2, ITERATIONS);
                for (int i = 0; i < test.size(); i++)
                    outOfFold.put(test.get(i), LogisticModel.probability(testRows.get(i), w));
            }
            System.err.println("fold " + k + " done");
        }
        return outOfFold;
    }

    /** Fits the model on every candidate and writes its bias line and weights (or trees), each feature after {@code prefix}. */
    private static void write(PrintWriter o, List<Candidate> all, Function<Candidate, String[]> features, Map<String, List<AttributionGold.Gold>> gold,
            String label, boolean trees, BoostedTrees.Settings settings, String biasLine, String prefix) {
        Map<String, Integer> vocab = vocabulary(all, features);
        List<BoostedTrees.Row> rows = rows(all, features, vocab, gold, label);
        String[] names = new String[vocab.size()];
        vocab.forEach((name, i) -> names[i] = name);
        if (trees) {
            BoostedTrees m = BoostedTrees.fit(rows, vocab.size(), settings);
            o.printf(Locale.ROOT, "%s\t%.5f%n", biasLine, m.base());
            m.write(o, names);
        } else {
            double[] w = LogisticModel.fit(rows, vocab.size(), L2, ITERATIONS);
            o.printf(Locale.ROOT, "%s\t%.4f%n", biasLine, w[vocab.size()]);
            for (var e : new TreeMap<>(vocab).entrySet())
                if (Math.abs(w[e.getValue()]) >= 0.01)
                    o.printf(Locale.ROOT, "%s%s\t%.4f%n", prefix, e.getKey(), w[e.getValue()]);
        }
    }

    /** Each candidate's features for the second pass: its own, then its neighbours' by their first-pass {@code scores}. */
    private static Map<Candidate, String[]> secondFeatures(List<Candidate> all, Map<Candidate, Double> scores) {
        Map<String, List<Candidate>> bySentence = new LinkedHashMap<>();
        for (Candidate c : all)
            bySentence.computeIfAbsent(c.doc() + "\t" + c.sentence(), k -> new ArrayList<>()).add(c);
        Map<Candidate, String[]> out = new HashMap<>();
        for (List<Candidate> sentence : bySentence.values()) {
            int n = sentence.stream().mapToInt(Candidate::index).max().orElse(0) + 1;
            double[] first = new double[n];
            for (Candidate c : sentence)
                first[c.index()] = scores.getOrDefault(c, 0.0);
            String[] lemmas = new String[n];
            for (Candidate c : sentence)
                lemmas[c.index()] = c.lemma();
            for (Candidate c : sentence) {
                List<Integer> others = sentence.stream().filter(o -> o != c).map(Candidate::index).toList();
                CueNeighbours nb = new CueNeighbours(c.holder(), c.inner(), c.governor(), c.governed(), others);
                List<String> f = new ArrayList<>(List.of(c.features()));
                f.addAll(nb.features(c.lemma(), c.holder() < 0 ? "-" : lemmas[c.holder()], c.feature("act"), first));
                out.put(c, f.toArray(String[]::new));
            }
        }
        return out;
    }

    /** The best cue F1 over the thresholds, for comparing the passes. */
    private static String best(Map<String, List<AttributionGold.Gold>> gold, Map<String, List<Candidate>> byDoc, Map<Candidate, Double> p) {
        AttributionScore best = null;
        for (int t = 8; t <= 32; t++) {
            AttributionScore s = score(gold, byDoc, p, t * 0.025);
            if (best == null || s.cueF1() + s.whoF1() > best.cueF1() + best.whoF1())
                best = s;
        }
        return best.describe();
    }

    private static void header(PrintWriter o, String label, String learner, double threshold, AttributionScore cv) {
        o.println("# Model of whether a claim found by the rules is right (read by CueScorer; the line formats are in its javadoc).");
        o.println("# Learned by CueModelTrainer (test scope) on the PolNeAR training split (840 articles): " + learner + ";");
        o.println("# label: " + switch (label) {
            case "who" -> "speaker and content right";
            case "cue" -> "cue overlaps a gold cue";
            case "paired" -> "cue paired with a gold cue as the scorer pairs them, all candidates taken";
            default -> "cue and content right";
        } + "; threshold by 5-fold cross-validation by article (best cue F1 averaged with the next thresholds, to three places, then best who-said F1).");
        o.printf(Locale.ROOT, "# Cross-validated on train at threshold %.3f: %s%n", threshold, cv.describe());
        o.println("# Relearn after any change to the rules or the lexicon (from the worktree root; CP and the cache as in AttributionHarness's javadoc):");
        o.println("#   java -cp $CP org.newsgraph.extract.corenlp.AttributionHarness retrain /tmp/claims-trainall.pb "
                + "../shared/eval/polnear/train src/main/resources/org/newsgraph/extract/cue-weights.tsv");
    }

    private static List<Candidate> read(Path file, boolean base) throws IOException {
        List<Candidate> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] r = line.split("\t", -1);
            String[] features = r[3].split(" ");
            if (base)
                features = Stream.of(features).filter(f -> BASE.contains(f.contains("=") ? f.substring(0, f.indexOf('=')) : f))
                        .toArray(String[]::new);
            out.add(new Candidate(r[0], new int[] {Integer.parseInt(r[1]), Integer.parseInt(r[2])},
                    r[4].isEmpty() ? null : new int[] {Integer.parseInt(r[4]), Integer.parseInt(r[5])},
                    new int[] {Integer.parseInt(r[6]), Integer.parseInt(r[7])}, features, Integer.parseInt(r[8]), Integer.parseInt(r[9]),
                    Integer.parseInt(r[10]), CueNeighbours.read(r[11]), Integer.parseInt(r[12]), CueNeighbours.read(r[13]),
                    r.length > 14 ? Integer.parseInt(r[14]) : -1));
        }
        return out;
    }

    /**
     * The figures of the candidates kept at {@code threshold}, two kept candidates that {@link ChainedCues} joins scored
     * as the one claim it makes of them: the inner one, its cue from the outer cue on, the outer speaker where it has none.
     */
    private static AttributionScore score(Map<String, List<AttributionGold.Gold>> gold, Map<String, List<Candidate>> byDoc,
            Map<Candidate, Double> probability, double threshold) {
        Map<Candidate, AttributionScore.Predicted> kept = new java.util.IdentityHashMap<>();
        for (List<Candidate> cs : byDoc.values()) {
            Map<String, Candidate> at = new HashMap<>();
            for (Candidate c : cs)
                if (probability.getOrDefault(c, 0.0) >= threshold) {
                    at.put(c.sentence() + ":" + c.index(), c);
                    kept.put(c, new AttributionScore.Predicted(c.cue(), c.source(), c.content()));
                }
            for (Candidate outer : cs) {
                Candidate inner = outer.chained() < 0 || !kept.containsKey(outer) ? null : at.get(outer.sentence() + ":" + outer.chained());
                if (inner == null || !kept.containsKey(inner))
                    continue;
                kept.remove(outer);
                kept.put(inner, new AttributionScore.Predicted(new int[] {outer.cue()[0], inner.cue()[1]},
                        inner.source() != null ? inner.source() : outer.source(), inner.content()));
            }
        }
        return AttributionScore.of(gold, byDoc, kept::get);
    }

    private static Map<String, Integer> vocabulary(List<Candidate> candidates, Function<Candidate, String[]> features) {
        Map<String, Integer> count = new HashMap<>();
        for (Candidate c : candidates)
            for (String f : features.apply(c))
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
    private static List<BoostedTrees.Row> rows(List<Candidate> candidates, Function<Candidate, String[]> features, Map<String, Integer> vocab,
            Map<String, List<AttributionGold.Gold>> gold, String label) {
        boolean who = label.equals("who"), cueOnly = label.equals("cue");
        java.util.Set<Candidate> paired = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (label.equals("paired")) {
            Map<String, List<Candidate>> byDoc = new LinkedHashMap<>();
            for (Candidate c : candidates)
                byDoc.computeIfAbsent(c.doc(), k -> new ArrayList<>()).add(c);
            byDoc.forEach((doc, cs) -> {
                List<List<int[]>> gc = gold.getOrDefault(doc, List.of()).stream().map(AttributionGold.Gold::cue).filter(x -> !x.isEmpty()).toList();
                for (int[] ij : AttributionScore.pair(cs.stream().map(c -> List.of(c.cue())).toList(), gc))
                    paired.add(cs.get(ij[0]));
            });
        }
        List<BoostedTrees.Row> rows = new ArrayList<>();
        for (Candidate c : candidates) {
            List<int[]> content = List.of(c.content()), cue = List.of(c.cue());
            boolean hit = gold.getOrDefault(c.doc(), List.of()).stream().anyMatch(g -> who
                    ? AttributionScore.overlap(g.content(), content) > 0
                            && (c.source() != null ? AttributionScore.overlap(g.source(), List.of(c.source())) > 0 : g.source().isEmpty())
                    : AttributionScore.overlap(g.cue(), cue) > 0 && (cueOnly || AttributionScore.overlap(g.content(), content) > 0));
            if (label.equals("paired"))
                hit = paired.contains(c);
            int[] f = Stream.of(features.apply(c)).filter(vocab::containsKey).mapToInt(vocab::get).distinct().sorted().toArray();
            rows.add(new BoostedTrees.Row(f, hit ? 1 : 0));
        }
        return rows;
    }
}
