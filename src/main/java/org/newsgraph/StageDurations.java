package org.newsgraph;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each of the five stages took on one clock: thread time or CPU time ({@link StageTimes} holds one of
 * each). Reading is shared by the articles of one source (a collection file), so each gets its share; so is a
 * write transaction shared by its articles.
 *
 * @param read    reading the source, this article's share
 * @param extract the extractor call (language processing and turning it into our records)
 * @param resolve resolving mentions to entities
 * @param map     building the article graph
 * @param store   writing the graph, this article's share of its write transaction
 */
public record StageDurations(Duration read, Duration extract, Duration resolve, Duration map, Duration store) {
    /** No time anywhere. */
    public static final StageDurations NONE = new StageDurations(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
            Duration.ZERO);

    public StageDurations {
        Objects.requireNonNull(read, "The parameter 'read' must not be null.");
        Objects.requireNonNull(extract, "The parameter 'extract' must not be null.");
        Objects.requireNonNull(resolve, "The parameter 'resolve' must not be null.");
        Objects.requireNonNull(map, "The parameter 'map' must not be null.");
        Objects.requireNonNull(store, "The parameter 'store' must not be null.");
    }

    /**
     * The stages of one analysis, from a clock's readings (nanoseconds) as extract, resolve and map began and as
     * map ended; nothing stored yet.
     */
    static StageDurations analysis(Duration read, long extracting, long resolving, long mapping, long mapped) {
        return new StageDurations(read, Duration.ofNanos(resolving - extracting), Duration.ofNanos(mapping - resolving),
                Duration.ofNanos(mapped - mapping), Duration.ZERO);
    }

    /** The sum of all stages. */
    public Duration total() {
        return read.plus(extract).plus(resolve).plus(map).plus(store);
    }

    /** newsgraph's own stages: read, resolve, map, store (all but the extractor's). */
    public Duration own() {
        return read.plus(resolve).plus(map).plus(store);
    }

    /** Both these durations and {@code other}'s, stage by stage. */
    public StageDurations plus(StageDurations other) {
        return new StageDurations(read.plus(other.read), extract.plus(other.extract), resolve.plus(other.resolve),
                map.plus(other.map), store.plus(other.store));
    }

    /** These durations with {@code value} for reading. */
    public StageDurations withRead(Duration value) {
        return new StageDurations(value, extract, resolve, map, store);
    }

    /** These durations with {@code value} for storing. */
    public StageDurations withStore(Duration value) {
        return new StageDurations(read, extract, resolve, map, value);
    }
}
