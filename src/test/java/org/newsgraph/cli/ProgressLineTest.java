package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsgraph.IngestProgress;
import org.newsgraph.IngestResult;

/** How progress, rate and ETA look. */
class ProgressLineTest {
    private static IngestResult stored(String source) {
        return new IngestResult(source, IngestResult.Status.STORED, Optional.of("https://newsgraph.org/id/article/1"),
                "3 entities, 5 mentions", Duration.ofMillis(2_100), Optional.empty());
    }

    @Test
    void durationsReadAsSecondsMinutesAndHours() {
        assertEquals("0s", ProgressLine.duration(Duration.ZERO));
        assertEquals("59s", ProgressLine.duration(Duration.ofSeconds(59)));
        assertEquals("1m 05s", ProgressLine.duration(Duration.ofSeconds(65)));
        assertEquals("2h 07m", ProgressLine.duration(Duration.ofMinutes(127)));
    }

    @Test
    void rateAndEtaComeFromTheArticlesDoneAndKnown() {
        // 10 of 40 in 20 s: 0.5 articles/s, 30 left: 60 s
        IngestProgress p = new IngestProgress(stored("a.txt"), 10, 40, true, Duration.ofSeconds(20));
        assertEquals(0.5, p.rate(), 1e-9);
        assertEquals(Duration.ofSeconds(60), p.eta().orElseThrow());
        assertEquals("0.50 articles/s, ETA 1m 00s", ProgressLine.rateAndEta(p));
    }

    @Test
    void whileSourcesAreStillReadTheTotalAndEtaAreLowerBounds() {
        IngestProgress p = new IngestProgress(stored("a.txt"), 10, 40, false, Duration.ofSeconds(20));
        assertEquals("0.50 articles/s, ETA >= 1m 00s", ProgressLine.rateAndEta(p));
        assertTrue(ProgressLine.line(p).startsWith("[10/40+] stored a.txt (3 entities, 5 mentions; 2.1 s) "), ProgressLine.line(p));
    }

    @Test
    void theBarFillsWithTheShareDone() {
        IngestProgress p = new IngestProgress(stored("a.txt"), 10, 40, true, Duration.ofSeconds(20));
        String bar = ProgressLine.bar(p);
        assertEquals("[#####...............] 10/40 0.50 articles/s, ETA 1m 00s", bar);
        assertTrue(ProgressLine.bar(new IngestProgress(stored("a.txt"), 40, 40, true, Duration.ofSeconds(80)))
                .startsWith("[####################] 40/40 "));
    }

    @Test
    void noRateBeforeTimeHasPassed() {
        IngestProgress p = new IngestProgress(stored("a.txt"), 1, 5, true, Duration.ZERO);
        assertTrue(p.eta().isEmpty());
        assertEquals("0.00 articles/s", ProgressLine.rateAndEta(p));
    }
}
