package org.newsgraph.extract.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.newsgraph.extract.MentionKind;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.Mention;
import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * A repair where coreference joins a company description to the wrong organisation: once an article has called one
 * organisation "the company", a later "the company" or "the firm" is that organisation too ("Les Amis du Rhône
 * accused the company ..., a charge Nordwind Energy denied. The firm insisted ..." is Nordwind, not the
 * campaigners). A description coreference gave to an organisation not yet so described moves, with the pronouns
 * of its chain after it, to the organisation described so most often before it. A chain of such descriptions
 * with no name in it ("The company's chief executive ... The firm said") is given its organisation here too
 * ({@link #antecedent}), and so is a bare "the firm" that coreference left alone ({@link #attachAlone}).
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

    /**
     * The organisation a coreference chain with no name in it denotes when all its nouns describe one company
     * ("The company's chief executive ... accused the company ... The firm said its ..."): the organisation already
     * so described most often before the chain, else the one named most often before it. Null when the chain has
     * another noun, does not begin with a definite singular description ("the company"), follows no organisation's
     * name, or two organisations tie ("Apple ... and Cisco. The company claims ..."): such a chain makes no
     * mention here (a bare "company" may still become an unnamed organisation in {@link PersonNouns}).
     *
     * @param chain the chain's drafts in text order
     */
    static EntityClusterer.Group antecedent(CoreDocument document, List<EntityClusterer.Group> groups, List<MentionDraft> chain) {
        if (chain.isEmpty() || !isCompanyNoun(document, chain.get(0)))
            return null;
        MentionDraft first = chain.get(0);
        var tokens = document.sentences().get(first.sentence()).tokens();
        if (!"the".equalsIgnoreCase(tokens.get(first.tokenBegin()).word()) || !"NN".equals(tokens.get(first.tokenEnd() - 1).tag()))
            return null;
        for (MentionDraft d : chain)
            if (d.kind() != MentionKind.PRONOUN && !isCompanyNoun(document, d))
                return null;
        List<EntityClusterer.Group> organizations = groups.stream()
                .filter(g -> g.mergedInto == null && !g.names.isEmpty() && g.coarse().equals("ORGANIZATION")).toList();
        if (organizations.stream().anyMatch(g -> countBefore(document, g, first) > 0))
            return mostBefore(organizations, g -> countBefore(document, g, first));
        return mostBefore(organizations, g -> (int) g.names.stream().filter(n -> MentionDraft.compareInText(n, first) < 0).count());
    }

    /**
     * Gives each bare definite company description that coreference left in no chain ("Pelican Air cancelled forty
     * flights ... The firm said ...") to its organisation by the rule of {@link #antecedent}, in text order (one
     * given counts as a description for the next). Bare: "the" and the noun alone (a possessive "'s" may follow),
     * so that a description that says more stays out: an apposition that names its own company ("the Beatles'
     * record company, Apple Corps"), a kind of business ("the music business"), one picked out by what follows
     * ("the manufacturer of the iPhone").
     */
    static void attachAlone(CoreDocument document, List<EntityClusterer.Group> groups) {
        List<Mention> mentions = document.annotation().get(CorefCoreAnnotations.CorefMentionsAnnotation.class);
        if (mentions == null)
            return;
        Set<Integer> chained = document.corefChains() == null ? Set.of() : document.corefChains().keySet();
        List<MentionDraft> alone = new ArrayList<>();
        for (Mention m : mentions) {
            MentionDraft draft = chained.contains(m.corefClusterID) ? null : bare(document, m);
            if (draft != null && groups.stream().noneMatch(g -> covers(g, draft)))
                alone.add(draft);
        }
        alone.sort(MentionDraft::compareInText);
        for (MentionDraft d : alone) {
            EntityClusterer.Group target = antecedent(document, groups, List.of(d));
            if (target != null)
                target.others.add(d);
        }
    }

    /** The draft of "the firm" (or "the firm's") when the mention is just that, otherwise null. */
    private static MentionDraft bare(CoreDocument document, Mention m) {
        var tokens = document.sentences().get(m.sentNum).tokens();
        int head = m.startIndex + 1;
        int length = m.endIndex - m.startIndex;
        if (m.headIndex != head || head >= tokens.size() || !(length == 2 || length == 3 && "POS".equals(tokens.get(head + 1).tag()))
                || !"the".equalsIgnoreCase(tokens.get(m.startIndex).word()))
            return null;
        MentionDraft draft = new MentionDraft(m.sentNum, m.startIndex, head + 1, tokens.get(m.startIndex).beginPosition(),
                tokens.get(head).endPosition(), MentionKind.NOMINAL, null, null);
        return isCompanyNoun(document, draft) ? draft : null;
    }

    /** Whether a mention of the group already covers the draft's head word. */
    private static boolean covers(EntityClusterer.Group g, MentionDraft d) {
        int head = d.tokenEnd() - 1;
        return java.util.stream.Stream.concat(g.names.stream(), g.others.stream())
                .anyMatch(x -> x.sentence() == d.sentence() && x.tokenBegin() <= head && head < x.tokenEnd());
    }

    /** The group with the highest positive count; null when none counts or two share it (the description is ambiguous). */
    private static EntityClusterer.Group mostBefore(List<EntityClusterer.Group> groups,
            ToIntFunction<EntityClusterer.Group> count) {
        EntityClusterer.Group best = null;
        int most = 0;
        boolean tie = false;
        for (EntityClusterer.Group g : groups) {
            int c = count.applyAsInt(g);
            if (c > most) {
                most = c;
                best = g;
                tie = false;
            } else if (c == most && c > 0)
                tie = true;
        }
        return tie ? null : best;
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
