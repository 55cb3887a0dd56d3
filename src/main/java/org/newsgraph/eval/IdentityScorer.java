package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores entity identity across articles exactly as {@code shared/eval/score_identity.py} does. Each gold
 * mention takes the entity of the predicted mention in its document that overlaps it most (then the one
 * closest in length, then the first); a gold mention nothing overlaps becomes a singleton. B-cubed is
 * computed over all gold mentions with clusters taken corpus-wide; xdoc counts pairs of gold mentions
 * in different documents.
 */
public final class IdentityScorer {
    private IdentityScorer() {
    }

    /** A mention with its entity: gold (entity = the gold cluster id) or predicted (entity = an IRI). */
    public record Mention(String doc, int begin, int end, String entity) {
        public Mention {
            Objects.requireNonNull(doc, "The parameter 'doc' must not be null.");
            Objects.requireNonNull(entity, "The parameter 'entity' must not be null.");
        }
    }

    /**
     * @param mentions gold mentions
     * @param found    the share of gold mentions some predicted mention overlaps
     * @param documents documents with gold mentions
     * @param b3       B-cubed precision, recall and F1
     * @param xdoc     pairwise figures over gold mentions in different documents: the headline figure
     * @param goldPairs gold cross-document pairs
     */
    public record IdentityScore(int mentions, int documents, double found, Prf b3, Prf xdoc, long goldPairs) {
        public IdentityScore {
            ScoreChecks.count("mentions", mentions);
            ScoreChecks.count("documents", documents);
            ScoreChecks.share("found", found);
            Objects.requireNonNull(b3, "The parameter 'b3' must not be null.");
            Objects.requireNonNull(xdoc, "The parameter 'xdoc' must not be null.");
            ScoreChecks.count("goldPairs", goldPairs);
        }
    }

    public static IdentityScore score(List<Mention> gold, List<Mention> predicted) {
        Map<String, List<Mention>> pred = new HashMap<>();
        for (Mention m : predicted)
            if (!m.entity().isEmpty())
                pred.computeIfAbsent(m.doc(), d -> new ArrayList<>()).add(m);
        int n = gold.size();
        List<String> g = new ArrayList<>(n);
        List<String> p = new ArrayList<>(n);
        int found = 0;
        for (int i = 0; i < n; i++) {
            Mention m = gold.get(i);
            String best = null;
            int bestOverlap = 0;
            int bestCloseness = 0;
            for (Mention q : pred.getOrDefault(m.doc(), List.of())) {
                int overlap = Math.min(m.end(), q.end()) - Math.max(m.begin(), q.begin());
                int closeness = -Math.abs((q.end() - q.begin()) - (m.end() - m.begin()));
                if (overlap > 0 && (overlap > bestOverlap || overlap == bestOverlap && closeness > bestCloseness)) {
                    best = q.entity();
                    bestOverlap = overlap;
                    bestCloseness = closeness;
                }
            }
            if (best == null)
                best = "__singleton__" + i;
            else
                found++;
            g.add(m.entity());
            p.add(best);
        }
        Map<String, Set<Integer>> gm = clusters(g);
        Map<String, Set<Integer>> pm = clusters(p);
        double bp = 0;
        double br = 0;
        for (int i = 0; i < n; i++) {
            Set<Integer> both = new HashSet<>(gm.get(g.get(i)));
            both.retainAll(pm.get(p.get(i)));
            bp += (double) both.size() / pm.get(p.get(i)).size();
            br += (double) both.size() / gm.get(g.get(i)).size();
        }
        bp = n == 0 ? 0 : bp / n;
        br = n == 0 ? 0 : br / n;
        long tp = 0;
        long ps = 0;
        long gs = 0;
        for (Set<Integer> members : pm.values()) {
            List<Integer> m = new ArrayList<>(members);
            for (int a = 0; a < m.size(); a++)
                for (int b = a + 1; b < m.size(); b++)
                    if (!gold.get(m.get(a)).doc().equals(gold.get(m.get(b)).doc())) {
                        ps++;
                        if (g.get(m.get(a)).equals(g.get(m.get(b))))
                            tp++;
                    }
        }
        for (Set<Integer> members : gm.values()) {
            List<Integer> m = new ArrayList<>(members);
            for (int a = 0; a < m.size(); a++)
                for (int b = a + 1; b < m.size(); b++)
                    if (!gold.get(m.get(a)).doc().equals(gold.get(m.get(b)).doc()))
                        gs++;
        }
        double xp = ps == 0 ? 0 : (double) tp / ps;
        double xr = gs == 0 ? 0 : (double) tp / gs;
        Set<String> docs = new HashSet<>();
        gold.forEach(m -> docs.add(m.doc()));
        return new IdentityScore(n, docs.size(), n == 0 ? 0 : (double) found / n,
                new Prf(bp, br, bp + br == 0 ? 0 : 2 * bp * br / (bp + br)),
                new Prf(xp, xr, xp + xr == 0 ? 0 : 2 * xp * xr / (xp + xr)), gs);
    }

    private static Map<String, Set<Integer>> clusters(List<String> ids) {
        Map<String, Set<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++)
            out.computeIfAbsent(ids.get(i), k -> new HashSet<>()).add(i);
        return out;
    }
}
