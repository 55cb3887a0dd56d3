package org.newsgraph.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Profile;

/** The profiles' CoreNLP settings, without loading any model. */
class CoreNlpPipelinesTest {
    @Test
    void everyProfileReadsTheCompactGazetteer() {
        for (Profile profile : Profile.values()) {
            String mapping = CoreNlpPipelines.properties(profile).getProperty("ner.fine.regexner.mapping");
            assertTrue(mapping.startsWith(FineNerGazetteer.OPTIONS), profile + ": " + mapping);
            for (String file : mapping.substring(FineNerGazetteer.OPTIONS.length()).split(";"))
                assertTrue(Files.isReadable(Path.of(file)), file);
        }
    }

    @Test
    void theWholeGazetteerOnRequest() {
        System.setProperty("newsgraph.gazetteer", "corenlp");
        try {
            assertFalse(CoreNlpPipelines.properties(Profile.DEFAULT).containsKey("ner.fine.regexner.mapping"));
        } finally {
            System.clearProperty("newsgraph.gazetteer");
        }
    }

    @Test
    void defaultRunsOneNerModelWithoutSuTimeAndKbpWithoutItsClassifier() {
        Properties p = CoreNlpPipelines.properties(Profile.DEFAULT);
        assertEquals(CoreNlpPipelines.properties(Profile.FAST).getProperty("ner.model"), p.getProperty("ner.model"));
        assertFalse(p.getProperty("ner.model").contains(","), "one model");
        assertEquals("false", p.getProperty("ner.useSUTime"));
        assertEquals("false", p.getProperty("ner.applyNumericClassifiers"));
        assertEquals("none", p.getProperty("kbp.model"));
        assertEquals("20", p.getProperty("coref.maxMentionDistance"));
        assertTrue(p.getProperty("annotators").contains(",sparsecoref,kbp,"), p.getProperty("annotators"));
    }

    @Test
    void aMeasurementOverridesAnySetting() {
        System.setProperty("newsgraph.corenlp.kbp.model", "edu/stanford/nlp/models/kbp/english/tac-re-lr.ser.gz");
        try {
            assertEquals("edu/stanford/nlp/models/kbp/english/tac-re-lr.ser.gz", CoreNlpPipelines.properties(Profile.DEFAULT).getProperty("kbp.model"));
        } finally {
            System.clearProperty("newsgraph.corenlp.kbp.model");
        }
    }
}
