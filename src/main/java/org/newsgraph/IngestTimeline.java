package org.newsgraph;

import java.time.Duration;
import java.util.Objects;

/**
 * When things happened in one ingest, measured from its start: what the user waits for beyond the analysis.
 * Reading and storing run beside analysis, each on its own thread, so their thread time is not
 * what they add to the wall clock; these moments are.
 *
 * @param firstHanded   when the first article was handed to the workers (reading before analysis could start)
 * @param lastAnalysed  when the last article's analysis (extract, resolve, map) ended; zero when none was analysed
 * @param analysing     the workers' time spent analysing, all threads added up
 * @param readerBlocked how long the reader waited for room in the writer's queue: reading runs ahead of analysis
 *                      and storing by as many articles as the queue holds; only when the workers are idle too does
 *                      that wait cost time (back-pressure from storing)
 * @param transactions  the write transactions committed
 * @param commits       the writer's time committing them (thread time: mostly the wait for the disk to sync)
 */
public record IngestTimeline(Duration firstHanded, Duration lastAnalysed, Duration analysing, Duration readerBlocked,
        int transactions, Duration commits) {
    /** Nothing known (an ingest of one article, or a report made by hand). */
    public static final IngestTimeline NONE = new IngestTimeline(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO);

    public IngestTimeline {
        Objects.requireNonNull(firstHanded, "The parameter 'firstHanded' must not be null.");
        Objects.requireNonNull(lastAnalysed, "The parameter 'lastAnalysed' must not be null.");
        Objects.requireNonNull(analysing, "The parameter 'analysing' must not be null.");
        Objects.requireNonNull(readerBlocked, "The parameter 'readerBlocked' must not be null.");
        if (transactions < 0)
            throw new IllegalArgumentException("transactions must be >= 0, got " + transactions);
        Objects.requireNonNull(commits, "The parameter 'commits' must not be null.");
    }

    /** The ingest's time after the last analysis ended, of an ingest that took {@code took}: storing's tail. */
    public Duration tail(Duration took) {
        Duration tail = took.minus(lastAnalysed);
        return lastAnalysed.isZero() || tail.isNegative() ? Duration.ZERO : tail;
    }

    /**
     * The workers' idle time before the last analysis ended, {@code threads} workers added up: waiting for the
     * reader, for room behind the writer, or, at the end, for the others' last articles.
     */
    public Duration idle(int threads) {
        Duration idle = lastAnalysed.multipliedBy(threads).minus(analysing);
        return idle.isNegative() ? Duration.ZERO : idle;
    }
}
