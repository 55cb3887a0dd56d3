package org.newsgraph;

import java.util.Comparator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The workers of a parallel ingest: a fixed pool of threads that, of the articles waiting, takes those of the
 * earliest window of the read order first and, within a window, the longest first (longest processing time
 * first). A run whose long article comes last no longer ends on one thread while the others wait: the long
 * articles are started early and the short ones fill the gaps at the end. Windows keep the order close to the
 * read order, so that the writer, which stores in read order, is never kept waiting long for an article
 * pushed back. Only the order of analysis changes; what is stored, and in which order, does not.
 */
final class LongestFirst {
    private static final Comparator<Task> ORDER = Comparator.comparingLong((Task t) -> t.window)
            .thenComparing(Comparator.comparingLong((Task t) -> t.length).reversed())
            .thenComparingLong(t -> t.index);

    private LongestFirst() {
    }

    /** A pool of {@code threads} daemon threads named {@code name}; give it only {@link #task}s. */
    static ExecutorService pool(int threads, String name) {
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * A task for the pool.
     *
     * @param window the window of the read order it belongs to (earlier windows run first)
     * @param length its size (within a window, larger runs first), for an article its text's length
     * @param index  its place in the read order (the tie-break)
     */
    static Runnable task(long window, long length, long index, Runnable work) {
        return new Task(window, length, index, work);
    }

    private record Task(long window, long length, long index, Runnable work) implements Runnable, Comparable<Task> {
        @Override
        public void run() {
            work.run();
        }

        @Override
        public int compareTo(Task other) {
            return ORDER.compare(this, other);
        }
    }
}
