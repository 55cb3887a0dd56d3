package org.newsgraph;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a running ingest stands after one more article: what {@code ingest} shows as rate and ETA.
 *
 * @param result  what became of the article just done
 * @param done    articles (and unreadable sources) done so far, this one included
 * @param known   articles (and unreadable sources) found so far; grows while sources are still read
 * @param allRead whether every source has been read, so that {@code known} is the total
 * @param elapsed time since the ingest started
 */
public record IngestProgress(IngestResult result, int done, int known, boolean allRead, Duration elapsed) {
    public IngestProgress {
        Objects.requireNonNull(result, "The parameter 'result' must not be null.");
        Objects.requireNonNull(elapsed, "The parameter 'elapsed' must not be null.");
        if (done < 1 || known < done)
            throw new IllegalArgumentException("progress needs 1 <= done <= known, got done=" + done + ", known=" + known);
    }

    /** Articles per second so far (0 before any time has passed). */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : done / seconds;
    }

    /** The time left at the rate so far, for the articles known; empty when nothing can be said yet. */
    public Optional<Duration> eta() {
        double rate = rate();
        if (rate <= 0)
            return Optional.empty();
        return Optional.of(Duration.ofMillis(Math.round((known - done) / rate * 1000)));
    }
}
