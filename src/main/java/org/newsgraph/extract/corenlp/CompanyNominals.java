package org.newsgraph.extract.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extract.MentionKind;

import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * A repair where coreference joins a company description to the wrong organisation: once an article has called one
 * organisation "the company", a later "the company" or "the firm" is that organisation too ("Les Amis du Rhône
 * accused the company ..., a charge Nordwind Energy denied. The firm insisted ..." is Nordwind, not the
 * campaigners). A description coreference gave to an organisation not yet so described moves, with the pronouns
 * of its chain after it, to the organisation described so most often before it.
 */
final class CompanyNominals {
    /** Head nouns that describe a business. */
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "group", "corporation", "business", "maker",
            "manufacturer", "giant", "conglomerate", "carmaker", "automaker", "retailer", "operator", "insurer", "lender",
            "producer", "supplier", "startup", "multinational");

    private CompanyNominals() {
    }

    /** Moves misplaced company descriptions; {@code chainOf} gives each coreference mention draft its chain id. */
    static void repair(CoreDocument document, List<EntityClusterer.Group> groups, Map<MentionDraft, Integer> chainOf) {
        List<EntityClusterer.Group> organizations = groups.stream()
                .filter(g -> g.mergedInto == null && !g.names.isEmpty() && g.coarse().equals("ORGANIZATION")).toList();
        for (EntityClusterer.Group a : organizations) {
            for (MentionDraft n : List.copyOf(a.others)) {
                if (!isCompanyNoun(document, n) || countBefore(document, a, n) > 0)
                    continue;
                EntityClusterer.Group best = null;
                int most = 0;
                for (EntityClusterer.Group b : organizations) {
                    int count = b == a ? 0 : countBefore(document, b, n);
                    if (count > most) {
                        most = count;
                        best = b;
                    }
                }
                if (best == null)
                    continue;
                Integer chain = chainOf.get(n);
                List<MentionDraft> moving = new ArrayList<>();
                for (MentionDraft d : a.others)
                    if (d == n || (chain != null && chain.equals(chainOf.get(d)) && d.kind() == MentionKind.PRONOUN
                            && MentionDraft.compareInText(n, d) < 0))
                        moving.add(d);
                a.others.removeAll(moving);
                best.others.addAll(moving);
            }
        }
    }

    private static boolean isCompanyNoun(CoreDocument document, MentionDraft d) {
        if (d.kind() != MentionKind.NOMINAL)
            return false;
        String lemma = document.sentences().get(d.sentence()).tokens().get(d.tokenEnd() - 1).lemma();
        return lemma != null && COMPANY_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** How many company descriptions of the group come before the mention. */
    private static int countBefore(CoreDocument document, EntityClusterer.Group g, MentionDraft n) {
        int count = 0;
        for (MentionDraft d : g.others)
            if (d != n && isCompanyNoun(document, d) && MentionDraft.compareInText(d, n) < 0)
                count++;
        return count;
    }
}
