package org.newsgraph.bench;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.newsgraph.IngestResult;
import org.newsgraph.StageTimes;

/**
 * The stage times of many articles added up: thread time (with several threads it exceeds the wall time, and it
 * counts a thread's waits for the disk and for a core) and CPU time.
 *
 * @param stored  articles stored
 * @param skipped articles skipped as unchanged
 * @param failed  articles and sources that failed
 * @param sum     each stage's total (thread and CPU time), and the tokens
 */
public record StageTotals(int stored, int skipped, int failed, StageTimes sum) {
    public StageTotals {
        Objects.requireNonNull(sum, "The parameter 'sum' must not be null.");
    }

    /** Adds up the results of one ingest. */
    public static StageTotals of(List<IngestResult> results) {
        int stored = 0, skipped = 0, failed = 0;
        StageTimes sum = StageTimes.NONE;
        for (IngestResult r : results) {
            switch (r.status()) {
                case STORED -> stored++;
                case SKIPPED_UNCHANGED -> skipped++;
                case FAILED -> failed++;
            }
            sum = sum.plus(r.stages());
        }
        return new StageTotals(stored, skipped, failed, sum);
    }

    /** These totals with reading charged {@code thread} and {@code cpu} (reading done before the ingest). */
    public StageTotals withRead(Duration thread, Duration cpu) {
        return new StageTotals(stored, skipped, failed, sum.withRead(thread, cpu));
    }

    /** newsgraph's own stages (read, resolve, map, store) as a share of all stage thread time, 0..1. */
    public double ownShare() {
        return share(sum.thread().own(), sum.thread().total());
    }

    /** newsgraph's own stages (read, resolve, map, store) as a share of all stage CPU time, 0..1. */
    public double ownCpuShare() {
        return share(sum.cpu().own(), sum.cpu().total());
    }

    private static double share(Duration part, Duration whole) {
        return whole.isZero() || whole.isNegative() ? 0 : part.toNanos() / (double) whole.toNanos();
    }
}
