package org.newsgraph;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each stage took for one article, on two clocks, and how many tokens it had: what {@code bench} adds
 * up. The thread time is the wall clock of the thread doing a stage, waits included (for the disk, for a lock,
 * for a core); the CPU time is what that thread computed ({@code ThreadMXBean} thread CPU time), which does not
 * grow while it waits.
 *
 * @param thread each stage's thread time
 * @param cpu    each stage's CPU time, measured on the thread doing it
 * @param tokens the tokens the extractor counted, 0 where it did not run
 */
public record StageTimes(StageDurations thread, StageDurations cpu, long tokens) {
    /** No time spent anywhere (a skipped or failed article). */
    public static final StageTimes NONE = new StageTimes(StageDurations.NONE, StageDurations.NONE, 0);

    public StageTimes {
        Objects.requireNonNull(thread, "The parameter 'thread' must not be null.");
        Objects.requireNonNull(cpu, "The parameter 'cpu' must not be null.");
        if (tokens < 0)
            throw new IllegalArgumentException("tokens must be >= 0, got " + tokens);
    }

    /** These times with {@code threadTime} and {@code cpuTime} for reading. */
    public StageTimes withRead(Duration threadTime, Duration cpuTime) {
        return new StageTimes(thread.withRead(threadTime), cpu.withRead(cpuTime), tokens);
    }

    StageTimes withStore(Duration threadTime, Duration cpuTime) {
        return new StageTimes(thread.withStore(threadTime), cpu.withStore(cpuTime), tokens);
    }

    /** Both these times and {@code other}'s, stage by stage and clock by clock. */
    public StageTimes plus(StageTimes other) {
        return new StageTimes(thread.plus(other.thread), cpu.plus(other.cpu), tokens + other.tokens);
    }
}
