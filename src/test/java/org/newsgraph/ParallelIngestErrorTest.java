package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.error.NewsGraphException;
import org.newsgraph.extract.Profile;
import org.newsgraph.source.Article;
import org.newsgraph.store.ArticleStore;

/** An Error (not an exception) while reading ends the ingest with a failure, and never hangs it. */
class ParallelIngestErrorTest {
    @TempDir
    Path tmp;

    /** A made-up Error, as a reader's StackOverflowError or OutOfMemoryError would be. */
    private static final class ReaderBroke extends Error {
        ReaderBroke() {
            super("the fake reader broke");
        }
    }

    /** Generous: only guards against a hang, it measures nothing. */
    private static final Duration HANG = Duration.ofSeconds(20);

    @Test
    void anErrorOnTheReaderThreadEndsTheIngestWithAFailureNamingTheSource() {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            Pipeline pipeline = new Pipeline(null, null, Profile.FAST, null, null, store, false, 2, 4);
            List<IngestProgress> seen = new ArrayList<>();
            NewsGraphException e = assertThrows(NewsGraphException.class, () -> assertTimeoutPreemptively(HANG,
                    () -> new ParallelIngest(pipeline, 2, 4).run("broken.csv", feed -> {
                        throw new ReaderBroke();
                    }, seen::add)));
            assertInstanceOf(ReaderBroke.class, e.getCause());
            assertTrue(e.getMessage().contains("broken.csv"), e.getMessage());
            assertEquals(1, seen.size(), "the failure is reported like any other");
            assertTrue(seen.get(0).result().failed());
            assertTrue(seen.get(0).result().message().contains("broken.csv"), seen.get(0).result().message());
        }
    }

    @Test
    void anOutOfMemoryErrorOnTheReaderThreadIsRethrownAsItIs() {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            Pipeline pipeline = new Pipeline(null, null, Profile.FAST, null, null, store, false, 2, 4);
            assertThrows(OutOfMemoryError.class, () -> assertTimeoutPreemptively(HANG,
                    () -> new ParallelIngest(pipeline, 2, 4).run("huge.csv", feed -> {
                        throw new OutOfMemoryError("made up by the test");
                    }, x -> { })));
        }
    }

    @Test
    void anErrorInOneArticlesAnalysisFailsThatArticleAloneAndTheOthersGoIn() throws Exception {
        List<String> sources = new ArrayList<>();
        for (String name : List.of("a", "deep", "b"))
            sources.add(Files.writeString(tmp.resolve(name + ".txt"),
                    "Ana Sousa said Huawei opened " + (name.equals("deep") ? "DEEP" : name) + " in France.\n").toString());
        try (NewsGraph ng = NewsGraph.builder().store(tmp.resolve("store")).extractor(FakeExtractor.first(a -> {
            if (a.text().contains("DEEP")) // its analysis overflows the stack
                throw new StackOverflowError();
        })).threads(2).writeBatch(8)
                .build()) {
            IngestReport r = assertTimeoutPreemptively(HANG, () -> ng.ingest(sources, x -> { }));
            assertEquals(List.of(false, true, false), r.results().stream().map(IngestResult::failed).toList());
            assertEquals(2, r.stored());
            IngestResult deep = r.results().get(1);
            assertTrue(deep.message().contains(sources.get(1)) && deep.message().contains("StackOverflowError"), deep.message());
            assertTrue(deep.article().isEmpty());
            assertEquals(2, ng.stats().articles(), "nothing of the failed article is stored");
        }
    }

    /**
     * "SLOW" articles wait until told to stop (interrupted), then take a little longer to end; "OOM" ones, once a
     * slow one has begun, run out of memory.
     */
    private static final class RunsOutOfMemory {
        final java.util.concurrent.CountDownLatch slowBegun = new java.util.concurrent.CountDownLatch(1);
        final java.util.concurrent.atomic.AtomicBoolean slowEnded = new java.util.concurrent.atomic.AtomicBoolean();

        void analyse(Article article) {
            try {
                if (article.text().contains("SLOW")) {
                    slowBegun.countDown();
                    try {
                        Thread.sleep(HANG.toMillis());
                    } catch (InterruptedException stopped) {
                        long until = System.nanoTime() + Duration.ofMillis(300).toNanos(); // ends its step before it stops
                        while (System.nanoTime() < until)
                            Thread.onSpinWait();
                    }
                    slowEnded.set(true);
                } else if (article.text().contains("OOM")) {
                    slowBegun.await();
                    throw new OutOfMemoryError("made up by the test");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void anIngestThatEndsByThrowingHasStoppedItsWorkersFirst() throws Exception {
        List<String> sources = new ArrayList<>();
        for (String name : List.of("SLOW", "OOM"))
            sources.add(Files.writeString(tmp.resolve(name + ".txt"), "Ana Sousa said Huawei is " + name + ".\n").toString());
        RunsOutOfMemory extractor = new RunsOutOfMemory();
        try (NewsGraph ng = NewsGraph.builder().store(tmp.resolve("oom")).extractor(FakeExtractor.first(extractor::analyse)).threads(2)
                .writeBatch(8).build()) {
            assertThrows(OutOfMemoryError.class, () -> assertTimeoutPreemptively(HANG, () -> ng.ingest(sources, x -> { })));
            assertTrue(extractor.slowEnded.get(), "the ingest waits (a bounded time) for the analyses it stopped to end");
        }
    }
}
