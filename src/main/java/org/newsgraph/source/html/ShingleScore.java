package org.newsgraph.source.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's body metric, as {@code score_body.py} computes it: bodies become
 * multisets of 4-token shingles (tokens are {@code \w+} runs), each page's true positives, false
 * positives and false negatives are normalised to sum 1, precision and recall are averaged over pages,
 * and F1 is computed from the two averages.
 *
 * @param pages     the number of pages scored
 * @param precision mean precision over the pages that have a prediction or a truth
 * @param recall    mean recall over the pages that have a truth
 * @param f1        the harmonic mean of the two means
 */
public record ShingleScore(int pages, double precision, double recall, double f1) {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** Scores predicted bodies against true ones; a key missing from the predictions counts as an empty body. */
    public static ShingleScore of(Map<String, String> truth, Map<String, String> predicted) {
        double precisionSum = 0;
        double recallSum = 0;
        int precisionPages = 0;
        int recallPages = 0;
        for (Map.Entry<String, String> page : truth.entrySet()) {
            double[] c = counts(page.getValue(), predicted.getOrDefault(page.getKey(), ""));
            if (c[0] + c[1] > 0) {
                precisionSum += precision(c);
                precisionPages++;
            }
            if (c[0] + c[2] > 0) {
                recallSum += recall(c);
                recallPages++;
            }
        }
        double p = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double r = recallPages == 0 ? 0 : recallSum / recallPages;
        return new ShingleScore(truth.size(), p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /** The F1 of one page's predicted body against its true body. */
    public static double pageF1(String truth, String predicted) {
        double[] c = counts(truth, predicted);
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double precision(double[] c) {
        return c[1] == 0 && c[2] == 0 ? 1 : c[0] == 0 && c[1] == 0 ? 0 : c[0] / (c[0] + c[1]);
    }

    private static double recall(double[] c) {
        return c[1] == 0 && c[2] == 0 ? 1 : c[0] == 0 && c[2] == 0 ? 0 : c[0] / (c[0] + c[2]);
    }

    /** Normalised {tp, fp, fn} of a page. */
    private static double[] counts(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> k : keys) {
            int tc = t.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new double[] {0, 0, 0} : new double[] {tp / sum, fp / sum, fn / sum};
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find())
            tokens.add(m.group());
        Map<List<String>, Integer> shingles = new HashMap<>();
        int windows = Math.max(1, tokens.size() - 4 + 1);
        for (int i = 0; i < windows; i++) {
            List<String> shingle = tokens.subList(Math.min(i, tokens.size()), Math.min(i + 4, tokens.size()));
            if (!shingle.isEmpty())
                shingles.merge(List.copyOf(shingle), 1, Integer::sum);
        }
        return shingles;
    }
}
