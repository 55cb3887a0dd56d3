package org.newsgraph.extract.corenlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.MentionKind;

import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * Groups an article's mentions into entities. Names first: the same normalised name of the same kind
 * (person, organisation, place) is one entity, and a partial person name ("Liang") joins the one full
 * name that contains it ("Liang Hua"), a short organisation name the one longer name it starts
 * ("Nordvik" → "Nordvik Industries", even where NER took it for a person). Then, when coreference ran, each chain adds its pronouns and
 * nominals to the named entity it mostly refers to. A chain that mixes names of different entities is not
 * allowed to merge them: its other mentions go to the named entity with the most mentions in the chain,
 * and a pronoun or nominal that cannot fit that entity ("he" for a company, "the plant" for its owner) is dropped.
 * A chain with no name has no entity to join, except a chain of company descriptions ("The company's chief executive
 * ... the company ... The firm said its ..."), which joins the organisation named before it
 * ({@link CompanyNominals#antecedent}), as does a bare "the firm" in no chain ({@link CompanyNominals#attachAlone}).
 * Then two repairs: a company description goes to the organisation already so described ({@link CompanyNominals});
 * and every person pronoun and person noun finds a person, named or not ({@link PersonPronouns}, {@link PersonNouns}).
 */
final class EntityClusterer {
    private final boolean useCoref;
    /** The coreference chain of each pronoun and nominal draft attached from one. */
    private final Map<MentionDraft, Integer> chainOf = new java.util.IdentityHashMap<>();

    EntityClusterer(boolean useCoref) {
        this.useCoref = useCoref;
    }

    /** A growing entity: its names and other mentions. */
    static final class Group {
        final List<MentionDraft> names = new ArrayList<>();
        final List<MentionDraft> others = new ArrayList<>();
        Group mergedInto;
        /** The type of an entity the article never names ("he" with no named antecedent); null for named ones. */
        EntityType unnamedType;

        Group root() {
            Group g = this;
            while (g.mergedInto != null)
                g = g.mergedInto;
            return g;
        }

        String coarse() {
            return coarseOf(type());
        }

        /** The type of the longest names (full names are typed more reliably than "Nordvik's"), by majority. */
        EntityType type() {
            if (names.isEmpty() && unnamedType != null)
                return unnamedType;
            int longest = names.stream().mapToInt(MentionDraft::tokenLength).max().orElse(0);
            Map<EntityType, Integer> votes = new LinkedHashMap<>();
            for (MentionDraft n : names)
                if (n.tokenLength() == longest)
                    votes.merge(n.type(), 1, Integer::sum);
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }

    EntityClusters cluster(CoreDocument document, String text) {
        List<MentionDraft> names = NameMentions.find(document, text);
        Map<String, Group> byKey = new LinkedHashMap<>();
        for (MentionDraft n : names)
            byKey.computeIfAbsent(coarseOf(n.type()) + "|" + normalise(n, text), k -> new Group()).names.add(n);
        List<Group> groups = new ArrayList<>(byKey.values());
        mergePartialNames(groups, text);
        if (useCoref && document.corefChains() != null) {
            attachCoreference(document, groups);
            CompanyNominals.repair(document, groups, chainOf);
        }
        groups.addAll(new PersonPronouns(document, groups).resolve());
        int[] lengths = document.sentences().stream().mapToInt(s -> s.tokens().size()).toArray();
        return EntityClusters.of(roots(groups), text, lengths);
    }

    private static List<Group> roots(List<Group> groups) {
        return groups.stream().filter(g -> g.mergedInto == null).toList();
    }

    /** "Liang" → "Liang Hua" when exactly one longer person name has it as its first or last word. */
    private static void mergePartialNames(List<Group> groups, String text) {
        for (Group shortGroup : groups) {
            if (shortGroup.mergedInto != null)
                continue;
            List<String> words = words(shortGroup.names.get(0), text);
            Group target = null;
            int candidates = 0;
            for (Group longGroup : groups) {
                if (longGroup == shortGroup || longGroup.mergedInto != null || !longGroup.coarse().equals(shortGroup.coarse()))
                    continue;
                List<String> longWords = words(longGroup.names.get(0), text);
                if (longWords.size() <= words.size())
                    continue;
                boolean person = shortGroup.coarse().equals("PERSON");
                boolean prefix = longWords.subList(0, words.size()).equals(words);
                boolean suffix = longWords.subList(longWords.size() - words.size(), longWords.size()).equals(words);
                if ((person && words.size() == 1 && (prefix || suffix)) || (!person && prefix)) {
                    target = longGroup;
                    candidates++;
                }
            }
            if (candidates == 0 && shortGroup.coarse().equals("PERSON") && words.size() == 1) {
                // NER often takes a company's short name for a person ("Nordvik's chairman"): the first word
                // of exactly one organisation name is that organisation
                for (Group org : groups)
                    if (org != shortGroup && org.mergedInto == null && org.coarse().equals("ORGANIZATION")
                            && words(org.names.get(0), text).size() > 1 && words(org.names.get(0), text).get(0).equals(words.get(0))) {
                        target = org;
                        candidates++;
                    }
            }
            if (candidates == 1) {
                target.names.addAll(shortGroup.names);
                shortGroup.names.clear();
                shortGroup.mergedInto = target;
            }
        }
    }

    private void attachCoreference(CoreDocument document, List<Group> groups) {
        Map<Long, Group> nameAt = new HashMap<>();
        for (Group g : groups)
            for (MentionDraft n : g.names)
                for (int t = n.tokenBegin(); t < n.tokenEnd(); t++)
                    nameAt.put(key(n.sentence(), t), g);
        List<CorefChain> nameless = new ArrayList<>();
        for (CorefChain chain : document.corefChains().values()) {
            List<CorefChain.CorefMention> mentions = chain.getMentionsInTextualOrder();
            Map<Group, Integer> votes = new LinkedHashMap<>();
            for (CorefChain.CorefMention cm : mentions) {
                Group g = nameAt.get(key(cm.sentNum - 1, cm.headIndex - 1));
                if (g != null)
                    votes.merge(g.root(), 1, Integer::sum);
            }
            if (votes.isEmpty()) {
                nameless.add(chain); // no name to type the chain with, unless it describes a company (below)
                continue;
            }
            attach(document, chain, votes.entrySet().stream().max((a, b) -> Integer.compare(a.getValue(), b.getValue()))
                    .orElseThrow().getKey(), nameAt);
        }
        // "The company's chief executive ... the company ... The firm said": a chain of company descriptions alone
        // is the organisation named before it, once the named chains have placed their descriptions
        for (CorefChain chain : nameless) {
            List<MentionDraft> drafts = chain.getMentionsInTextualOrder().stream().map(cm -> draftOf(document, cm))
                    .filter(Objects::nonNull).toList();
            Group target = CompanyNominals.antecedent(document, roots(groups), drafts);
            if (target == null)
                target = NamedKindNominals.antecedent(document, roots(groups), drafts); // "Aldermoor Bank ... the bank"
            if (target != null)
                attach(document, chain, target, nameAt);
        }
        CompanyNominals.attachAlone(document, roots(groups)); // "The firm said" that coreference left alone
    }

    /** Adds the chain's pronouns and nominals that fit the target to it. */
    private void attach(CoreDocument document, CorefChain chain, Group target, Map<Long, Group> nameAt) {
        for (CorefChain.CorefMention cm : chain.getMentionsInTextualOrder()) {
            if (nameAt.containsKey(key(cm.sentNum - 1, cm.headIndex - 1)))
                continue;
            MentionDraft draft = draftOf(document, cm);
            if (draft != null && fits(draft, cm, target, document)) {
                target.others.add(draft);
                chainOf.put(draft, chain.getChainID());
            }
        }
    }

    /** A pronoun or nominal draft for a coreference mention; a nominal is cut after its head word. */
    private static MentionDraft draftOf(CoreDocument document, CorefChain.CorefMention cm) {
        MentionKind kind = switch (cm.mentionType) {
            case PRONOMINAL -> MentionKind.PRONOUN;
            case NOMINAL -> MentionKind.NOMINAL;
            case PROPER -> MentionKind.NAME;
            default -> null;
        };
        if (kind == null)
            return null;
        int s = cm.sentNum - 1;
        String headTag = document.sentences().get(s).tokens().get(cm.headIndex - 1).tag();
        if (kind == MentionKind.NAME && (headTag == null || !headTag.startsWith("NNP")))
            kind = MentionKind.NOMINAL; // a proper-looking phrase around a common noun: "Huawei's chairman"
        int begin = cm.startIndex - 1;
        int end = kind == MentionKind.PRONOUN ? cm.endIndex - 1 : Math.min(cm.endIndex - 1, cm.headIndex);
        var tokens = document.sentences().get(s).tokens();
        if (begin < 0 || end > tokens.size() || begin >= end)
            return null;
        return new MentionDraft(s, begin, end, tokens.get(begin).beginPosition(), tokens.get(end - 1).endPosition(), kind,
                null, null);
    }

    private static final List<String> PERSON_PRONOUNS = List.of("he", "him", "his", "himself", "she", "her", "hers",
            "herself");
    private static final List<String> PLACE_NOUNS = List.of("country", "nation", "city", "town", "state", "province",
            "region", "capital", "village", "continent");
    /** Facilities are not the organisation that runs them: "the plant" is no name for Nordwind Energy. */
    private static final List<String> FACILITY_NOUNS = List.of("plant", "factory", "facility", "site", "mill", "refinery",
            "warehouse", "mine", "plants", "factories");
    private static final List<String> THING_PRONOUNS = List.of("it", "its", "itself");

    /** Whether a pronoun or nominal can denote the target entity: no "he" for a company, no "it" for a person. */
    private static boolean fits(MentionDraft draft, CorefChain.CorefMention cm, Group target, CoreDocument document) {
        boolean person = target.coarse().equals("PERSON");
        if (draft.kind() == MentionKind.PRONOUN) {
            String word = document.sentences().get(draft.sentence()).tokens().get(draft.tokenBegin()).word()
                    .toLowerCase(Locale.ROOT);
            if (PERSON_PRONOUNS.contains(word))
                return person;
            if (THING_PRONOUNS.contains(word))
                return !person;
            return true;
        }
        if (cm.animacy == Dictionaries.Animacy.ANIMATE && !person && draft.kind() == MentionKind.NOMINAL)
            return false;
        if (draft.kind() == MentionKind.NOMINAL && cm.number == Dictionaries.Number.PLURAL)
            return false; // "Both countries" is more than the one named entity
        String head = document.sentences().get(draft.sentence()).tokens().get(cm.headIndex - 1).lemma();
        if (draft.kind() == MentionKind.NOMINAL && head != null && FACILITY_NOUNS.contains(head.toLowerCase(Locale.ROOT)))
            return false;
        if (draft.kind() == MentionKind.NOMINAL && head != null && PLACE_NOUNS.contains(head.toLowerCase(Locale.ROOT))
                && !target.type().isPlace())
            return false; // "the country" is not the company
        return !(cm.animacy == Dictionaries.Animacy.INANIMATE && person);
    }

    static String coarseOf(EntityType type) {
        return type.isPlace() ? "PLACE" : type.name();
    }

    /** Lower case, NFKC, no dots, no possessive, single spaces: "U.S." and "US" agree. */
    static String normalise(MentionDraft n, String text) {
        return String.join(" ", words(n, text));
    }

    private static List<String> words(MentionDraft n, String text) {
        String s = Normalizer.normalize(text.substring(n.charBegin(), n.charEnd()), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT).replace("’", "'").replaceAll("'s$", "").replace(".", "").strip();
        return Arrays.asList(s.split("\\s+"));
    }

    private static long key(int sentence, int token) {
        return ((long) sentence << 32) | (token & 0xffffffffL);
    }

}
