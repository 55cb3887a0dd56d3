package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The claim record: the constructor callers already use, and the copies with a source kind and a date. */
class ClaimTest {
    private static Claim plain() {
        return new Claim(Optional.of(new Span(0, 9)), Optional.empty(), Optional.of(new Span(10, 14)), "say",
                SpeechAct.STATEMENT, List.of(new Span(15, 40)), false, false, false, 0, List.of());
    }

    @Test
    void theOldConstructorGivesAnUnknownKindAndNoDate() {
        assertEquals(SourceKind.UNKNOWN, plain().sourceKind());
        assertTrue(plain().time().isEmpty());
    }

    @Test
    void copiesChangeOnlyWhatTheyName() {
        DateMention monday = new DateMention(new Span(20, 26), DateValue.day(LocalDate.of(2024, 3, 11)));
        Claim c = plain().withSourceKind(SourceKind.OFFICIALS).withTime(Optional.of(monday));
        assertEquals(SourceKind.OFFICIALS, c.sourceKind());
        assertEquals(Optional.of(monday), c.time());
        assertEquals(plain().content(), c.content());
        assertEquals(plain(), c.withSourceKind(SourceKind.UNKNOWN).withTime(Optional.empty()));
        assertThrows(NullPointerException.class, () -> plain().withSourceKind(null));
    }
}
