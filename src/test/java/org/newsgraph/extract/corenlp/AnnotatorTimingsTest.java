package org.newsgraph.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Reading CoreNLP's printed timing and taking the difference of two readings, without models. */
class AnnotatorTimingsTest {
    @Test
    void parsesCoreNlpsTimingText() {
        String text = "Annotation pipeline timing information:\nTokenizerAnnotator: 0.1 sec.\nNERCombinerAnnotator: 12.5 sec.\n"
                + "TOTAL: 12.6 sec. for 3000 tokens at 238.1 tokens/sec.";
        Map<String, Duration> t = AnnotatorTimings.parse(text);
        assertEquals(List.of("TokenizerAnnotator", "NERCombinerAnnotator"), List.copyOf(t.keySet()));
        assertEquals(Duration.ofMillis(12_500), t.get("NERCombinerAnnotator"));
    }

    @Test
    void theDifferenceIsPerAnnotator() {
        Map<String, Duration> before = Map.of("A", Duration.ofMillis(100));
        Map<String, Duration> after = new java.util.LinkedHashMap<>();
        after.put("A", Duration.ofMillis(350));
        after.put("B", Duration.ofMillis(40));
        Map<String, Duration> d = AnnotatorTimings.minus(after, before);
        assertEquals(Duration.ofMillis(250), d.get("A"));
        assertEquals(Duration.ofMillis(40), d.get("B"));
    }
}
