package org.newsgraph.extract.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.extract.EntityType;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;

/**
 * Where NER cuts an organisation's name short. A place that says which of several institutions is meant is part
 * of its name: "Trinity College, Cambridge", "Polytechnic Institute of Turin", "University of Illinois at Chicago",
 * "Senate of Italy". A person's surname before "family" names the family ("the Eliot family"), an organisation.
 */
final class OrganizationNames {
    /** Institutions whose name often ends ", City": colleges of a university, schools, churches. */
    private static final Set<String> COMMA_PLACE = Set.of("College", "School", "Church", "Hall", "Academy", "Cathedral");
    /** Institutions whose name often ends "of Place" or "at Place". */
    private static final Set<String> OF_PLACE = Set.of("University", "Institute", "College", "Academy", "Senate", "Parliament",
            "Assembly", "Conservatory", "Polytechnic", "Museum", "Library", "Council");

    private OrganizationNames() {
    }

    /** The tokens of an organisation joined with the place after it that completes its name, or null when none does. */
    static List<CoreLabel> withPlace(EntityType type, List<CoreLabel> tokens, CoreEntityMention next, List<CoreLabel> sentence,
            String text) {
        EntityType nextType = NameMentions.typeOf(next.entityType());
        if (type != EntityType.ORGANIZATION || nextType == null || !nextType.isPlace() || tokens.isEmpty() || next.tokens().isEmpty())
            return null;
        String last = tokens.get(tokens.size() - 1).word();
        int end = tokens.get(tokens.size() - 1).endPosition();
        int begin = next.tokens().get(0).beginPosition();
        if (begin <= end)
            return null;
        String between = text.substring(end, begin);
        boolean comma = between.equals(", ") && COMMA_PLACE.contains(last) && nextType == EntityType.CITY;
        boolean of = between.equals(" of ") && OF_PLACE.contains(last);
        boolean at = between.equals(" at ") && tokens.stream().anyMatch(t -> OF_PLACE.contains(t.word())); // "University of Illinois at Chicago"
        if (!comma && !of && !at)
            return null;
        List<CoreLabel> joined = new ArrayList<>(tokens);
        int to = next.tokens().get(next.tokens().size() - 1).index();
        for (int t = tokens.get(tokens.size() - 1).index(); t < to; t++)
            joined.add(sentence.get(t));
        return joined;
    }

    /** The tokens of a person's name and the word "family" right after it, or null when it is not followed by one. */
    static List<CoreLabel> family(EntityType type, List<CoreLabel> tokens, List<CoreLabel> sentence) {
        if (type != EntityType.PERSON || tokens.isEmpty())
            return null;
        int next = tokens.get(tokens.size() - 1).index(); // 0-based index of the token after the name
        if (next >= sentence.size() || !sentence.get(next).word().equals("family"))
            return null;
        List<CoreLabel> joined = new ArrayList<>(tokens);
        joined.add(sentence.get(next));
        return joined;
    }

    /** Words that make a name an institution's: "Oberlin Conservatory", "École Normale Supérieure", "National Osaka Hospital". */
    private static final Set<String> INSTITUTION_WORDS = Set.of("University", "College", "Conservatory", "School", "Institute",
            "Hospital", "Academy", "Seminary", "École", "Université", "Universität", "Università", "Universidad", "Polytechnic");
    /** Words that make a name a place's: "Victor Verster Prison", "Lago Maggiore", "Lac du Bonnet". */
    private static final Set<String> LANDMARK_WORDS = Set.of("Prison", "Lake", "Lago", "Lac", "River", "Mount", "Island",
            "Bay", "Valley", "Street", "Square", "Airport", "Castle", "Bridge", "Canal");

    /**
     * The type a name's own words or its linker page give it where NER's type contradicts them: a place or person
     * named as an institution, or whose page is one ("Villanova" → Villanova University), is an organisation; a
     * person named as a landmark is a place. Null where they say nothing else.
     */
    static EntityType byWords(EntityType type, List<CoreLabel> tokens, String wiki) {
        if (type == null || type == EntityType.ORGANIZATION)
            return null;
        boolean institution = tokens.stream().anyMatch(t -> INSTITUTION_WORDS.contains(t.word()))
                || (wiki != null && java.util.Arrays.stream(wiki.split("[_ ]")).anyMatch(INSTITUTION_WORDS::contains));
        if (institution)
            return EntityType.ORGANIZATION;
        if (type == EntityType.PERSON && tokens.size() > 1 && tokens.stream().anyMatch(t -> LANDMARK_WORDS.contains(t.word())))
            return EntityType.LOCATION;
        return null;
    }
}
