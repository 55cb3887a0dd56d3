package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The article-extraction benchmark's body metric exactly as {@code shared/eval/score_body.py} computes it:
 * tokens are runs of what Python's {@code \w} matches (letters, numbers of any kind and the underscore,
 * but not combining marks), bodies become multisets of 4-token shingles, each page's TP/FP/FN are
 * normalised to sum 1, precision and recall are averaged over the pages where they are defined, and F1
 * comes from the two averages.
 */
public final class BodyScorer {
    private static final int N = 4;

    private BodyScorer() {
    }

    /**
     * @param pages  the pages scored
     * @param empty  pages whose prediction is missing or empty
     */
    public record BodyScore(int pages, int empty, double precision, double recall, double f1) {
        public BodyScore {
            ScoreChecks.count("pages", pages);
            if (empty < 0 || empty > pages)
                throw new IllegalArgumentException("empty pages must be in 0.." + pages + ", got " + empty);
            ScoreChecks.share("precision", precision);
            ScoreChecks.share("recall", recall);
            ScoreChecks.share("f1", f1);
        }
    }

    /** Scores predicted bodies against true ones; a page missing from the predictions counts as an empty body. */
    public static BodyScore score(Map<String, String> truth, Map<String, String> predicted) {
        Objects.requireNonNull(truth, "The parameter 'truth' must not be null.");
        Objects.requireNonNull(predicted, "The parameter 'predicted' must not be null.");
        double pSum = 0;
        double rSum = 0;
        int pPages = 0;
        int rPages = 0;
        int empty = 0;
        for (Map.Entry<String, String> page : truth.entrySet()) {
            String pred = predicted.getOrDefault(page.getKey(), "");
            if (pred == null || pred.isEmpty())
                empty++;
            double[] c = counts(page.getValue(), pred);
            double tp = c[0];
            double fp = c[1];
            double fn = c[2];
            if (tp + fp > 0) {
                pSum += fp == 0 && fn == 0 ? 1.0 : tp == 0 && fp == 0 ? 0.0 : tp / (tp + fp);
                pPages++;
            }
            if (tp + fn > 0) {
                rSum += fp == 0 && fn == 0 ? 1.0 : tp == 0 && fn == 0 ? 0.0 : tp / (tp + fn);
                rPages++;
            }
        }
        if (pPages == 0 || rPages == 0)
            throw new IllegalArgumentException("no page has a body to score (mean of no pages)");
        double p = pSum / pPages;
        double r = rSum / rPages;
        return new BodyScore(truth.size(), empty, p, r, p + r == 0 ? 0.0 : 2 * p * r / (p + r));
    }

    /** The F1 of one page's predicted body against its true body (1 when both are empty). */
    public static double pageF1(String truth, String predicted) {
        double[] c = counts(truth, predicted);
        double tp = c[0];
        double fp = c[1];
        double fn = c[2];
        if (fp == 0 && fn == 0)
            return 1.0;
        double p = tp == 0 && fp == 0 ? 0.0 : tp / (tp + fp);
        double r = tp == 0 && fn == 0 ? 0.0 : tp / (tp + fn);
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Normalised {tp, fp, fn} of one page. */
    static double[] counts(String truth, String predicted) {
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
        double s = tp + fp + fn;
        return s == 0 ? new double[] {0, 0, 0} : new double[] {tp / s, fp / s, fn / s};
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> toks = tokens(text == null ? "" : text);
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, toks.size() - N + 1); i++) {
            List<String> shingle = toks.subList(Math.min(i, toks.size()), Math.min(i + N, toks.size()));
            if (!shingle.isEmpty())
                out.merge(List.copyOf(shingle), 1, Integer::sum);
        }
        return out;
    }

    /** Runs of word characters as Python's re module sees them. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isWord(cp)) {
                if (start < 0)
                    start = i;
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0)
            out.add(text.substring(start));
        return out;
    }

    /** Python's {@code str.isalnum() or '_'}: letters (L*), numbers (N*) and the underscore. */
    static boolean isWord(int cp) {
        if (cp == '_' || Character.isLetter(cp))
            return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
