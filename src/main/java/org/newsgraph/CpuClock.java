package org.newsgraph;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/** The CPU time of the calling thread, for the stage times: zero throughout where the JVM cannot tell it. */
final class CpuClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported();

    private CpuClock() {
    }

    /** The calling thread's CPU time so far, nanoseconds (0 where unsupported). */
    static long now() {
        return SUPPORTED ? Math.max(0, THREADS.getCurrentThreadCpuTime()) : 0;
    }

    /** The calling thread's CPU time since {@code start}, a value of {@link #now()} taken on the same thread. */
    static Duration since(long start) {
        return Duration.ofNanos(Math.max(0, now() - start));
    }
}
