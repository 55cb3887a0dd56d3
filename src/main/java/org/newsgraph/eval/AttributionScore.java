package org.newsgraph.eval;

import java.util.Objects;

/**
 * Attribution figures as {@code score_attribution.py} reports them.
 *
 * @param articles  the gold articles scored
 * @param gold      gold attributions
 * @param predicted predicted attributions in those articles
 * @param content   attributions paired by content overlap
 * @param cue       cue spans paired by overlap, over the attributions that have a cue
 * @param boundary  the mean character-overlap F1 of the paired contents
 * @param whoSaid   pairs whose sources overlap too (or both lack one): the headline figure
 */
public record AttributionScore(int articles, int gold, int predicted, Prf content, Prf cue, double boundary,
        Prf whoSaid) {
    public AttributionScore {
        ScoreChecks.count("articles", articles);
        ScoreChecks.count("gold", gold);
        ScoreChecks.count("predicted", predicted);
        Objects.requireNonNull(content, "The parameter 'content' must not be null.");
        Objects.requireNonNull(cue, "The parameter 'cue' must not be null.");
        ScoreChecks.share("boundary", boundary);
        Objects.requireNonNull(whoSaid, "The parameter 'whoSaid' must not be null.");
    }
}
