package org.newsgraph.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsgraph.error.NewsGraphException;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.SourceKind;
import org.newsgraph.extract.corenlp.SourceKinds.Speaker;
import org.newsgraph.extract.corenlp.SourceKinds.Word;

/** Source kinds from hand-made speakers (words with tag, lemma and NER, as CoreNLP would give them), no models. */
class SourceKindsTest {
    private static final SourceKinds KINDS = SourceKinds.standard();

    /** Words written "text/TAG" or "text/TAG/NER"; the lemma is the lower-cased text, a plural made singular. */
    private static List<Word> words(String tagged) {
        List<Word> out = new ArrayList<>();
        for (String w : tagged.split(" ")) {
            String[] p = w.split("/");
            String lemma = !p[1].equals("NNS") ? p[0] : p[0].endsWith("ies") ? p[0].replaceFirst("ies$", "y")
                    : p[0].replaceFirst("s$", "");
            out.add(new Word(p[0], lemma.toLowerCase(), p[1], p.length > 2 ? p[2] : "O"));
        }
        return out;
    }

    private static SourceKind kind(String tagged, int head) {
        return KINDS.classify(new Speaker(words(tagged), head, Optional.empty(), false, false));
    }

    private static SourceKind kind(String tagged, int head, EntityType entity, boolean headIsEntity) {
        return KINDS.classify(new Speaker(words(tagged), head, Optional.of(entity), headIsEntity, false));
    }

    @Test
    void unnamedPeopleAreAnonymousAndOfficesOfficials() {
        assertEquals(SourceKind.ANONYMOUS, kind("a/DT source/NN", 1));
        assertEquals(SourceKind.ANONYMOUS, kind("sources/NNS familiar/JJ with/IN the/DT matter/NN", 0));
        assertEquals(SourceKind.ANONYMOUS, kind("one/CD person/NN", 1));
        assertEquals(SourceKind.ANONYMOUS, kind("Critics/NNS", 0), "a plural of people nobody names");
        assertEquals(SourceKind.ANONYMOUS, kind("a/DT shopkeeper/NN", 1), "an indefinite person not in the list");
        assertEquals(SourceKind.OFFICIALS, kind("officials/NNS", 0));
        assertEquals(SourceKind.OFFICIALS, kind("US/NNP/COUNTRY officials/NNS", 1, EntityType.COUNTRY, false),
                "the country only qualifies the officials");
        assertEquals(SourceKind.OFFICIALS, kind("a/DT government/NN spokesman/NN", 2));
        assertEquals(SourceKind.OFFICIALS, kind("the/DT harbourmaster/NN/TITLE", 1), "NER's title words are offices");
    }

    @Test
    void documentsAndPublications() {
        assertEquals(SourceKind.DOCUMENT, kind("the/DT report/NN", 1));
        assertEquals(SourceKind.DOCUMENT, kind("a/DT statement/NN", 1));
        assertEquals(SourceKind.DOCUMENT, kind("court/NN documents/NNS", 1));
        assertEquals(SourceKind.DOCUMENT, kind("the/DT study/NN", 1, EntityType.ORGANIZATION, true),
                "a document even where coreference tied it to an organisation");
        assertEquals(SourceKind.PUBLICATION, kind("the/DT newspaper/NN", 1));
        assertEquals(SourceKind.PUBLICATION, kind("The/DT Daily/NNP/ORGANIZATION Ledger/NNP/ORGANIZATION", 2,
                EntityType.ORGANIZATION, true));
        assertEquals(SourceKind.PUBLICATION, kind("Reuters/NNP/ORGANIZATION", 0, EntityType.ORGANIZATION, true));
        assertEquals(SourceKind.PUBLICATION, kind("The/DT Post/NNP", 1));
        assertEquals(SourceKind.PUBLICATION, KINDS.classify(new Speaker(words("Harbour/NNP Weekly/NNP"), 1,
                Optional.of(EntityType.ORGANIZATION), true, true)), "the article's own publisher");
        assertNotEquals(SourceKind.PUBLICATION, kind("the/DT editor/NN of/IN The/DT Post/NNP", 1),
                "a publication after the head does not make one");
    }

    @Test
    void namesTakeTheirEntityOrNerKind() {
        assertEquals(SourceKind.PERSON, kind("Liang/NNP/PERSON Hua/NNP/PERSON", 1, EntityType.PERSON, true));
        assertEquals(SourceKind.ORGANIZATION, kind("Nordvik/NNP/ORGANIZATION Industries/NNPS/ORGANIZATION", 1,
                EntityType.ORGANIZATION, true));
        assertEquals(SourceKind.GOVERNMENT, kind("The/DT US/NNP/COUNTRY", 1, EntityType.COUNTRY, true));
        assertEquals(SourceKind.PERSON, kind("Dr./NNP Mbeki/NNP/PERSON", 1), "NER where no entity was found");
    }

    @Test
    void titlesAndNominalsResolvedToANamedEntityAreThatEntity() {
        assertEquals(SourceKind.PERSON, kind("the/DT tech/NN giant/NN 's/POS chairman/NN", 4, EntityType.PERSON, true));
        assertEquals(SourceKind.ORGANIZATION, kind("the/DT company/NN", 1, EntityType.ORGANIZATION, true));
        assertEquals(SourceKind.ORGANIZATION, kind("the/DT company/NN", 1), "an organisation even unresolved");
        assertEquals(SourceKind.OFFICIALS, kind("a/DT Huawei/NNP/ORGANIZATION spokesman/NN", 2, EntityType.ORGANIZATION, false),
                "the company a spokesman speaks for is not the spokesman");
        assertEquals(SourceKind.PERSON, kind("Council/NNP president/NN/TITLE Marc/NNP/PERSON Delorme/NNP/PERSON", 1,
                EntityType.PERSON, false), "a title with the name of its person");
        assertEquals(SourceKind.GOVERNMENT, kind("Both/DT countries/NNS", 1), "unnamed countries speak as governments");
        assertEquals(SourceKind.OFFICIALS, kind("the/DT Vermont/NNP/STATE_OR_PROVINCE senator/NNP", 2,
                EntityType.STATE_OR_PROVINCE, false), "a senator tagged as a name is still a senator, not his state");
        assertEquals(SourceKind.OFFICIALS, kind("Police/NNP", 0), "a source noun at the start of a sentence");
        assertEquals(SourceKind.DOCUMENT, kind("a/DT Reuters/NNP/ORGANIZATION poll/NN", 2, EntityType.ORGANIZATION, false),
                "a publication's poll is a document");
        assertEquals(SourceKind.ORGANIZATION, kind("The/DT Trump/NNP/PERSON campaign/NN", 2, EntityType.PERSON, false),
                "a person's campaign is an organisation");
    }

    @Test
    void pronounsAreTheirEntityOrUnresolved() {
        assertEquals(SourceKind.PERSON, kind("she/PRP", 0, EntityType.PERSON, true));
        assertEquals(SourceKind.PRONOUN, kind("he/PRP", 0));
        assertEquals(SourceKind.ORGANIZATION, kind("which/WDT", 0, EntityType.ORGANIZATION, true));
    }

    @Test
    void noSpeakerIsUnknownUnlessAnEntityIsGiven() {
        assertEquals(SourceKind.UNKNOWN, KINDS.classify(Optional.empty(), Optional.empty()));
        assertEquals(SourceKind.PERSON, KINDS.classify(Optional.empty(), Optional.of(EntityType.PERSON)));
        assertEquals(SourceKind.UNKNOWN, kind("the/DT thing/NN", 1));
    }

    @Test
    void aBadListLineIsNamed() {
        NewsGraphException e = assertThrows(NewsGraphException.class, () -> SourceKinds.read(
                new ByteArrayInputStream("# c\nsource\tSECRET\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("SECRET"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Speaker(words("a/DT source/NN"), 2, Optional.empty(), false, false));
    }
}
