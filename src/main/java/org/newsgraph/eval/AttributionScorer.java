package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.newsgraph.extract.Span;

/**
 * Scores predicted attributions against gold exactly as {@code shared/eval/score_attribution.py} does.
 * Per article, predicted and gold attributions are paired one-to-one, greedily by the size of their
 * content overlap (any overlap pairs; ties go to the later prediction, then the later gold item, as the
 * script's reverse sort orders them). Content counts the pairs; who-said counts the pairs whose source
 * spans overlap too, or which both lack a source; cue pairs cue spans independently over the
 * attributions that have a cue; boundary is the mean overlap F1 of the paired contents.
 */
public final class AttributionScorer {
    private AttributionScorer() {
    }

    /**
     * @param gold      gold attributions by document; every document in it is scored
     * @param predicted predicted attributions by document; documents not in the gold are ignored
     */
    public static AttributionScore score(Map<String, List<Attribution>> gold, Map<String, List<Attribution>> predicted) {
        int nGold = 0;
        int nPredicted = 0;
        int content = 0;
        int who = 0;
        double boundarySum = 0;
        int cuePairs = 0;
        int cuePredicted = 0;
        int cueGold = 0;
        for (Map.Entry<String, List<Attribution>> doc : gold.entrySet()) {
            List<Attribution> g = doc.getValue();
            List<Attribution> p = predicted.getOrDefault(doc.getKey(), List.of());
            nGold += g.size();
            nPredicted += p.size();
            for (int[] ij : pair(p, g, Attribution::content)) {
                Attribution pa = p.get(ij[0]);
                Attribution ga = g.get(ij[1]);
                content++;
                int o = Attribution.overlap(pa.content(), ga.content());
                boundarySum += 2.0 * o / (Attribution.length(pa.content()) + Attribution.length(ga.content()));
                if (pa.source().isEmpty() && ga.source().isEmpty() || Attribution.overlap(pa.source(), ga.source()) > 0)
                    who++;
            }
            List<Attribution> pc = p.stream().filter(a -> !a.cue().isEmpty()).toList();
            List<Attribution> gc = g.stream().filter(a -> !a.cue().isEmpty()).toList();
            cuePredicted += pc.size();
            cueGold += gc.size();
            cuePairs += pair(pc, gc, Attribution::cue).size();
        }
        return new AttributionScore(gold.size(), nGold, nPredicted, Prf.of(content, nPredicted, nGold),
                Prf.of(cuePairs, cuePredicted, cueGold), content == 0 ? 0.0 : boundarySum / content,
                Prf.of(who, nPredicted, nGold));
    }

    /** Greedy one-to-one pairing by overlap of one part, largest overlap first; {predicted, gold} indexes. */
    static List<int[]> pair(List<Attribution> predicted, List<Attribution> gold, Function<Attribution, List<Span>> part) {
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++)
            for (int j = 0; j < gold.size(); j++) {
                int o = Attribution.overlap(part.apply(predicted.get(i)), part.apply(gold.get(j)));
                if (o > 0)
                    candidates.add(new int[] {o, i, j});
            }
        // Python: cands.sort(reverse=True) over (overlap, i, j) tuples
        candidates.sort(Comparator.<int[]>comparingInt(c -> c[0]).thenComparingInt(c -> c[1]).thenComparingInt(c -> c[2])
                .reversed());
        Set<Integer> usedP = new HashSet<>();
        Set<Integer> usedG = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (int[] c : candidates)
            if (!usedP.contains(c[1]) && !usedG.contains(c[2])) {
                usedP.add(c[1]);
                usedG.add(c[2]);
                pairs.add(new int[] {c[1], c[2]});
            }
        return pairs;
    }
}
