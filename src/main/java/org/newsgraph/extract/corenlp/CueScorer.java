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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Decides whether a cue the rules found really attributes, with a logistic model over the cue's context: its
 * lemma, tag and relation, what kind of content it governs and what kind of subject it has ("want" with an
 * infinitive after "you" rarely attributes; "support" after a name often does). The weights are learned from
 * the PolNeAR training split (see the resource header) and live in {@code org/newsgraph/extract/cue-weights.tsv}.
 */
final class CueScorer {
    static final String RESOURCE = "/org/newsgraph/extract/cue-weights.tsv";
    private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "who", "which", "that");

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;
    private final BiConsumer<Span, List<String>> recorder;

    private CueScorer(Map<String, Double> weights, double bias, double threshold, BiConsumer<Span, List<String>> recorder) {
        this.weights = weights;
        this.bias = bias;
        this.threshold = threshold;
        this.recorder = recorder;
    }

    /** The model shipped with newsgraph, or one that accepts every cue when none is shipped. */
    static CueScorer standard() {
        try (InputStream in = CueScorer.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                return new CueScorer(Map.of(), 0, 0, null);
            return read(in);
        } catch (IOException e) {
            throw new NewsGraphException("The cue model " + RESOURCE + " could not be read: " + e.getMessage(), e);
        }
    }

    /** Accepts every cue and hands its span and features to {@code sink} (for training the model). */
    static CueScorer recording(BiConsumer<Span, List<String>> sink) {
        return new CueScorer(Map.of(), 0, 0, sink);
    }

    static CueScorer read(InputStream in) throws IOException {
        Map<String, Double> w = new HashMap<>();
        double bias = 0, threshold = 0.5;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("# "))
                continue;
            String[] c = line.split("\t");
            if (c.length != 2)
                throw new NewsGraphException("The cue model " + RESOURCE + " needs 'feature<TAB>weight' lines, got '" + line + "'.");
            double v = Double.parseDouble(c[1]);
            switch (c[0]) {
                case "#bias" -> bias = v;
                case "#threshold" -> threshold = v;
                default -> w.put(c[0], v);
            }
        }
        return new CueScorer(w, bias, threshold, null);
    }

    /** The probability that the cue attributes, by the model. */
    double score(List<String> features) {
        double z = bias;
        for (String f : features)
            z += weights.getOrDefault(f, 0.0);
        return 1 / (1 + Math.exp(-z));
    }

    boolean accepts(AttributionTree t, int cue, ClaimParts.Parts p, String lemma) {
        if (recorder != null) {
            recorder.accept(t.hull(p.cue()), features(t, cue, p, lemma));
            return true;
        }
        return weights.isEmpty() || score(features(t, cue, p, lemma)) >= threshold;
    }

    /** The context of a cue, as feature strings. */
    static List<String> features(AttributionTree t, int cue, ClaimParts.Parts p, String lemma) {
        String content = contentKind(t, cue, p);
        String subject = subjectKind(t, p);
        String tag = t.tag(cue);
        String rel = t.relation(cue).split(":")[0];
        List<String> f = new ArrayList<>();
        f.add("l=" + lemma);
        f.add("t=" + tag);
        f.add("r=" + rel);
        f.add("c=" + content);
        f.add("s=" + subject);
        f.add("l,c=" + lemma + "," + content);
        f.add("l,s=" + lemma + "," + subject);
        f.add("l,t=" + lemma + "," + tag);
        f.add("l,r=" + lemma + "," + rel);
        f.add("c,s=" + content + "," + subject);
        int n = p.content().cardinality();
        f.add("n=" + (n == 0 ? "0" : n < 3 ? "1" : n < 8 ? "3" : n < 20 ? "8" : "20"));
        if (p.negated())
            f.add("neg");
        if (p.hedged())
            f.add("hedge");
        if (p.direct())
            f.add("direct");
        if (cue < t.size() - 1 && t.tag(cue + 1).equals(","))
            f.add("comma-after");
        return f;
    }

    private static String contentKind(AttributionTree t, int cue, ClaimParts.Parts p) {
        if (p.direct())
            return "quote";
        if (!p.earlierContent().isEmpty())
            return "earlier";
        BitSet c = p.content();
        for (int k = c.nextSetBit(0); k >= 0; k = c.nextSetBit(k + 1))
            if (t.head(k) >= 0 && !c.get(t.head(k)))
                return t.relation(k).split(":")[0] + (k < cue ? "<" : ">");
        return "none";
    }

    private static String subjectKind(AttributionTree t, ClaimParts.Parts p) {
        int h = p.speakerHead();
        if (h < 0 || h >= t.size())
            return "none";
        String word = t.token(h).word().toLowerCase();
        if (PRONOUNS.contains(word))
            return word;
        String tag = t.tag(h);
        return tag.startsWith("NNP") ? "name" : tag.startsWith("NN") ? "noun" : "other";
    }
}
