package org.newsgraph.bench;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.newsgraph.IngestResult;
import org.newsgraph.StageTimes;

/**
 * The stage times of many articles added up (thread time: with several threads they exceed the wall time).
 *
 * @param stored  articles stored
 * @param skipped articles skipped as unchanged
 * @param failed  articles and sources that failed
 * @param sum     each stage's total, and the tokens
 */
public record StageTotals(int stored, int skipped, int failed, StageTimes sum) {
    public StageTotals {
        Objects.requireNonNull(sum, "The parameter 'sum' must not be null.");
    }

    /** Adds up the results of one ingest. */
    public static StageTotals of(List<IngestResult> results) {
        int stored = 0, skipped = 0, failed = 0;
        Duration read = Duration.ZERO, extract = Duration.ZERO, resolve = Duration.ZERO, map = Duration.ZERO,
                store = Duration.ZERO;
        long tokens = 0;
        for (IngestResult r : results) {
            switch (r.status()) {
                case STORED -> stored++;
                case SKIPPED_UNCHANGED -> skipped++;
                case FAILED -> failed++;
            }
            StageTimes s = r.stages();
            read = read.plus(s.read());
            extract = extract.plus(s.extract());
            resolve = resolve.plus(s.resolve());
            map = map.plus(s.map());
            store = store.plus(s.store());
            tokens += s.tokens();
        }
        return new StageTotals(stored, skipped, failed, new StageTimes(read, extract, resolve, map, store, tokens));
    }

    /** newsgraph's own stages (read, resolve, map, store) as a share of all stage time, 0..1. */
    public double ownShare() {
        double total = sum.total().toNanos();
        if (total <= 0)
            return 0;
        return (sum.read().toNanos() + sum.resolve().toNanos() + sum.map().toNanos() + sum.store().toNanos()) / total;
    }
}
