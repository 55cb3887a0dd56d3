package org.newsgraph.extract.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.MentionKind;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * The name mentions NER found, typed with our {@link EntityType}s. A nationality adjective ("an American
 * poet") is a mention of the people of that nation, typed as persons as DUL (and OKE's gold) type them, never as
 * a place; a nationality noun ("studied French") is a language and makes no mention. A one-word place tagged as an adjective is taken for a demonym too,
 * whatever NER called it. A city or state that speaks or acts ("Washington warned") is the government seated
 * there ({@link Metonymy}): an organisation without the place's link. "Madison, Wisconsin" is one city
 * mention: the state after the comma only says which city (a country after it is a mention of its own).
 */
final class NameMentions {
    private NameMentions() {
    }

    static List<MentionDraft> find(CoreDocument document, String text) {
        List<MentionDraft> names = new ArrayList<>();
        List<CoreSentence> sentences = document.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreEntityMention> mentions = sentences.get(s).entityMentions();
            if (mentions == null)
                continue;
            for (int m = 0; m < mentions.size(); m++) {
                CoreEntityMention em = mentions.get(m);
                EntityType type = typeOf(em.entityType());
                if (type == null && isNationalityAdjective(em) && qualifiesPerson(sentences.get(s), em.tokens().get(0)))
                    type = EntityType.PERSON; // "an American poet": the people of that nation, as DUL types them
                List<CoreLabel> tokens = em.tokens();
                if (m + 1 < mentions.size() && isRegionWord(type, tokens, mentions.get(m + 1), text)) {
                    // "Southern" + "California", "Vancouver" + "Island": one place name
                    em = mentions.get(++m);
                    List<CoreLabel> joined = new ArrayList<>(tokens);
                    joined.addAll(em.tokens());
                    tokens = joined;
                    type = typeOf(em.entityType()) == EntityType.COUNTRY ? EntityType.LOCATION : typeOf(em.entityType());
                }
                if (m + 1 < mentions.size() && qualifiesCity(type, tokens, mentions.get(m + 1), text)) {
                    // "Madison, Wisconsin": the state or country says which city; one place mention
                    tokens = new ArrayList<>(tokens);
                    CoreLabel last = tokens.get(tokens.size() - 1);
                    List<CoreLabel> all = sentences.get(s).tokens();
                    for (int t = last.index(); t < mentions.get(m + 1).tokens().get(mentions.get(m + 1).tokens().size() - 1).index(); t++)
                        tokens.add(all.get(t));
                    m++;
                }
                List<CoreLabel> organization = m + 1 < mentions.size()
                        ? OrganizationNames.withPlace(type, tokens, mentions.get(m + 1), sentences.get(s).tokens(), text) : null;
                if (organization != null) { // "Trinity College, Cambridge", "University of Illinois at Chicago"
                    tokens = organization;
                    m++;
                }
                List<CoreLabel> family = OrganizationNames.family(type, tokens, sentences.get(s).tokens());
                if (type == null || tokens.isEmpty() || looksLikeDemonym(type, tokens) || isPronoun(tokens))
                    continue;
                String wiki = em.coreMap().get(CoreAnnotations.WikipediaEntityAnnotation.class);
                if (family != null) { // "the Eliot family"
                    tokens = family;
                    type = EntityType.ORGANIZATION;
                    wiki = null;
                }
                if (wiki != null && (wiki.isBlank() || wiki.equals("O")))
                    wiki = null;
                if (type == EntityType.PERSON && isNationalityAdjective(em))
                    wiki = Demonyms.peoplePage(tokens.get(0).word()); // the linker gave the country's page
                EntityType byWords = OrganizationNames.byWords(type, tokens, wiki);
                if (byWords != null && !isNationalityAdjective(em))
                    type = byWords; // "Oberlin Conservatory" is no place, "Lago Maggiore" no person
                if (Metonymy.speaksOrActs(sentences.get(s), type, tokens)) {
                    type = EntityType.ORGANIZATION; // "Washington warned ...": the government seated there
                    wiki = null; // the linker's page is the place
                }
                // a name does not run over a line break: "Doce\nUS Carriers" is two lines of a caption
                int from = 0;
                for (int i = 1; i <= tokens.size(); i++) {
                    if (i < tokens.size() && !text.substring(tokens.get(i - 1).endPosition(), tokens.get(i).beginPosition()).contains("\n"))
                        continue;
                    CoreLabel first = tokens.get(from);
                    CoreLabel last = tokens.get(i - 1);
                    names.add(new MentionDraft(s, first.index() - 1, last.index(), first.beginPosition(), last.endPosition(),
                            MentionKind.NAME, type, wiki == null ? null : wiki.replace('_', ' ')));
                    from = i;
                }
            }
        }
        return names;
    }

    /**
     * A place name right before another with one space between: a compass word ("Southern Italy") or a part NER's
     * gazetteers split off ("Vancouver Island", "New England"); together they are one place.
     */
    private static boolean isRegionWord(EntityType type, List<CoreLabel> tokens, CoreEntityMention next, String text) {
        EntityType nextType = typeOf(next.entityType());
        if (type == null || !type.isPlace() || nextType == null || !nextType.isPlace() || next.tokens().isEmpty())
            return false;
        String word = tokens.get(0).word();
        int end = tokens.get(0).endPosition();
        int begin = next.tokens().get(0).beginPosition();
        boolean adjacent = begin == end + 1 && text.charAt(end) == ' ';
        // "Vancouver" + "Island", "New" + "England": NER's place gazetteers split one name in two
        return adjacent && Character.isUpperCase(word.codePointAt(0));
    }

    /**
     * A city followed by ", State" and nothing else between: "Madison, Wisconsin" names the city. A country after the
     * comma ("Imperia, Italy") is a place mention of its own.
     */
    private static boolean qualifiesCity(EntityType type, List<CoreLabel> tokens, CoreEntityMention next, String text) {
        EntityType nextType = typeOf(next.entityType());
        if (type != EntityType.CITY || nextType != EntityType.STATE_OR_PROVINCE || tokens.isEmpty() || next.tokens().isEmpty())
            return false;
        int end = tokens.get(tokens.size() - 1).endPosition();
        int begin = next.tokens().get(0).beginPosition();
        return begin > end && text.substring(end, begin).equals(", ");
    }

    /** NER tags some pronouns ("he", "her") as PERSON; they are pronouns, found by coreference if at all. */
    private static boolean isPronoun(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens)
            if (t.tag() == null || !(t.tag().startsWith("PRP") || t.tag().startsWith("WP")))
                return false;
        return true;
    }

    /** Our type for a CoreNLP (fine-grained) NER tag, or null for tags we do not keep. */
    static EntityType typeOf(String ner) {
        if (ner == null)
            return null;
        return switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "COUNTRY" -> EntityType.COUNTRY;
            case "CITY" -> EntityType.CITY;
            case "STATE_OR_PROVINCE" -> EntityType.STATE_OR_PROVINCE;
            case "LOCATION" -> EntityType.LOCATION;
            default -> null; // NATIONALITY, TITLE, MISC, dates, numbers, ...
        };
    }

    /**
     * A nationality adjective ("an American poet", "German archaeologist"); the noun ("studied English") is a
     * language, and a proper-noun run ("Swiss Federal Institute") part of another name.
     */
    private static boolean isNationalityAdjective(CoreEntityMention em) {
        return "NATIONALITY".equals(em.entityType()) && em.tokens().size() == 1 && em.tokens().get(0).tag() != null
                && em.tokens().get(0).tag().startsWith("JJ");
    }

    /** Nouns for people that are no title: "Hungarian parents", "a Canadian citizen". */
    static final java.util.Set<String> PERSON_NOUNS = java.util.Set.of("person", "people", "man", "woman", "men", "women",
            "boy", "girl", "child", "children", "parent", "father", "mother", "son", "daughter", "brother", "sister",
            "husband", "wife", "family", "citizen", "national", "native", "descent", "origin", "immigrant", "graduate", "student",
            "jew", "jews");

    /**
     * Whether a nationality adjective qualifies a person ("an American poet", "German archaeologist Walter Ramberg",
     * "Hungarian parents"): its head is a title, a person's name or a noun for people. "The Chinese tech giant" and
     * "French authorities" only say where a company or an office belongs, and make no mention of a people.
     */
    private static boolean qualifiesPerson(CoreSentence sentence, CoreLabel adjective) {
        var graph = sentence.dependencyParse();
        if (graph == null)
            return false;
        var word = graph.getNodeByIndexSafe(adjective.index());
        if (word == null)
            return false;
        for (var edge : graph.incomingEdgeList(word)) {
            var head = edge.getGovernor();
            String lemma = head.lemma() == null ? head.word() : head.lemma();
            if ("TITLE".equals(head.ner()) || "PERSON".equals(head.ner()) || PERSON_NOUNS.contains(lemma.toLowerCase(Locale.ROOT)))
                return true;
        }
        return false;
    }

    private static boolean looksLikeDemonym(EntityType type, List<CoreLabel> tokens) {
        if (!type.isPlace() || tokens.size() != 1)
            return false;
        String tag = tokens.get(0).tag();
        return tag != null && tag.toUpperCase(Locale.ROOT).startsWith("JJ");
    }
}
