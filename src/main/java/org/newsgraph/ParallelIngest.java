package org.newsgraph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.newsgraph.error.NewsGraphException;
import org.newsgraph.source.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many articles at once, with the same result as one at a time. A reader thread ({@link IngestFeed}) reads the
 * sources in order and hands each article to a pool of {@code threads} workers (extract, resolve, map; the models
 * are shared), which take the longest article of each window of the read order first ({@link LongestFirst});
 * the calling thread is the one writer ({@link BatchWriter}): it stores the articles in batches of one write
 * transaction each (up to {@code writeBatch} articles), each graph joining its transaction as soon as its
 * analysis ends, and reports each article in read order. Every graph is complete before it joins a
 * transaction; when a batch fails, its articles are written again one transaction each, so one bad article costs
 * only itself. Articles already stored with the same content (and profile) are skipped without being analysed:
 * the reader guesses which, in read order, and the writer decides as it writes, in read order too, so that an
 * article read again after its correction replaces the correction, as in a one-at-a-time ingest.
 */
final class ParallelIngest {
    private static final Logger LOG = LoggerFactory.getLogger(ParallelIngest.class);
    /** How long an ingest that ends waits for the analyses it stopped, at most. */
    private static final Duration STOP = Duration.ofSeconds(10);

    private final Pipeline pipeline;
    private final int threads;
    private final int writeBatch;

    ParallelIngest(Pipeline pipeline, int threads, int writeBatch) {
        if (threads < 1)
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        if (writeBatch < 1)
            throw new IllegalArgumentException("writeBatch must be >= 1, got " + writeBatch);
        this.pipeline = pipeline;
        this.threads = threads;
        this.writeBatch = writeBatch;
    }

    /** Reads the sources (files, directories, URLs, "-") and ingests their articles. */
    IngestReport run(List<String> sources, Consumer<IngestProgress> progress) {
        return run(String.join(" ", sources), feed -> feed.readSources(sources), progress);
    }

    /** Ingests articles already read. */
    IngestReport runArticles(List<Article> articles, Consumer<IngestProgress> progress) {
        return run("articles", feed -> feed.submitRead(articles), progress);
    }

    IngestReport run(String label, IngestFeed.Source source, Consumer<IngestProgress> progress) {
        long start = System.nanoTime();
        Map<String, String> stored = Map.copyOf(pipeline.storedHashes()); // the reader and the writer each keep StoredVersions over it
        BlockingQueue<IngestItem.Coming> queue = new LinkedBlockingQueue<>(capacity());
        ExecutorService workers = LongestFirst.pool(threads, "newsgraph-extract");
        IngestFeed feed = new IngestFeed(pipeline, workers, queue, stored, window(), start);
        // an analysis the writer finds it needs goes ahead of the articles waiting: the writer's batch waits for it
        BatchWriter writer = new BatchWriter(pipeline, writeBatch, window(), stored,
                analysis -> workers.execute(LongestFirst.task(Long.MIN_VALUE, 0, 0, analysis)));
        Thread reader = feed.start(label, source);
        List<IngestResult> results = new ArrayList<>();
        try {
            IngestItem.Coming next = queue.take();
            while (next != IngestFeed.END) {
                List<IngestResult> written = new ArrayList<>();
                boolean end = writer.writeBatch(next, queue, written);
                for (int i = 0; i < written.size() - 1; i++)
                    report(written.get(i), results, progress, feed, feed.allRead(), start);
                // the batch's last result waits for the next item, so that progress after the last article
                // knows for sure that everything has been read
                next = end ? IngestFeed.END : queue.take();
                report(written.get(written.size() - 1), results, progress, feed, feed.allRead() || next == IngestFeed.END, start);
            }
            Optional<Error> readError = feed.readError();
            if (readError.isPresent())
                throw readError(feed.failedSource(label), readError.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsGraphException("The ingest was interrupted; run it again to go on.", e);
        } finally {
            reader.interrupt();
            stop(workers);
        }
        return new IngestReport(results, Pipeline.since(start), feed.timeline(writer.transactions(), writer.commits()));
    }

    /**
     * Stops the workers (at once when the ingest ends early) and waits for them, a bounded time: an analysis that
     * does not heed the interrupt must not keep the ingest from ending, nor run on unseen after it.
     */
    private static void stop(ExecutorService workers) {
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(STOP.toSeconds(), TimeUnit.SECONDS))
                LOG.warn("an article's analysis is still running {} s after the ingest ended", STOP.toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * How an Error that ended reading ends the ingest, once what was read before it is stored: an OutOfMemoryError
     * as it is, any other as a failure naming the source.
     */
    private static RuntimeException readError(String source, Error error) {
        if (error instanceof OutOfMemoryError oom)
            throw oom;
        return new NewsGraphException("Reading " + source + " failed (" + error.getClass().getSimpleName()
                + "); the articles read before it were stored, and those after it were not read.", error);
    }

    /**
     * The articles of the read order among which the longest goes first, and the articles still in analysis that
     * a batch may wait for. The writer reports in read order, so it can be kept waiting for the first of a window
     * until that window is nearly done: a window of a few articles per thread keeps that short.
     */
    private int window() {
        return 4 * threads;
    }

    /**
     * The queue's capacity: how far reading runs ahead of storing. Two windows, so that the workers have the next
     * window's articles while the writer waits for the first of one, and a batch.
     */
    private int capacity() {
        return 2 * window() + writeBatch;
    }

    private static void report(IngestResult r, List<IngestResult> results, Consumer<IngestProgress> progress, IngestFeed feed,
            boolean read, long start) {
        results.add(r);
        progress.accept(new IngestProgress(r, results.size(), Math.max(feed.known(), results.size()), read, Pipeline.since(start)));
    }
}
