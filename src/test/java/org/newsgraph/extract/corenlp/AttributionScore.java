package org.newsgraph.extract.corenlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The figures of {@code score_attribution.py} (test scope, for {@link CueModelTrainer}), computed in Java over the
 * candidates a cue model accepts: per article, predicted and gold attributions are paired one to one, greedily by
 * their content overlap (who-said also needs the sources to overlap, or both to be absent), and cue spans are paired
 * on their own.
 */
final class AttributionScore {
    /** A predicted attribution: cue, source (null when absent) and content hull, as [begin, end) code points. */
    record Predicted(int[] cue, int[] source, int[] content) {
    }

    private int content, who, cue, predicted, predictedCues, gold, goldCues;

    /** Adds one article's predictions against its gold. */
    void add(List<Predicted> pred, List<AttributionGold.Gold> golds) {
        List<List<int[]>> pc = pred.stream().map(p -> List.of(p.content())).toList();
        List<List<int[]>> gc = golds.stream().map(AttributionGold.Gold::content).toList();
        for (int[] ij : pair(pc, gc)) {
            content++;
            int[] ps = pred.get(ij[0]).source();
            List<int[]> gs = golds.get(ij[1]).source();
            if (ps == null && gs.isEmpty() || ps != null && overlap(List.of(ps), gs) > 0)
                who++;
        }
        List<AttributionGold.Gold> withCue = golds.stream().filter(g -> !g.cue().isEmpty()).toList();
        cue += pair(pred.stream().map(p -> List.of(p.cue())).toList(), withCue.stream().map(AttributionGold.Gold::cue).toList()).size();
        predicted += pred.size();
        predictedCues += pred.size();
        gold += golds.size();
        goldCues += withCue.size();
    }

    double cueF1() {
        return f1(cue, predictedCues, goldCues);
    }

    double whoF1() {
        return f1(who, predicted, gold);
    }

    double contentF1() {
        return f1(content, predicted, gold);
    }

    String describe() {
        return String.format(Locale.ROOT, "cue P %.3f R %.3f F1 %.3f | who-said P %.3f R %.3f F1 %.3f | content F1 %.3f",
                ratio(cue, predictedCues), ratio(cue, goldCues), cueF1(), ratio(who, predicted), ratio(who, gold), whoF1(),
                contentF1());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(int tp, int np, int ng) {
        double p = ratio(tp, np), r = ratio(tp, ng);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static int overlap(List<int[]> a, List<int[]> b) {
        int o = 0;
        for (int[] x : a)
            for (int[] y : b)
                o += Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
        return o;
    }

    /** Pairs (i, j) one to one, greedily by overlap, ties as the Python scorer breaks them (higher indexes first). */
    static List<int[]> pair(List<List<int[]>> pred, List<List<int[]>> gold) {
        List<int[]> cands = new ArrayList<>();
        for (int i = 0; i < pred.size(); i++)
            for (int j = 0; j < gold.size(); j++) {
                int o = overlap(pred.get(i), gold.get(j));
                if (o > 0)
                    cands.add(new int[] {o, i, j});
            }
        cands.sort(Comparator.<int[]>comparingInt(c -> c[0]).thenComparingInt(c -> c[1]).thenComparingInt(c -> c[2]).reversed());
        Set<Integer> usedP = new HashSet<>(), usedG = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (int[] c : cands)
            if (!usedP.contains(c[1]) && !usedG.contains(c[2])) {
                usedP.add(c[1]);
                usedG.add(c[2]);
                pairs.add(new int[] {c[1], c[2]});
            }
        return pairs;
    }

    /** The score of accepting, per article, the candidates {@code accepted} keeps. */
    static <C> AttributionScore of(Map<String, List<AttributionGold.Gold>> gold, Map<String, List<C>> candidates,
            Function<C, Predicted> accepted) {
        AttributionScore s = new AttributionScore();
        for (var e : gold.entrySet()) {
            List<Predicted> pred = new ArrayList<>();
            for (C c : candidates.getOrDefault(e.getKey(), List.of())) {
                Predicted p = accepted.apply(c);
                if (p != null)
                    pred.add(p);
            }
            s.add(pred, e.getValue());
        }
        return s;
    }
}
