package org.newsgraph.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Profile;
import org.newsgraph.source.Article;

/**
 * Whom a claim's speaker resolves to, on our own short articles through the default profile (the JVM's shared
 * pipeline): a relative pronoun, a place compounded with the speaker's noun, a bare title, a pronoun after a quote.
 */
class SpeakerEntitiesTest {
    private static final CoreNlpExtractor EXTRACTOR = new CoreNlpExtractor(Profile.DEFAULT);
    private static final Map<String, Extraction> EXTRACTIONS = new HashMap<>();
    private static final Map<String, String> TEXTS = new HashMap<>();

    @Test
    void aRelativePronounSpeaksForTheNounItsClauseModifies() {
        // "The union's leader, Per Lindqvist, who called the closure a betrayal, said ..."
        assertEquals(Optional.of("Per Lindqvist"), speakerName("speakers-plant-closure.txt", "called"));
    }

    @Test
    void aPlaceCompoundedWithACommonNounIsNotTheSpeaker() {
        // "The Marlow school board voted ...": the board, not the town (which NER takes for a person)
        assertNotEquals(Optional.of("Marlow"), speakerName("speakers-school-board.txt", "voted"));
        assertEquals(Optional.of("Sandra Oyelaran"), speakerName("speakers-school-board.txt", "said falling"));
    }

    @Test
    void aBareTitleIsTheOnePersonWhoseTitleEndsInIt() {
        // "Transport Minister Katrin Aulenbach defended ... “...,” the minister said"
        assertEquals(Optional.of("Katrin Aulenbach"), speakerName("speakers-rail-budget.txt", "said in Parliament"));
    }

    @Test
    void aPronounAfterAQuoteSpeaksAsTheSubjectOfTheSentenceBefore() {
        // "Pinter's lawyer, Simon Achterberg, said his client would appeal. “My client has never run ...,” he told the court."
        assertEquals(Optional.of("Simon Achterberg"), speakerName("speakers-bail-hearing.txt", "told the court"));
        assertEquals(Optional.of("Miriam Okafor"), speakerName("speakers-bail-hearing.txt", "noted"));
    }

    @Test
    void aPronounOpeningASentenceOfSayingSpeaksAsTheSpeakerOfTheSentenceBefore() {
        // "The Liberal Union's chairwoman, Grete Falk, said she regretted the decision. She said the tax would ..."
        assertEquals(Optional.of("Grete Falk"), speakerName("speakers-senator-quits.txt", "said the tax"));
        assertEquals(Optional.of("Eleanor Voight"), speakerName("speakers-senator-quits.txt", "said.\n"));
    }

    @Test
    void aSurnameWhoseGuessedGenderItsOwnPronounContradictsKeepsItsPronoun() {
        // "Ingrid Halvorsen, ... said ... “...,” Halvorsen told reporters. She added that ...": coreference took the
        // surname for a man's and left "She" to an unnamed person
        assertEquals(Optional.of("Ingrid Halvorsen"), speakerName("speakers-plant-closure.txt", "added"));
    }

    @Test
    void aBareNounThatEndsOneOrganisationsNameIsThatOrganisation() {
        // "The financial regulator fined Aldermoor Bank ... The regulator said the bank ... The bank said in a statement"
        assertEquals(Optional.of("Aldermoor Bank"), speakerName("speakers-bank-fine.txt", "said in a statement"));
        assertEquals(Optional.empty(), speakerName("speakers-bank-fine.txt", "said the bank"));
    }

    @Test
    void anIndefiniteNounIsNobodyNamedBefore() {
        // "Dedi Halonen, a spokesperson for the Kalmarvik police, confirmed ... according to a hospital spokesperson":
        // coreference joined the two spokespersons
        assertEquals(Optional.empty(), speakerName("speakers-stabbing.txt", "according to a hospital"));
        assertEquals(Optional.of("Dedi Halonen"), speakerName("speakers-stabbing.txt", "confirmed"));
    }

    /** The name of the speaker entity of the claim whose cue starts the text at {@code cueAndAfter}. */
    static Optional<String> speakerName(String article, String cueAndAfter) {
        Extraction x = extraction(article);
        String text = TEXTS.get(article);
        int at = text.indexOf(cueAndAfter);
        if (at < 0)
            throw new AssertionError("no '" + cueAndAfter + "' in " + article);
        int begin = text.codePointCount(0, at);
        Claim c = x.claims().stream().filter(k -> k.cue().isPresent() && k.cue().get().begin() == begin).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with its cue at '" + cueAndAfter + "' in " + x.claims()));
        return c.speakerEntityId().flatMap(id -> x.entities().stream().filter(e -> e.id().equals(id)).findFirst())
                .map(Entity::name);
    }

    private static synchronized Extraction extraction(String name) {
        return EXTRACTIONS.computeIfAbsent(name, n -> {
            try (InputStream in = SpeakerEntitiesTest.class.getResourceAsStream("/articles/" + n)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                TEXTS.put(n, text);
                return EXTRACTOR.extract(Article.builder(n, text).build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
