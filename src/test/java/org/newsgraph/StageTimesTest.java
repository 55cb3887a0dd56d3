package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** One record of five stage durations, used for both clocks: the arithmetic is the same on each. */
class StageTimesTest {
    private static Duration ms(long n) {
        return Duration.ofMillis(n);
    }

    @Test
    void anAnalysisIsTheGapsBetweenItsClockReadings() {
        StageDurations d = StageDurations.analysis(ms(7), 1_000_000, 3_000_000, 6_000_000, 10_000_000);
        assertEquals(new StageDurations(ms(7), ms(2), ms(3), ms(4), Duration.ZERO), d);
        assertEquals(ms(16), d.total());
        assertEquals(ms(14), d.own(), "all but the extractor's");
    }

    @Test
    void readAndStoreAreSetOnBothClocksAndSumsAddUpClockByClock() {
        StageTimes t = new StageTimes(new StageDurations(ms(1), ms(10), ms(2), ms(3), ms(0)),
                new StageDurations(ms(1), ms(5), ms(1), ms(1), ms(0)), 40);
        StageTimes stored = t.withStore(ms(8), ms(2)).withRead(ms(9), ms(6));
        assertEquals(new StageDurations(ms(9), ms(10), ms(2), ms(3), ms(8)), stored.thread());
        assertEquals(new StageDurations(ms(6), ms(5), ms(1), ms(1), ms(2)), stored.cpu());
        StageTimes twice = stored.plus(stored);
        assertEquals(ms(64), twice.thread().total());
        assertEquals(ms(30), twice.cpu().total());
        assertEquals(80, twice.tokens());
        assertEquals(StageTimes.NONE, StageTimes.NONE.plus(StageTimes.NONE));
    }

    @Test
    void tokensAreNeverNegative() {
        assertThrows(IllegalArgumentException.class, () -> new StageTimes(StageDurations.NONE, StageDurations.NONE, -1));
    }
}
