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
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Decides whether a claim the rules found is right, with a logistic model over the cue's context: its lemma, tag
 * and relation, what kind of content it governs and what kind of subject it has ("want" with an infinitive after
 * "you" rarely attributes; "support" after a name often does). The weights are learned from the PolNeAR training
 * split, labelling each rule match by whether its speaker and content match a gold attribution (see the
 * resource header and the test-scope CueModelTrainer), and live in {@code org/newsgraph/extract/cue-weights.tsv}.
 */
final class CueScorer {
    static final String RESOURCE = "/org/newsgraph/extract/cue-weights.tsv";
    private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "who", "which", "that");

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;
    private final Consumer<Candidate> recorder;

    /** A cue the rules found, with its speaker and content hull, as handed to a recorder. */
    record Candidate(Span cue, Optional<Span> speaker, Span content, List<String> features) {
    }

    private CueScorer(Map<String, Double> weights, double bias, double threshold, Consumer<Candidate> recorder) {
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
    static CueScorer recording(Consumer<Candidate> sink) {
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

    /**
     * Whether the model takes the cue at token {@code cue} for an attribution.
     *
     * @param nested whether the cue lies inside the content of another cue of its sentence
     */
    boolean accepts(AttributionTree t, int cue, ClaimParts.Parts p, String lemma, boolean nested) {
        if (recorder != null) {
            List<Span> content = new ArrayList<>(p.earlierContent());
            if (!p.content().isEmpty())
                content.add(t.hull(p.content()));
            recorder.accept(new Candidate(t.hull(p.cue()),
                    p.speaker().isEmpty() ? Optional.empty() : Optional.of(t.hull(p.speaker())),
                    new Span(content.get(0).begin(), content.get(content.size() - 1).end()), features(t, cue, p, lemma, nested)));
            return true;
        }
        return weights.isEmpty() || score(features(t, cue, p, lemma, nested)) >= threshold;
    }

    /** The context of a cue, as feature strings. */
    static List<String> features(AttributionTree t, int cue, ClaimParts.Parts p, String cueLemma, boolean nested) {
        String lemma = cueLemma.replace(' ', '_');
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
        int m = p.speaker().cardinality();
        f.add("sn=" + (m == 0 ? "0" : m < 2 ? "1" : m < 4 ? "2" : m < 8 ? "4" : "8"));
        if (p.speakerHead() >= 0 && t.head(p.speakerHead()) != cue)
            f.add("s-far");
        if (p.speakerHead() >= 0 && p.speakerHead() > cue)
            f.add("s-after");
        f.add("sl=" + (t.size() < 10 ? "short" : t.size() < 30 ? "mid" : "long"));
        String ner = speakerType(t, p);
        f.add("ner=" + ner);
        f.add("l,ner=" + lemma + "," + ner);
        f.add("l,p=" + lemma + "," + preposition(t, cue));
        f.add("l,o=" + lemma + "," + object(t, cue));
        f.add("l,m=" + lemma + "," + marker(t, cue, p));
        if (nested) {
            f.add("nested");
            f.add("l,nested=" + lemma);
        }
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

    /** The named entity type of the speaker's head ("PERSON", "ORGANIZATION"), "O" if none, "none" without a speaker. */
    private static String speakerType(AttributionTree t, ClaimParts.Parts p) {
        int h = p.speakerHead();
        if (h < 0 || h >= t.size())
            return "none";
        String ner = t.token(h).ner();
        return ner == null ? "O" : ner;
    }

    /** The preposition of the cue's first oblique or particle after it ("focus on", "call for"), or "-". */
    private static String preposition(AttributionTree t, int cue) {
        for (int c : t.children(cue))
            if (c > cue && (t.relation(c).startsWith("obl") || t.relation(c).equals("compound:prt")))
                return t.relation(c).equals("compound:prt") ? t.lemma(c) : caseOf(t, c);
        return "-";
    }

    private static String caseOf(AttributionTree t, int node) {
        for (int c : t.children(node, "case"))
            return t.lemma(c);
        return "-";
    }

    /** The lemma of the cue's direct object ("make the case", "cast a vote"), or "-". */
    private static String object(AttributionTree t, int cue) {
        for (int c : t.children(cue, "obj"))
            return t.lemma(c);
        return "-";
    }

    /** The marker opening the content ("that", "if", "to"), or "-". */
    private static String marker(AttributionTree t, int cue, ClaimParts.Parts p) {
        int first = p.content().nextSetBit(0);
        if (first < 0)
            return "-";
        String tag = t.tag(first);
        return tag.equals("IN") || tag.equals("TO") || tag.equals("WDT") || tag.equals("WRB") ? t.lemma(first) : tag;
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
