package org.newsgraph;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The results of one {@link NewsGraph#ingest} call, one per article (and one per source that could not
 * be read), in order; how long it took, and when its stages ran ({@link IngestTimeline}).
 */
public record IngestReport(List<IngestResult> results, Duration took, IngestTimeline timeline) {
    public IngestReport {
        results = List.copyOf(results);
        Objects.requireNonNull(took, "The parameter 'took' must not be null.");
        Objects.requireNonNull(timeline, "The parameter 'timeline' must not be null.");
    }

    /** A report without a timeline. */
    public IngestReport(List<IngestResult> results, Duration took) {
        this(results, took, IngestTimeline.NONE);
    }

    public long stored() {
        return count(IngestResult.Status.STORED);
    }

    public long skipped() {
        return count(IngestResult.Status.SKIPPED_UNCHANGED);
    }

    public long failed() {
        return count(IngestResult.Status.FAILED);
    }

    public boolean hasFailures() {
        return failed() > 0;
    }

    private long count(IngestResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
