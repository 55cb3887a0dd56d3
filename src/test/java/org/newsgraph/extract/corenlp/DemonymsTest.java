package org.newsgraph.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** CoreNLP's demonym table as we read it (no pipeline needed). */
class DemonymsTest {
    @Test
    void nationalityWordsNameTheirCountryInAnyCase() {
        assertTrue(Demonyms.countries("French").contains("france"));
        assertTrue(Demonyms.countries("chinese").contains("china"));
        assertTrue(Demonyms.countries("Germans").contains("germany"), "plural people nouns too");
        assertTrue(Demonyms.countries("Huawei").isEmpty());
    }

    @Test
    void aNationalityAdjectiveLinksToItsPeople() {
        assertEquals("Americans", Demonyms.peoplePage("American"));
        assertEquals("Germans", Demonyms.peoplePage("German"));
        assertEquals("French people", Demonyms.peoplePage("French"));
        assertEquals("Chinese people", Demonyms.peoplePage("Chinese"));
        assertNull(Demonyms.peoplePage("american-born"));
    }
}
