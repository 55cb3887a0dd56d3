package org.newsgraph;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each stage took for one article, and how many tokens it had: what {@code bench} adds up. Each
 * stage has its thread time (the wall clock of the thread doing it, waits included: for the disk, for a lock,
 * for a core) and its CPU time (what that thread computed, {@link Cpu}). Reading is shared by the articles of
 * one source (a collection file), so each gets its share; so is a write transaction shared by its articles.
 *
 * @param read    reading the source, this article's share
 * @param extract the extractor call (language processing and turning it into our records)
 * @param resolve resolving mentions to entities
 * @param map     building the article graph
 * @param store   writing the graph, this article's share of its write transaction
 * @param tokens  the tokens the extractor counted, 0 where it did not run
 * @param cpu     the same stages' CPU time, measured on the thread doing each
 */
public record StageTimes(Duration read, Duration extract, Duration resolve, Duration map, Duration store, long tokens, Cpu cpu) {
    /** No time spent anywhere (a skipped or failed article). */
    public static final StageTimes NONE = new StageTimes(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
            Duration.ZERO, 0);

    public StageTimes {
        Objects.requireNonNull(read, "The parameter 'read' must not be null.");
        Objects.requireNonNull(extract, "The parameter 'extract' must not be null.");
        Objects.requireNonNull(resolve, "The parameter 'resolve' must not be null.");
        Objects.requireNonNull(map, "The parameter 'map' must not be null.");
        Objects.requireNonNull(store, "The parameter 'store' must not be null.");
        Objects.requireNonNull(cpu, "The parameter 'cpu' must not be null.");
        if (tokens < 0)
            throw new IllegalArgumentException("tokens must be >= 0, got " + tokens);
    }

    /** Thread times without CPU times (those are zero). */
    public StageTimes(Duration read, Duration extract, Duration resolve, Duration map, Duration store, long tokens) {
        this(read, extract, resolve, map, store, tokens, Cpu.NONE);
    }

    /** These times with {@code thread} and {@code cpuTime} for reading. */
    public StageTimes withRead(Duration thread, Duration cpuTime) {
        return new StageTimes(thread, extract, resolve, map, store, tokens,
                new Cpu(cpuTime, cpu.extract, cpu.resolve, cpu.map, cpu.store));
    }

    StageTimes withStore(Duration thread, Duration cpuTime) {
        return new StageTimes(read, extract, resolve, map, thread, tokens,
                new Cpu(cpu.read, cpu.extract, cpu.resolve, cpu.map, cpuTime));
    }

    /** The sum of all stages' thread time. */
    public Duration total() {
        return read.plus(extract).plus(resolve).plus(map).plus(store);
    }

    /** newsgraph's own stages' thread time: read, resolve, map, store (all but the extractor's). */
    public Duration own() {
        return read.plus(resolve).plus(map).plus(store);
    }

    /** Both these times and {@code other}'s, stage by stage. */
    public StageTimes plus(StageTimes other) {
        return new StageTimes(read.plus(other.read), extract.plus(other.extract), resolve.plus(other.resolve), map.plus(other.map),
                store.plus(other.store), tokens + other.tokens, cpu.plus(other.cpu));
    }

    /**
     * The CPU time of each stage, measured on the thread that did it ({@code ThreadMXBean} thread CPU time):
     * unlike thread time, it does not grow while the thread waits for the disk or for a core.
     */
    public record Cpu(Duration read, Duration extract, Duration resolve, Duration map, Duration store) {
        /** No CPU time anywhere. */
        public static final Cpu NONE = new Cpu(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

        public Cpu {
            Objects.requireNonNull(read, "The parameter 'read' must not be null.");
            Objects.requireNonNull(extract, "The parameter 'extract' must not be null.");
            Objects.requireNonNull(resolve, "The parameter 'resolve' must not be null.");
            Objects.requireNonNull(map, "The parameter 'map' must not be null.");
            Objects.requireNonNull(store, "The parameter 'store' must not be null.");
        }

        public Duration total() {
            return read.plus(extract).plus(resolve).plus(map).plus(store);
        }

        /** newsgraph's own stages' CPU time: read, resolve, map, store. */
        public Duration own() {
            return read.plus(resolve).plus(map).plus(store);
        }

        public Cpu plus(Cpu other) {
            return new Cpu(read.plus(other.read), extract.plus(other.extract), resolve.plus(other.resolve), map.plus(other.map),
                    store.plus(other.store));
        }
    }
}
