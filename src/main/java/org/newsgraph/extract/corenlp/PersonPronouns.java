package org.newsgraph.extract.corenlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.MentionKind;

import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Every third-person personal pronoun ("he", "his", "she", "her") denotes a person, so each becomes a mention,
 * whether or not coreference tied it to a name. First a repair: a pronoun whose gender contradicts the gender
 * coreference gave the person's name ("her" for a man) leaves that person. Then each pronoun still without an
 * entity, together with the pronouns of its coreference chain, goes to the nearest person named before it of a
 * fitting gender: in its own sentence before it, else in the closest earlier sentence, the subject of that
 * sentence before other names. Where the article names no such person ("The novelist ... he"), the pronouns are
 * an unnamed person of their own, local to the article.
 */
final class PersonPronouns {
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");

    private final CoreDocument document;
    private final List<EntityClusterer.Group> groups;

    PersonPronouns(CoreDocument document, List<EntityClusterer.Group> groups) {
        this.document = document;
        this.groups = groups;
    }

    /** The gender a pronoun marks, or null when it marks none. */
    static Dictionaries.Gender genderOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return MALE.contains(w) ? Dictionaries.Gender.MALE : FEMALE.contains(w) ? Dictionaries.Gender.FEMALE : null;
    }

    /** Repairs and completes the person pronouns; returns the unnamed persons it had to add. */
    List<EntityClusterer.Group> resolve() {
        Map<EntityClusterer.Group, Dictionaries.Gender> genders = nameGenders();
        dropContradictions(genders);
        Set<Long> taken = new HashSet<>();
        for (EntityClusterer.Group g : groups)
            if (g.mergedInto == null)
                for (MentionDraft d : all(g))
                    for (int t = d.tokenBegin(); t < d.tokenEnd(); t++)
                        taken.add(key(d.sentence(), t));
        Map<Long, Integer> chainOf = chainOfPronouns();
        Map<Integer, EntityClusterer.Group> unnamedByChain = new HashMap<>();
        List<EntityClusterer.Group> unnamed = new ArrayList<>();
        PersonNouns.attach(document, groups, taken, unnamedByChain, unnamed);
        Map<Object, List<MentionDraft>> clusters = new LinkedHashMap<>();
        for (int s = 0; s < document.sentences().size(); s++) {
            List<CoreLabel> tokens = document.sentences().get(s).tokens();
            for (int t = 0; t < tokens.size(); t++) {
                CoreLabel token = tokens.get(t);
                if (genderOf(token.word()) == null || token.tag() == null || !token.tag().startsWith("PRP") || taken.contains(key(s, t)))
                    continue;
                Object cluster = chainOf.containsKey(key(s, t)) ? chainOf.get(key(s, t)) : (Object) key(s, t);
                clusters.computeIfAbsent(cluster, k -> new ArrayList<>()).add(new MentionDraft(s, t, t + 1,
                        token.beginPosition(), token.endPosition(), MentionKind.PRONOUN, null, null));
            }
        }
        for (Map.Entry<Object, List<MentionDraft>> cluster : clusters.entrySet()) {
            List<MentionDraft> pronouns = cluster.getValue();
            MentionDraft first = pronouns.get(0);
            Dictionaries.Gender gender = genderOf(document.sentences().get(first.sentence()).tokens().get(first.tokenBegin()).word());
            EntityClusterer.Group target = unnamedByChain.get(cluster.getKey());
            if (target == null)
                target = antecedent(first, gender, genders);
            if (target == null) {
                target = new EntityClusterer.Group();
                target.unnamedType = EntityType.PERSON;
                unnamed.add(target);
                genders.put(target, gender);
            }
            target.others.addAll(pronouns);
        }
        return unnamed;
    }

    /**
     * The gender coreference gave the names of each person, from its longest names in the chains ("Ingrid Halvorsen"
     * is female even where the surname alone was taken for a man); none where those disagree.
     */
    private Map<EntityClusterer.Group, Dictionaries.Gender> nameGenders() {
        Map<Long, EntityClusterer.Group> nameAt = new HashMap<>();
        for (EntityClusterer.Group g : groups)
            if (g.mergedInto == null && g.coarse().equals("PERSON"))
                for (MentionDraft n : g.names)
                    for (int t = n.tokenBegin(); t < n.tokenEnd(); t++)
                        nameAt.put(key(n.sentence(), t), g);
        Map<EntityClusterer.Group, Dictionaries.Gender> genders = new HashMap<>();
        Map<EntityClusterer.Group, Integer> lengths = new HashMap<>();
        Set<EntityClusterer.Group> conflicting = new HashSet<>();
        if (document.corefChains() == null)
            return genders;
        for (CorefChain chain : document.corefChains().values())
            for (CorefChain.CorefMention cm : chain.getMentionsInTextualOrder()) {
                EntityClusterer.Group g = nameAt.get(key(cm.sentNum - 1, cm.headIndex - 1));
                if (g == null || cm.mentionType != Dictionaries.MentionType.PROPER
                        || (cm.gender != Dictionaries.Gender.MALE && cm.gender != Dictionaries.Gender.FEMALE)
                        || cm.endIndex - cm.startIndex == 1 && contradicted(chain, cm.gender))
                    continue;
                int length = cm.endIndex - cm.startIndex;
                int before = lengths.getOrDefault(g, 0);
                if (length > before) {
                    genders.put(g, cm.gender);
                    lengths.put(g, length);
                    conflicting.remove(g);
                } else if (length == before && genders.get(g) != cm.gender)
                    conflicting.add(g);
            }
        conflicting.forEach(genders::remove);
        return genders;
    }

    /** "Halvorsen/MALE ... She": a surname's guessed gender that a pronoun of its own chain contradicts tells nothing. */
    private static boolean contradicted(CorefChain chain, Dictionaries.Gender gender) {
        return chain.getMentionsInTextualOrder().stream().anyMatch(m -> m.mentionType == Dictionaries.MentionType.PRONOMINAL
                && genderOf(m.mentionSpan) != null && genderOf(m.mentionSpan) != gender);
    }

    /**
     * Takes pronouns away from persons they cannot or should not denote: of the other gender than the person's
     * names, or named only in other sentences while the pronoun's own sentence has a fitting person as its subject
     * before it ("The mayor, Javier Ortega, said he had asked ..." is Ortega, whatever chain coreference built).
     */
    private void dropContradictions(Map<EntityClusterer.Group, Dictionaries.Gender> genders) {
        for (EntityClusterer.Group g : groups) {
            if (g.mergedInto != null)
                continue;
            Dictionaries.Gender gender = genders.get(g);
            g.others.removeIf(d -> {
                if (d.kind() != MentionKind.PRONOUN)
                    return false;
                Dictionaries.Gender said = genderOf(document.sentences().get(d.sentence()).tokens().get(d.tokenBegin()).word());
                if (said == null)
                    return false;
                if (gender != null && said != gender)
                    return true;
                boolean namedHere = g.names.stream().anyMatch(n -> n.sentence() == d.sentence() && n.tokenEnd() <= d.tokenBegin());
                EntityClusterer.Group subject = subjectBefore(d, said, genders);
                if (subject == null)
                    subject = SpeakerContinuity.quotedSpeakerBefore(document, groups, d, said, genders);
                return !namedHere && subject != null && subject != g;
            });
        }
    }

    /** The fitting person named as a subject in the pronoun's own sentence before it, if any. */
    private EntityClusterer.Group subjectBefore(MentionDraft pronoun, Dictionaries.Gender gender,
            Map<EntityClusterer.Group, Dictionaries.Gender> genders) {
        for (EntityClusterer.Group g : groups) {
            if (!SpeakerContinuity.fittingPerson(g, gender, genders))
                continue;
            for (MentionDraft n : g.names)
                if (n.sentence() == pronoun.sentence() && n.tokenEnd() <= pronoun.tokenBegin() && isSubject(n.sentence(), n))
                    return g;
        }
        return null;
    }

    /** Coreference chain ids of the person pronouns that are in a chain. */
    private Map<Long, Integer> chainOfPronouns() {
        Map<Long, Integer> chainOf = new HashMap<>();
        if (document.corefChains() == null)
            return chainOf;
        for (CorefChain chain : document.corefChains().values())
            for (CorefChain.CorefMention cm : chain.getMentionsInTextualOrder())
                if (cm.mentionType == Dictionaries.MentionType.PRONOMINAL && cm.endIndex - cm.startIndex == 1)
                    chainOf.put(key(cm.sentNum - 1, cm.startIndex - 1), chain.getChainID());
        return chainOf;
    }

    /** The person a pronoun most likely refers to: the nearest earlier sentence with a fitting name, its subject first. */
    private EntityClusterer.Group antecedent(MentionDraft pronoun, Dictionaries.Gender gender,
            Map<EntityClusterer.Group, Dictionaries.Gender> genders) {
        for (int s = pronoun.sentence(); s >= 0; s--) {
            EntityClusterer.Group first = null;
            EntityClusterer.Group subject = null;
            int firstToken = Integer.MAX_VALUE;
            for (EntityClusterer.Group g : groups) {
                if (!SpeakerContinuity.fittingPerson(g, gender, genders))
                    continue;
                for (MentionDraft n : g.names) {
                    if (n.sentence() != s || (s == pronoun.sentence() && n.tokenEnd() > pronoun.tokenBegin()))
                        continue;
                    if (n.tokenBegin() < firstToken) {
                        firstToken = n.tokenBegin();
                        first = g;
                    }
                    if (subject == null && isSubject(s, n))
                        subject = g;
                }
            }
            if (subject != null)
                return subject;
            if (first != null)
                return first;
        }
        return null;
    }

    private boolean isSubject(int s, MentionDraft name) {
        return SpeakerContinuity.subjectVerb(document, s, name) != null;
    }

    private static List<MentionDraft> all(EntityClusterer.Group g) {
        List<MentionDraft> all = new ArrayList<>(g.names);
        all.addAll(g.others);
        return all;
    }

    static long key(int sentence, int token) {
        return ((long) sentence << 32) | (token & 0xffffffffL);
    }
}
