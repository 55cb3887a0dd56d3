package org.newsgraph.eval;

import java.util.Objects;

/**
 * Entity figures as {@code score_entities.py} reports them (GERBIL-like micro figures).
 *
 * @param documents   the gold documents scored
 * @param gold        gold mentions (one per distinct span in a document)
 * @param predicted   predicted mentions in those documents (one per distinct span)
 * @param strict      recognition with the same begin and end
 * @param weak        recognition by overlap, one-to-one
 * @param typing      strict span and same type: the headline figure
 * @param linking     strict span and same link, over gold mentions with a link and predictions offering
 *                    one where the gold has one
 */
public record EntityScore(int documents, int gold, int predicted, Prf strict, Prf weak, Prf typing, Prf linking) {
    public EntityScore {
        ScoreChecks.count("documents", documents);
        ScoreChecks.count("gold", gold);
        ScoreChecks.count("predicted", predicted);
        Objects.requireNonNull(strict, "The parameter 'strict' must not be null.");
        Objects.requireNonNull(weak, "The parameter 'weak' must not be null.");
        Objects.requireNonNull(typing, "The parameter 'typing' must not be null.");
        Objects.requireNonNull(linking, "The parameter 'linking' must not be null.");
    }
}
