package org.newsgraph.extract.corenlp;

import org.newsgraph.error.NewsGraphException;
import org.newsgraph.extract.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Decides whether a claim the rules found is right, by a model over the cue's context ({@link CueFeatures}): its
 * lemma, tag and relation, what kind of content it governs, what kind of subject it has, and where it stands among
 * the sentence's other candidates ("want" with an infinitive after "you" rarely attributes; "support" after a name
 * often does; "think" inside what another cue reports mostly belongs to that report). The model is a sum of feature
 * weights and, optionally, of small decision trees over the features, turned into a probability by the logistic
 * function. The shipped model is weights only (logistic regression; boosted trees, which the test-scope
 * CueModelTrainer can also learn, cross-validated no better); it is learned from the PolNeAR training split and lives
 * in {@code org/newsgraph/extract/cue-weights.tsv}, read once per JVM.
 * <p>
 * The file's lines: {@code # comment}; {@code #bias<TAB>z} and {@code #threshold<TAB>p}; {@code feature<TAB>weight};
 * {@code 2|feature<TAB>weight} and {@code #bias2<TAB>z} for the second pass, which,
 * when present, decides instead of the first (see {@link CueNeighbours});
 * {@code tree<TAB>k<TAB>node<TAB>feature<TAB>yes<TAB>no} (tree k's node tests the feature and goes to node yes when
 * the candidate has it, else to node no; node 0 is the root); {@code leaf<TAB>k<TAB>node<TAB>value}.
 */
final class CueScorer {
    static final String RESOURCE = "/org/newsgraph/extract/cue-weights.tsv";
    /** The prefix of the second pass's weights in the model file. */
    static final String SECOND = "2|";

    private final Map<String, Double> weights;
    private final Map<String, Double> second;
    private final double bias2;
    private final List<Tree> trees;
    private final double bias;
    private final double threshold;
    private final Consumer<Candidate> recorder;

    /**
     * A cue the rules found, with its speaker and content hull, as handed to a recorder: its features, its sentence, its
     * index among the sentence's candidates, its neighbours there and the index of the cue it joins into one claim with
     * when both are kept ({@link ChainedCues}; -1 if none).
     */
    record Candidate(Span cue, Optional<Span> speaker, Span content, List<String> features, int sentence, int index,
            CueNeighbours neighbours, int chained) {
    }

    /** One decision tree: node i tests feature[i] (null at a leaf) and goes to yes[i] or no[i]; value[i] at a leaf. */
    private record Tree(String[] feature, int[] yes, int[] no, double[] value) {
        double value(Set<String> features) {
            int n = 0;
            for (int steps = 0; feature[n] != null; steps++) {
                if (steps > feature.length)
                    throw new NewsGraphException("The cue model " + RESOURCE + " has a tree with a cycle.");
                n = features.contains(feature[n]) ? yes[n] : no[n];
            }
            return value[n];
        }
    }

    private CueScorer(Map<String, Double> weights, Map<String, Double> second, double bias2, List<Tree> trees, double bias,
            double threshold, Consumer<Candidate> recorder) {
        this.weights = weights;
        this.second = second;
        this.bias2 = bias2;
        this.trees = trees;
        this.bias = bias;
        this.threshold = threshold;
        this.recorder = recorder;
    }

    private static final class Shipped {
        static final CueScorer MODEL = load();

        private static CueScorer load() {
            try (InputStream in = CueScorer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) // no model: every score is 0.5, and the threshold 0 takes every cue
                    return new CueScorer(Map.of(), Map.of(), 0, List.of(), 0, 0, null);
                return read(in);
            } catch (IOException e) {
                throw new NewsGraphException("The cue model " + RESOURCE + " could not be read: " + e.getMessage(), e);
            }
        }
    }

    /** The model shipped with newsgraph (read once per JVM), or one that accepts every cue when none is shipped. */
    static CueScorer standard() {
        return Shipped.MODEL;
    }

    /** Accepts every cue and hands its span and features to {@code sink} (for training the model). */
    static CueScorer recording(Consumer<Candidate> sink) {
        return new CueScorer(Map.of(), Map.of(), 0, List.of(), 0, 0, sink);
    }

    static CueScorer read(InputStream in) throws IOException {
        Map<String, Double> w = new HashMap<>(), second = new HashMap<>();
        Map<Integer, Map<Integer, String[]>> nodes = new TreeMap<>();
        double bias = 0, bias2 = 0, threshold = 0.5;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("# "))
                continue;
            String[] c = line.split("\t");
            try {
                if (c.length == 6 && c[0].equals("tree") || c.length == 4 && c[0].equals("leaf")) {
                    nodes.computeIfAbsent(Integer.parseInt(c[1]), k -> new TreeMap<>()).put(Integer.parseInt(c[2]), c);
                    continue;
                }
                if (c.length != 2)
                    throw new NewsGraphException("The cue model " + RESOURCE + " needs 'feature<TAB>weight', 'tree<TAB>k<TAB>node<TAB>feature<TAB>yes<TAB>no'"
                            + " or 'leaf<TAB>k<TAB>node<TAB>value' lines, got '" + line + "'.");
                double v = Double.parseDouble(c[1]);
                switch (c[0]) {
                    case "#bias" -> bias = v;
                    case "#bias2" -> bias2 = v;
                    case "#threshold" -> threshold = v;
                    default -> {
                        if (c[0].startsWith(SECOND))
                            second.put(c[0].substring(SECOND.length()), v);
                        else
                            w.put(c[0], v);
                    }
                }
            } catch (NumberFormatException e) {
                throw new NewsGraphException("The cue model " + RESOURCE + " has a number it cannot read in '" + line + "'.", e);
            }
        }
        List<Tree> trees = new ArrayList<>();
        for (Map<Integer, String[]> tree : nodes.values())
            trees.add(tree(tree));
        return new CueScorer(w, second, bias2, List.copyOf(trees), bias, threshold, null);
    }

    private static Tree tree(Map<Integer, String[]> lines) {
        int size = lines.size();
        String[] feature = new String[size];
        int[] yes = new int[size], no = new int[size];
        double[] value = new double[size];
        for (var e : lines.entrySet()) {
            int n = e.getKey();
            String[] c = e.getValue();
            if (n < 0 || n >= size)
                throw new NewsGraphException("The cue model " + RESOURCE + " numbers the nodes of tree " + c[1] + " outside 0.." + (size - 1) + ".");
            if (c[0].equals("leaf")) {
                value[n] = Double.parseDouble(c[3]);
            } else {
                feature[n] = c[3];
                yes[n] = Integer.parseInt(c[4]);
                no[n] = Integer.parseInt(c[5]);
                if (yes[n] <= n || no[n] <= n || yes[n] >= size || no[n] >= size)
                    throw new NewsGraphException("The cue model " + RESOURCE + " has node " + n + " of tree " + c[1] + " pointing outside it.");
            }
        }
        return new Tree(feature, yes, no, value);
    }

    /** The probability that the cue attributes, by the model. */
    double score(List<String> features) {
        double z = bias;
        for (String f : features)
            z += weights.getOrDefault(f, 0.0);
        if (!trees.isEmpty()) {
            Set<String> set = new HashSet<>(features);
            for (Tree t : trees)
                z += t.value(set);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The second pass's probability that the cue attributes, given its features and its neighbours' (see {@link CueNeighbours}). */
    double secondScore(List<String> features, List<String> neighbourFeatures) {
        double z = bias2;
        for (String f : features)
            z += second.getOrDefault(f, 0.0);
        for (String f : neighbourFeatures)
            z += second.getOrDefault(f, 0.0);
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether the model has a second pass (weights over the first pass's scores of a candidate's neighbours). */
    boolean twoPass() {
        return !second.isEmpty();
    }

    /**
     * Which of the candidates the rules found in sentence {@code sentence} the model takes for attributions (bit k for
     * candidate k): each is scored alone, then, with a second pass, again with its neighbours' first scores.
     */
    BitSet accepted(AttributionTree t, int sentence, List<CueCandidate> candidates, CueFeatures.Paragraph paragraph) {
        int n = candidates.size();
        List<List<String>> features = new ArrayList<>(n);
        List<CueNeighbours> neighbours = new ArrayList<>(n);
        double[] first = new double[n];
        for (int k = 0; k < n; k++) {
            CueCandidate c = candidates.get(k);
            features.add(CueFeatures.of(t, c.cue(), c.parts(), c.lemma(), CueFeatures.Context.of(t, sentence, c, candidates, paragraph)));
            neighbours.add(CueNeighbours.of(t, k, candidates));
            first[k] = score(features.get(k));
        }
        BitSet out = new BitSet();
        for (int k = 0; k < n; k++) {
            CueCandidate c = candidates.get(k);
            if (recorder != null) {
                ClaimParts.Parts p = c.parts();
                List<Span> content = new ArrayList<>(p.earlierContent());
                if (!p.content().isEmpty())
                    content.add(t.hull(p.content()));
                recorder.accept(new Candidate(t.hull(p.cue()),
                        SpeakerNames.span(t, p),
                        new Span(content.get(0).begin(), content.get(content.size() - 1).end()), features.get(k), sentence, k,
                        neighbours.get(k), ChainedCues.inner(t, candidates, k)));
                out.set(k);
                continue;
            }
            CueNeighbours nb = neighbours.get(k);
            double p = twoPass() ? secondScore(features.get(k), nb.features(c.lemma(),
                    nb.holder() < 0 ? "-" : candidates.get(nb.holder()).lemma(), c.act().name().toLowerCase(), first)) : first[k];
            if (p >= threshold)
                out.set(k);
        }
        return out;
    }
}
