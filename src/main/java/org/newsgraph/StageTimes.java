package org.newsgraph;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each stage took for one article, and how many tokens it had: what {@code bench} adds up.
 * Reading is shared by the articles of one source (a collection file), so each gets its share.
 *
 * @param read    reading the source, this article's share
 * @param extract the extractor call (language processing and turning it into our records)
 * @param resolve resolving mentions to entities
 * @param map     building the article graph
 * @param store   writing the graph, this article's share of its write transaction
 * @param tokens  the tokens the extractor counted, 0 where it did not run
 */
public record StageTimes(Duration read, Duration extract, Duration resolve, Duration map, Duration store, long tokens) {
    /** No time spent anywhere (a skipped or failed article). */
    public static final StageTimes NONE = new StageTimes(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
            Duration.ZERO, 0);

    public StageTimes {
        Objects.requireNonNull(read, "The parameter 'read' must not be null.");
        Objects.requireNonNull(extract, "The parameter 'extract' must not be null.");
        Objects.requireNonNull(resolve, "The parameter 'resolve' must not be null.");
        Objects.requireNonNull(map, "The parameter 'map' must not be null.");
        Objects.requireNonNull(store, "The parameter 'store' must not be null.");
        if (tokens < 0)
            throw new IllegalArgumentException("tokens must be >= 0, got " + tokens);
    }

    /** These times with {@code value} for reading. */
    public StageTimes withRead(Duration value) {
        return new StageTimes(value, extract, resolve, map, store, tokens);
    }

    StageTimes withStore(Duration value) {
        return new StageTimes(read, extract, resolve, map, value, tokens);
    }

    /** The sum of all stages. */
    public Duration total() {
        return read.plus(extract).plus(resolve).plus(map).plus(store);
    }
}
