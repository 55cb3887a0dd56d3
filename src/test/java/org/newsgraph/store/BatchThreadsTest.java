package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;

/** The shared threads of whole-answer reads: results in order, failures thrown, threads kept between reads and never keeping the JVM alive. */
class BatchThreadsTest {
    @Test
    void theResultsComeInTheOrderOfTheItems() {
        List<Integer> items = IntStream.range(0, 50).boxed().toList();
        assertEquals(items.stream().map(i -> i * i).toList(), BatchThreads.run(items, i -> {
            if (i % 7 == 0)
                pause(2);
            return i * i;
        }, 3));
    }

    /** Two whole-answer reads one after the other run their batches on the same threads: the second starts none of its own. */
    @Test
    void readsOneAfterAnotherShareTheirThreads() {
        Dataset ds = TDB2Factory.createDataset();
        Set<Thread> first = threadsOf(ds);
        pause(300); // the first read's threads are idle again by then
        Set<Thread> second = threadsOf(ds);
        assertTrue(first.containsAll(second), "the second read's threads " + second + " are the first's " + first);
        assertTrue(second.stream().allMatch(Thread::isDaemon), "daemons: an idle pool never keeps the JVM from ending");
    }

    /** The threads that two batches of a read ran on, each batch waiting for the other so that they run at once. */
    private static Set<Thread> threadsOf(Dataset ds) {
        Set<Thread> used = ConcurrentHashMap.newKeySet();
        CountDownLatch both = new CountDownLatch(2);
        SourceBatches.read(ds, "test", () -> List.of(1, 2), batch -> {
            used.add(Thread.currentThread());
            both.countDown();
            await(both);
            return List.of(batch);
        }, 2);
        assertEquals(2, used.size());
        return used;
    }

    @Test
    void aFailureIsThrownOnceTheOtherItemsHaveEndedAndNoFurtherItemStarts() {
        RuntimeException failure = new IllegalStateException("the second item fails");
        AtomicInteger started = new AtomicInteger();
        CountDownLatch otherEnded = new CountDownLatch(1);
        List<Integer> items = IntStream.range(0, 40).boxed().toList();
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> BatchThreads.run(items, i -> {
            started.incrementAndGet();
            if (i == 1) {
                pause(50);
                throw failure;
            }
            if (i == 0) {
                pause(200);
                otherEnded.countDown();
            }
            return i;
        }, 2));
        assertSame(failure, thrown);
        assertEquals(0, otherEnded.getCount(), "the item running beside the failure had ended");
        assertTrue(started.get() < items.size(), "no further items after the failure: " + started.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(1, TimeUnit.MINUTES));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
