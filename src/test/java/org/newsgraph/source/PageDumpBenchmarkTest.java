package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Body F1 of page dumps against the article-extraction benchmark, with the benchmark's metric (as
 * score_body.py: 4-token shingles, per-page normalised counts, precision and recall averaged over pages).
 * The dumps are made outside the build (for example {@code w3m -dump -T text/html -cols 120}) into a
 * directory of {@code KEY.txt} files given by the system property {@code newsgraph.dumps}; without it,
 * or without the shared ground truth, the test is skipped. Keys starting 0-7 were used for tuning,
 * keys starting 8-f are held out.
 *
 * <pre>
 * mkdir -p /tmp/dumps
 * for f in ../shared/eval/article-extraction/html/*.html.gz; do
 *   zcat "$f" | w3m -dump -T text/html -cols 120 &gt; /tmp/dumps/$(basename "$f" .html.gz).txt; done
 * mvn -o -q test -Dtest=PageDumpBenchmarkTest -Dnewsgraph.dumps=/tmp/dumps
 * </pre>
 */
class PageDumpBenchmarkTest {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    @Test
    void heldOutDumpsReachTheIssuesBar() throws IOException {
        String dumps = System.getProperty("newsgraph.dumps", "");
        String shared = System.getProperty("newsgraph.shared", "");
        Path truth = Path.of(shared, "eval", "article-extraction", "ground-truth.json");
        assumeTrue(!dumps.isEmpty() && Files.isDirectory(Path.of(dumps)), "no dump directory (-Dnewsgraph.dumps)");
        assumeTrue(!shared.isEmpty() && Files.isRegularFile(truth), "shared ground truth not present");
        JsonObject gt = JSON.parse(Files.readString(truth));
        PageDumpReader reader = new PageDumpReader();
        List<double[]> tuned = new ArrayList<>();
        List<double[]> heldOut = new ArrayList<>();
        for (String key : gt.keys()) {
            Path dump = Path.of(dumps, key + ".txt");
            if (!Files.isRegularFile(dump))
                continue;
            String body = reader.read(key, Files.readString(dump), Optional.empty()).map(Article::text).orElse("");
            double[] counts = counts(gt.getObj(key).getString("articleBody"), body);
            (Character.digit(key.charAt(0), 16) < 8 ? tuned : heldOut).add(counts);
        }
        assumeTrue(!heldOut.isEmpty(), "no dumps of held-out pages in " + dumps);
        double f1Tuned = f1(tuned);
        double f1Held = f1(heldOut);
        assertTrue(f1Held >= 0.85, () -> String.format("held-out body F1 %.3f (%d pages) < 0.85; tuned half %.3f",
                f1Held, heldOut.size(), f1Tuned));
    }

    /** TP, FP, FN of 4-token shingles, normalised to sum 1. */
    static double[] counts(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0, fp = 0, fn = 0;
        for (List<String> k : keys) {
            int a = t.getOrDefault(k, 0);
            int b = p.getOrDefault(k, 0);
            tp += Math.min(a, b);
            fp += Math.max(0, b - a);
            fn += Math.max(0, a - b);
        }
        double s = tp + fp + fn;
        return s == 0 ? new double[] {0, 0, 0} : new double[] {tp / s, fp / s, fn / s};
    }

    static double f1(List<double[]> pages) {
        double p = pages.stream().filter(r -> r[0] + r[1] > 0).mapToDouble(r -> precision(r)).average().orElse(0);
        double r = pages.stream().filter(c -> c[0] + c[2] > 0).mapToDouble(c -> recall(c)).average().orElse(0);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double precision(double[] c) {
        return c[1] == 0 && c[2] == 0 ? 1 : c[0] == 0 && c[1] == 0 ? 0 : c[0] / (c[0] + c[1]);
    }

    private static double recall(double[] c) {
        return c[1] == 0 && c[2] == 0 ? 1 : c[0] == 0 && c[2] == 0 ? 0 : c[0] / (c[0] + c[2]);
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find())
            tokens.add(m.group());
        Map<List<String>, Integer> shingles = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - 3); i++) {
            List<String> s = tokens.subList(i, Math.min(tokens.size(), i + 4));
            if (!s.isEmpty())
                shingles.merge(List.copyOf(s), 1, Integer::sum);
        }
        return shingles;
    }
}
