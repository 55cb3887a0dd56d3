package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.newsgraph.IngestResult;
import org.newsgraph.IngestTimeline;
import org.newsgraph.StageDurations;
import org.newsgraph.StageTimes;

/** Adding up stage times and writing the report, with hand-made results (no CoreNLP). */
class BenchReportTest {
    /** Thread times read 1, extract, resolve 2, map 3, store 4 ms; CPU times a tenth of extract, and 1 ms each for the rest but store (0.5). */
    private static IngestResult stored(long extractMs, long tokens) {
        StageDurations cpu = new StageDurations(Duration.ofMillis(1), Duration.ofMillis(extractMs / 10), Duration.ofMillis(1),
                Duration.ofMillis(1), Duration.ofNanos(500_000));
        StageDurations thread = new StageDurations(Duration.ofMillis(1), Duration.ofMillis(extractMs), Duration.ofMillis(2),
                Duration.ofMillis(3), Duration.ofMillis(4));
        StageTimes t = new StageTimes(thread, cpu, tokens);
        return new IngestResult("a.txt", IngestResult.Status.STORED, Optional.of("https://x/a"), "ok", thread.total(), Optional.empty(), t);
    }

    private static IngestResult failed() {
        return new IngestResult("b.txt", IngestResult.Status.FAILED, Optional.empty(), "b.txt: bad", Duration.ofMillis(5),
                Optional.empty());
    }

    @Test
    void totalsAddUpStagesTokensAndOutcomes() {
        StageTotals t = StageTotals.of(List.of(stored(90, 100), stored(190, 300), failed()));
        assertEquals(2, t.stored());
        assertEquals(1, t.failed());
        assertEquals(0, t.skipped());
        assertEquals(400, t.sum().tokens());
        assertEquals(Duration.ofMillis(280), t.sum().thread().extract());
        assertEquals(Duration.ofMillis(8), t.sum().thread().store());
        // own stages: (1+2+3+4) * 2 = 20 ms of 300 ms
        assertEquals(20.0 / 300, t.ownShare(), 1e-9);
        // CPU: extract 9 + 19 ms, own (1+1+1+0.5) * 2 = 7 ms of 35 ms
        assertEquals(Duration.ofMillis(28), t.sum().cpu().extract());
        assertEquals(Duration.ofMillis(1), t.sum().cpu().store());
        assertEquals(7.0 / 35, t.ownCpuShare(), 1e-9);
        // reading done before the ingest replaces the ingest's read times, thread and CPU
        StageTotals read = t.withRead(Duration.ofMillis(50), Duration.ofMillis(40));
        assertEquals(Duration.ofMillis(50), read.sum().thread().read());
        assertEquals(Duration.ofMillis(40), read.sum().cpu().read());
        assertEquals(Duration.ofMillis(28), read.sum().cpu().extract());
        assertEquals(400, read.sum().tokens());
    }

    @Test
    void theTimelineGivesTheTailAndTheWorkersIdleTime() {
        IngestTimeline timeline = new IngestTimeline(Duration.ofMillis(100), Duration.ofSeconds(9), Duration.ofSeconds(17),
                Duration.ofMillis(300), 3, Duration.ofMillis(600));
        assertEquals(Duration.ofSeconds(1), timeline.tail(Duration.ofSeconds(10)));
        assertEquals(Duration.ofSeconds(1), timeline.idle(2)); // 2 x 9 s, 17 s of them analysing
        assertEquals(Duration.ZERO, timeline.idle(1), "never negative");
        assertEquals(Duration.ZERO, IngestTimeline.NONE.tail(Duration.ofSeconds(10)), "no analysis, no tail to tell");
    }

    private static BenchReport report(Optional<BaselineFigures> baseline) {
        Map<String, Duration> annotators = new LinkedHashMap<>();
        annotators.put("TokenizerAnnotator", Duration.ofMillis(30));
        annotators.put("NERCombinerAnnotator", Duration.ofMillis(200));
        StageTotals totals = StageTotals.of(List.of(stored(90, 100), stored(190, 300)));
        // wall 4 s: 0.5 s of reading before the ingest, 3.5 s of ingest; analysis from 0.1 s to 3.0 s
        IngestTimeline timeline = new IngestTimeline(Duration.ofMillis(100), Duration.ofMillis(3000), Duration.ofMillis(5400),
                Duration.ofMillis(250), 2, Duration.ofMillis(420));
        return new BenchReport("fast", 2, 12_000, Duration.ofSeconds(20), Duration.ofSeconds(4), Duration.ofSeconds(3),
                totals.withRead(Duration.ofMillis(500), Duration.ofMillis(400)), timeline, annotators, 3L << 30, OptionalLong.of(4L << 30),
                baseline, Optional.empty());
    }

    @Test
    void theReportShowsThroughputStagesMemoryAndTheRatio() {
        BaselineFigures base = new BaselineFigures(Map.of("annotators", "tokenize,ner"), 1, 2, 410, 9_000, Duration.ofSeconds(8),
                Map.of("TokenizerAnnotator", Duration.ofMillis(50)), Duration.ofSeconds(12));
        BenchReport r = report(Optional.of(base));
        assertEquals(0.5, r.articlesPerSecond(), 1e-9);
        assertEquals(100.0, r.tokensPerSecond(), 1e-9);
        assertEquals(2.0, r.ratio().orElseThrow(), 1e-9); // 0.5 articles/s against 0.25
        String text = r.format();
        assertTrue(text.contains("profile fast, 2 threads: 2 articles stored, 0 failed, 400 tokens"), text);
        assertTrue(text.contains("12.00 s"), text);
        assertTrue(text.contains("0.500 articles/s   100.0 tokens/s"), text);
        assertTrue(text.lines().anyMatch(l -> l.contains("NERCombinerAnnotator") && l.contains("0.20 s")), text);
        // extract 280 ms, annotators 230 ms: 50 ms turning CoreNLP's output into our records
        assertTrue(text.lines().anyMatch(l -> l.contains("(to our records)") && l.contains("0.05 s")), text);
        assertTrue(text.contains("peak heap 3.00 GB, peak RSS 4.00 GB"), text);
        assertTrue(text.contains("0.250 articles/s"), text);
        assertTrue(text.contains("throughput ratio newsgraph / plain CoreNLP: 2.00x"), text);
        // CPU: newsgraph 3 s for 2 articles (1.5 s each), plain CoreNLP 12 s for 2 (6 s each): 4x
        assertEquals(4.0, r.cpuRatio().orElseThrow(), 1e-9);
        assertTrue(text.contains("1.50 CPU s per article"), text);
        assertTrue(text.contains("CPU efficiency ratio newsgraph / plain CoreNLP: 4.00x"), text);
    }

    @Test
    void theReportShowsCpuBesideThreadTimeAndWhatTheUserWaitsFor() {
        BenchReport r = report(Optional.empty());
        // before the first analysis: 0.5 s of reading + 0.1 s until a worker had it; after the last: 3.5 - 3.0 s
        assertEquals(Duration.ofMillis(600), r.readingFirst());
        assertEquals(Duration.ofMillis(500), r.storeTail());
        assertEquals(Duration.ofMillis(1100), r.ownWall());
        String text = r.format();
        // store: 8 ms thread time of 0.798 s, 1 ms CPU of 0.433 s
        assertTrue(text.lines().anyMatch(l -> l.matches(" +store +0\\.01 s +1\\.0% +0\\.00 s +0\\.2%")), text);
        // read: 500 ms of 798 ms thread time, 400 of 433 ms CPU
        assertTrue(text.lines().anyMatch(l -> l.matches(" +read +0\\.50 s +62\\.7% +0\\.40 s +92\\.4%")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches(" +NERCombinerAnnotator +0\\.20 s +25\\.1%")), text);
        // own CPU: read 400 + resolve 2 + map 2 + store 1 ms of the process's 3 s
        assertTrue(text.contains("the stages' CPU time is 0.43 s of the process's 3.00 s (the rest: garbage collection, JIT compilation);"
                + " own stages 13.5% of it"), text);
        assertTrue(text.contains("what they add to the wall time: 1.10 s (27.5%) = reading before the first analysis 0.60 s"
                + " + storing after the last 0.50 s"), text);
        assertTrue(text.contains("workers idle before the last analysis ended: 0.60 s of 2 x 3.00 s (10.0%); the reader, ahead, waited"
                + " 0.25 s for room in the queue\n"), text);
        assertTrue(text.contains("write transactions: 2, their commits 0.42 s of writer thread time"), text);
    }

    @Test
    void withoutABaselineThereIsNoRatio() {
        BenchReport r = report(Optional.empty());
        assertTrue(r.ratio().isEmpty());
        assertFalse(r.format().contains("ratio"));
    }

    @Test
    void aFailedBaselineIsSaidInOneLine() {
        StageTotals totals = StageTotals.of(List.of(stored(90, 100)));
        BenchReport r = new BenchReport("fast", 1, 1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), totals,
                IngestTimeline.NONE, Map.of(), 1, OptionalLong.empty(),
                Optional.empty(), Optional.of("IllegalArgumentException: annotator \"quote\" requires\nmore"));
        assertTrue(r.format().contains("plain CoreNLP failed: IllegalArgumentException: annotator \"quote\" requires more\n"), r.format());
        assertTrue(r.format().contains("peak RSS unknown"), r.format());
    }

    @Test
    void plainCoreNlpAloneHasNoRatio() {
        BaselineFigures base = new BaselineFigures(Map.of("annotators", "tokenize"), 1, 2, 410, 9_000, Duration.ofSeconds(8), Map.of(), Duration.ofSeconds(8));
        BenchReport r = new BenchReport("default", 0, 0, Duration.ZERO, Duration.ZERO, Duration.ZERO, StageTotals.of(List.of()), IngestTimeline.NONE, Map.of(), 0, OptionalLong.empty(),
                Optional.of(base), Optional.empty());
        assertTrue(r.ratio().isEmpty());
        assertTrue(r.format().startsWith("newsgraph, profile default: not run\nplain CoreNLP, 1 thread"), r.format());
    }

    @Test
    void peakRssIsReadFromProcStatus() {
        assertEquals(OptionalLong.of(2048L * 1024), MemoryProbe.vmHwm(List.of("Name:\tjava", "VmHWM:\t    2048 kB", "VmRSS: 1 kB")));
        assertTrue(MemoryProbe.vmHwm(List.of("Name:\tjava")).isEmpty());
    }

    @Test
    void theMedianIsTheMiddleRun() {
        assertEquals(5.0, new QueryTiming("q", "", 1, List.of(9.0, 5.0, 1.0)).median());
        assertEquals(4.0, new QueryTiming("q", "", 1, List.of(9.0, 5.0, 3.0, 1.0)).median());
        assertEquals(9.0, new QueryTiming("q", "", 1, List.of(9.0, 5.0, 3.0, 1.0)).max());
        assertThrows(IllegalArgumentException.class, () -> new QueryTiming("q", "", 0, List.of()));
        assertEquals(2.0, new QueryTiming("q", "", 1, List.of(9.0, 5.0, 1.0), List.of(3.0, 2.0, 1.0)).cpuMedian());
        assertTrue(Double.isNaN(new QueryTiming("q", "", 1, List.of(9.0)).cpuMedian()));
        assertThrows(IllegalArgumentException.class, () -> new QueryTiming("q", "", 1, List.of(9.0, 5.0), List.of(1.0)));
    }

    @Test
    void theQueryTableHasOneRowPerQuery() {
        String text = new QueryBenchReport(10_000, 20, 1_000_000, Duration.ofSeconds(30), List.of(
                new QueryTiming("who-said-what", "", 120, List.of(10.0, 12.0, 11.0), List.of(4.0, 6.0, 5.0)),
                new QueryTiming("who-said-what --limit 100", "", 100, List.of(2.0)),
                new QueryTiming("claims-by-entity", "entity=\"Huawei\"", 3, List.of(1.0)),
                new QueryTiming("entities-mentioned-together", "", QueryTiming.TIMED_OUT, List.of(120_000.0)))).format();
        assertTrue(text.lines().anyMatch(l -> l.startsWith("entities-mentioned-together ") && l.contains("timeout")), text);
        assertTrue(text.startsWith("store: 10000 articles (copies of 20 ingested), 1000000 quads"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("who-said-what +whole +11\\.0 +5\\.0 +12\\.0 +120 +3")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("who-said-what --limit 100 +page +2\\.0 +- +2\\.0 +100 +1")), text);
        assertTrue(text.contains("claims-by-entity (entity=\"Huawei\")"), text);
    }
}
