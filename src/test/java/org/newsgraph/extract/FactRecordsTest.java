package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The checks of the fact records' compact constructors: sentence indexes and absent parts. */
class FactRecordsTest {
    private static final Span SPAN = new Span(0, 8);

    private static Claim claim(int sentence, Optional<Span> speaker) {
        return new Claim(speaker, Optional.empty(), Optional.of(new Span(9, 13)), "say", SpeechAct.STATEMENT,
                List.of(new Span(14, 30)), false, false, false, sentence, List.of());
    }

    private static Role role(int sentence, Optional<String> holder) {
        return new Role("chairman", SPAN, "chairman", sentence, holder, Optional.empty());
    }

    private static Relation relation(int sentence, Optional<String> object) {
        return new Relation("e1", "per:title", object, "chairman", 0.5, SPAN, sentence);
    }

    @Test
    void aSentenceIndexBelowZeroIsRefused() {
        assertEquals(0, claim(0, Optional.empty()).sentence());
        assertEquals(0, role(0, Optional.empty()).sentence());
        assertEquals(0, relation(0, Optional.empty()).sentence());
        assertEquals("claim sentence must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> claim(-1, Optional.empty())).getMessage());
        assertEquals("role sentence must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> role(-1, Optional.empty())).getMessage());
        assertEquals("relation sentence must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> relation(-1, Optional.empty())).getMessage());
    }

    @Test
    void aMissingOptionalIsNamedInTheMessage() {
        assertEquals("The parameter 'speaker' must not be null.",
                assertThrows(NullPointerException.class, () -> claim(0, null)).getMessage());
        assertEquals("The parameter 'holderId' must not be null.",
                assertThrows(NullPointerException.class, () -> role(0, null)).getMessage());
        assertEquals("The parameter 'objectId' must not be null.",
                assertThrows(NullPointerException.class, () -> relation(0, null)).getMessage());
        assertEquals("The parameter 'evidence' must not be null.", assertThrows(NullPointerException.class,
                () -> new Relation("e1", "per:title", Optional.empty(), "chairman", 0.5, null, 0)).getMessage());
    }
}
