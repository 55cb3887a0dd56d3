package org.newsgraph.extract.corenlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Who a pronoun that speaks goes on from: the person the sentence before quotes or reports as saying (a repair of
 * {@link PersonPronouns} where coreference picks another person of the same gender), and the subjects of sentences.
 */
final class SpeakerContinuity {
    private static final Set<String> QUOTE_MARKS = Set.of("``", "\"", "\u201c", "'", "`");
    private static final Set<String> DOUBLE_QUOTES = Set.of("``", "''", "\"", "\u201c", "\u201d");
    private static final CueLexicon CUES = CueLexicon.standard();

    private SpeakerContinuity() {
    }

    /**
     * "Pinter's lawyer, Simon Achterberg, said ... “My client has never run,” he told the court", "The party's chairwoman,
     * Grete Falk, said ... She said ...": the subject pronoun of a sentence that opens with a quote, or that opens the
     * sentence as the subject of a verb of saying, speaks as the one fitting person named as the subject of the sentence
     * before (of a verb of saying, unless a quote follows), whom the article quotes on, not as another person
     * coreference chose.
     */
    static EntityClusterer.Group quotedSpeakerBefore(CoreDocument document, List<EntityClusterer.Group> groups, MentionDraft pronoun, Dictionaries.Gender gender,
            Map<EntityClusterer.Group, Dictionaries.Gender> genders) {
        List<CoreLabel> tokens = document.sentences().get(pronoun.sentence()).tokens();
        boolean quoted = QUOTE_MARKS.contains(tokens.get(0).word());
        IndexedWord verb = subjectVerb(document, pronoun.sentence(), pronoun);
        if (pronoun.sentence() == 0 || verb == null || !quoted && !(pronoun.tokenBegin() == 0 && says(verb)
                && quoteMarks(tokens) % 2 == 0 && quoteMarks(document.sentences().get(pronoun.sentence() - 1).tokens()) % 2 == 0))
            return null;
        EntityClusterer.Group found = null;
        for (EntityClusterer.Group g : groups) {
            if (!fittingPerson(g, gender, genders))
                continue;
            for (MentionDraft n : g.names)
                if (n.sentence() == pronoun.sentence() - 1 && (quoted ? subjectVerb(document, n.sentence(), n) != null : says(subjectVerb(document, n.sentence(), n)))) {
                    if (found != null && found != g)
                        return null;
                    found = g;
                }
        }
        return found;
    }

    /** The double quote marks of a sentence: an odd count leaves a quote open or closes one ("He resisted.”"). */
    private static long quoteMarks(List<CoreLabel> tokens) {
        return tokens.stream().filter(t -> DOUBLE_QUOTES.contains(t.word())).count();
    }

    /** The word a name (or a noun it stands in apposition to) is the subject of, or null. */
    static IndexedWord subjectVerb(CoreDocument document, int s, MentionDraft name) {
        SemanticGraph graph = document.sentences().get(s).dependencyParse();
        if (graph == null)
            return null;
        for (int t = name.tokenBegin(); t < name.tokenEnd(); t++) {
            var word = graph.getNodeByIndexSafe(t + 1);
            if (word == null)
                continue;
            for (SemanticGraphEdge e : graph.incomingEdgeList(word)) {
                if (e.getRelation().toString().startsWith("nsubj"))
                    return e.getGovernor();
                // "The mayor of Zamora, Javier Ortega, said": the name is in apposition to the subject
                if (e.getRelation().toString().equals("appos"))
                    for (SemanticGraphEdge up : graph.incomingEdgeList(e.getGovernor()))
                        if (up.getRelation().toString().startsWith("nsubj"))
                            return up.getGovernor();
            }
        }
        return null;
    }

    /** Whether a word is a verb of the cue lexicon ("said", "told", "denied"). */
    private static boolean says(IndexedWord verb) {
        return verb != null && verb.lemma() != null && CUES.act(verb.lemma().toLowerCase(Locale.ROOT), CueLexicon.Kind.VERB).isPresent();
    }

    /** Whether a group is a named person a pronoun of {@code gender} can stand for (a gender it is not known to lack). */
    static boolean fittingPerson(EntityClusterer.Group g, Dictionaries.Gender gender,
            Map<EntityClusterer.Group, Dictionaries.Gender> genders) {
        if (g.mergedInto != null || g.names.isEmpty() || !g.coarse().equals("PERSON"))
            return false;
        Dictionaries.Gender known = genders.get(g);
        return gender == null || known == null || known == gender;
    }
}
