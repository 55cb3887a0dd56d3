package org.newsgraph.extract.corenlp;

import java.util.List;
import java.util.Locale;

import org.newsgraph.extract.MentionKind;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * A chain of bare descriptions with no name in it whose noun ends the name of exactly one organisation named before
 * it ("Aldermoor Bank ... the bank ... The bank said": Aldermoor Bank). Bare: "the" and the noun alone, so that a
 * description that says more ("the central bank") is not taken for the named one; its other members are pronouns
 * or the same bare description.
 */
final class NamedKindNominals {
    private NamedKindNominals() {
    }

    /** The one organisation whose name ends in the chain's noun, or null. */
    static EntityClusterer.Group antecedent(CoreDocument document, List<EntityClusterer.Group> groups, List<MentionDraft> chain) {
        if (chain.isEmpty())
            return null;
        MentionDraft first = chain.get(0);
        String noun = bareNoun(document, first);
        if (noun == null)
            return null;
        for (MentionDraft d : chain)
            if (d.kind() != MentionKind.PRONOUN && !noun.equals(bareNoun(document, d)))
                return null;
        EntityClusterer.Group found = null;
        for (EntityClusterer.Group g : groups) {
            if (g.mergedInto != null || !g.coarse().equals("ORGANIZATION"))
                continue;
            for (MentionDraft n : g.names) {
                var tokens = document.sentences().get(n.sentence()).tokens();
                if (MentionDraft.compareInText(n, first) < 0 && n.tokenLength() > 1
                        && tokens.get(n.tokenEnd() - 1).word().toLowerCase(Locale.ROOT).equals(noun)) {
                    if (found != null && found != g)
                        return null;
                    found = g;
                }
            }
        }
        return found;
    }

    /** The lower-cased noun of "the bank" (or "the bank's"), else null. */
    private static String bareNoun(CoreDocument document, MentionDraft d) {
        if (d.kind() != MentionKind.NOMINAL)
            return null;
        List<CoreLabel> tokens = document.sentences().get(d.sentence()).tokens();
        int end = d.tokenEnd();
        if (end - d.tokenBegin() == 3 && "POS".equals(tokens.get(end - 1).tag()))
            end--;
        if (end - d.tokenBegin() != 2 || !"the".equalsIgnoreCase(tokens.get(d.tokenBegin()).word())
                || !"NN".equals(tokens.get(end - 1).tag()))
            return null;
        return tokens.get(end - 1).word().toLowerCase(Locale.ROOT);
    }
}
