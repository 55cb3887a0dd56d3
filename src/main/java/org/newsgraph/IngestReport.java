package org.newsgraph;

import java.time.Duration;
import java.util.List;

/**
 * The results of one {@link NewsGraph#ingest} call, one per article (and one per source that could not
 * be read), in order.
 */
public record IngestReport(List<IngestResult> results, Duration took) {
    public IngestReport {
        results = List.copyOf(results);
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
