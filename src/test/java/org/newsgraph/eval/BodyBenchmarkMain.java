package org.newsgraph.eval;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.newsgraph.source.html.HtmlArticleReader;

/**
 * Writes the predicted bodies of a benchmark directory as {@code {key: {"articleBody": ...}}} and prints
 * the scores of the tuning half, the check half and all pages (split by the first hex digit of the key).
 * Usage: {@code BodyBenchmarkMain BENCHMARK_DIR OUTPUT.json [--pages]}.
 */
public final class BodyBenchmarkMain {
    private BodyBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        boolean jsonLd = !java.util.Arrays.asList(args).contains("--no-jsonld");
        Map<String, String> predicted = new BodyBenchmark(HtmlArticleReader.builder().jsonLdBody(jsonLd).build())
                .extractAll(dir.resolve("html"));
        try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            BodyBenchmark.writePredictions(predicted, w);
        }
        Map<String, String> truth = BodyBenchmark.readGroundTruth(dir.resolve("ground-truth.json"));
        report("tuning", truth, predicted, BodyBenchmarkMain::isTuning);
        report("check", truth, predicted, k -> !isTuning(k));
        report("all", truth, predicted, k -> true);
        if (java.util.Arrays.asList(args).contains("--pages"))
            truth.forEach((k, v) -> System.out.printf("%s %s %.3f%n", isTuning(k) ? "T" : "C", k.substring(0, 12),
                    BodyScorer.pageF1(v, predicted.getOrDefault(k, ""))));
    }

    /** The tuning half: keys (SHA-256 hex) whose first digit is 0-7. */
    static boolean isTuning(String key) {
        return Character.digit(key.charAt(0), 16) < 8;
    }

    private static void report(String name, Map<String, String> truth, Map<String, String> predicted,
            Predicate<String> keep) {
        Map<String, String> part = new TreeMap<>();
        truth.forEach((k, v) -> {
            if (keep.test(k))
                part.put(k, v);
        });
        BodyScorer.BodyScore s = BodyScorer.score(part, predicted);
        System.out.printf("%-6s pages %d  precision %.3f  recall %.3f  F1 %.3f%n", name, s.pages(), s.precision(),
                s.recall(), s.f1());
    }
}
