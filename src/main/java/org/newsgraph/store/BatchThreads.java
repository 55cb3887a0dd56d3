package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The threads that the batches of whole-answer queries run on ({@link SourceBatches#read}): one pool for the process,
 * made on first use, that hands a task to an idle thread of earlier queries before it starts a new one. Its threads are
 * daemons (they never keep the JVM from ending) and end after {@link #IDLE_SECONDS} without work (an idle process, a
 * server between queries, keeps none), so the pool needs no closing. A query takes at most the threads it asks for:
 * that many tasks, each running batch after batch until none is left. Queries that run at once never wait for each
 * other's threads (a task finds an idle thread or gets a new one), as when each query made a pool of its own.
 */
final class BatchThreads {
    /** how long an idle thread of the pool waits for work before it ends */
    static final long IDLE_SECONDS = 30;

    private BatchThreads() {
    }

    /** The pool, made when first asked for (the holder idiom: the JVM makes it once, on first use). */
    private static final class Holder {
        private static final ThreadPoolExecutor POOL = pool();

        private static ThreadPoolExecutor pool() {
            AtomicInteger made = new AtomicInteger();
            return new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "newsgraph-batch-" + made.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
    }

    /**
     * What {@code work} gives for each item, in the order of the items, worked on by at most {@code threads} tasks of
     * the pool at once. When an item fails, no further item is started, and the failure is thrown once every item
     * started has ended (its RuntimeException or Error as it is). Items are never interrupted (an interrupt inside a
     * TDB2 read closes the store's files for every thread): an interrupt of the caller while it waits stops further
     * items, is kept for after the wait and ends the call with an IllegalStateException.
     */
    static <T, R> List<R> run(List<T> items, Function<T, R> work, int threads) {
        int tasks = Math.max(1, Math.min(threads, items.size()));
        Object[] done = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch ended = new CountDownLatch(tasks);
        Runnable task = () -> {
            try {
                for (int i = next.getAndIncrement(); i < done.length && !stop.get(); i = next.getAndIncrement())
                    done[i] = work.apply(items.get(i));
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                stop.set(true);
            } finally {
                ended.countDown();
            }
        };
        for (int i = 0; i < tasks; i++)
            Holder.POOL.execute(task);
        boolean interrupted = awaitUninterruptibly(ended, stop);
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a list query's batches", failure.get());
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException r)
            throw r;
        if (failed instanceof Error e)
            throw e;
        @SuppressWarnings("unchecked")
        List<R> results = (List<R>) new ArrayList<>(Arrays.asList(done));
        return results;
    }

    /** Waits until every task has ended; an interrupt meanwhile stops the items not started yet. Whether one came. */
    private static boolean awaitUninterruptibly(CountDownLatch ended, AtomicBoolean stop) {
        boolean interrupted = false;
        while (true) {
            try {
                ended.await();
                return interrupted;
            } catch (InterruptedException e) {
                interrupted = true;
                stop.set(true);
            }
        }
    }
}
