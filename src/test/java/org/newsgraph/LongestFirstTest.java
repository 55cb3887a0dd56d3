package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The workers take the earliest window first and, within it, the longest article first. */
class LongestFirstTest {
    @Test
    void waitingTasksRunByWindowThenLongestFirstThenReadOrder() throws Exception {
        ExecutorService pool = LongestFirst.pool(1, "test-worker");
        try {
            CountDownLatch release = new CountDownLatch(1);
            List<String> ran = new CopyOnWriteArrayList<>();
            // the one worker is held by the first task while the others wait in the pool's queue
            pool.execute(LongestFirst.task(0, 1, 0, () -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ran.add("first");
            }));
            pool.execute(LongestFirst.task(1, 900, 5, () -> ran.add("next window, long")));
            pool.execute(LongestFirst.task(0, 10, 1, () -> ran.add("short")));
            pool.execute(LongestFirst.task(0, 500, 2, () -> ran.add("long")));
            pool.execute(LongestFirst.task(0, 10, 3, () -> ran.add("short, read later")));
            pool.execute(LongestFirst.task(0, 80, 4, () -> ran.add("middle")));
            release.countDown();
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), "the tasks end");
            assertEquals(List.of("first", "long", "middle", "short", "short, read later", "next window, long"), ran);
        } finally {
            pool.shutdownNow();
        }
    }
}
