package org.newsgraph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.newsgraph.graph.ArticleGraph;
import org.newsgraph.error.BadInputException;
import org.newsgraph.source.Article;
import org.newsgraph.source.ReadProblem;
import org.newsgraph.source.ReadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many articles at once, with the same result as one at a time. A reader thread reads the sources in
 * order and hands each article to a pool of {@code threads} workers (extract, resolve, map; the models
 * are shared), which take the longest article of each window of the read order first ({@link LongestFirst});
 * the calling thread is the one writer: it takes the articles back in the order they were read, stores those
 * ready within a short wait in one write transaction (up to {@code writeBatch} articles), and reports each
 * article in that order. Every graph is complete before its transaction begins; when a batch fails, its
 * articles are written again one transaction each, so one bad article costs only itself. Articles already
 * stored with the same content (and profile) are skipped without being analysed.
 */
final class ParallelIngest {
    private static final Logger LOG = LoggerFactory.getLogger(ParallelIngest.class);
    private static final CompletableFuture<Item> END = CompletableFuture.completedFuture(null);

    private final Pipeline pipeline;
    private final int threads;
    private final int writeBatch;
    /** How long the writer waits for the articles after the first of a batch, at most. */
    private static final Duration GATHER = Duration.ofSeconds(5);

    private final AtomicInteger known = new AtomicInteger();
    private long submitted; // articles handed to the workers (by the reader thread only)
    private volatile boolean allRead;

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
        return run(String.join(" ", sources), (stored, queue, workers) -> readSources(sources, stored, queue, workers), progress);
    }

    /** Ingests articles already read. */
    IngestReport runArticles(List<Article> articles, Consumer<IngestProgress> progress) {
        return run("articles", (stored, queue, workers) -> {
            known.addAndGet(articles.size());
            submit(articles, Duration.ZERO, stored, queue, workers);
        }, progress);
    }

    /** What the reader thread does: hand articles (or failures) to the queue, in order. */
    private interface Feeder {
        void feed(Map<String, String> stored, BlockingQueue<CompletableFuture<Item>> queue, ExecutorService workers)
                throws InterruptedException;
    }

    private IngestReport run(String label, Feeder feeder, Consumer<IngestProgress> progress) {
        long start = System.nanoTime();
        Map<String, String> stored = new ConcurrentHashMap<>(pipeline.storedHashes()); // read by the reader, grown by the writer
        BlockingQueue<CompletableFuture<Item>> queue = new LinkedBlockingQueue<>(window());
        ExecutorService workers = LongestFirst.pool(threads, "newsgraph-extract");
        Thread reader = new Thread(() -> read(label, feeder, stored, queue, workers), "newsgraph-read");
        reader.setDaemon(true);
        reader.start();
        List<IngestResult> results = new ArrayList<>();
        try {
            List<Item> batch = new ArrayList<>();
            CompletableFuture<Item> next = queue.take();
            while (next != END) {
                batch.add(next.join());
                next = gather(batch, queue);
                List<IngestResult> written = write(batch, stored);
                batch.clear();
                for (int i = 0; i < written.size() - 1; i++)
                    report(written.get(i), results, progress, allRead, start);
                // the batch's last result waits for the next item, so that progress after the last article
                // knows for sure that everything has been read
                if (next == null)
                    next = queue.take();
                if (!written.isEmpty())
                    report(written.get(written.size() - 1), results, progress, allRead || next == END, start);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.newsgraph.error.NewsGraphException("The ingest was interrupted; run it again to go on.", e);
        } finally {
            reader.interrupt();
            workers.shutdownNow();
        }
        return new IngestReport(results, Pipeline.since(start));
    }

    /** The queue's capacity: how far reading runs ahead of storing, and the window within which the longest article goes first. */
    private int window() {
        return 2 * threads + writeBatch;
    }

    /**
     * Adds to the batch the articles that follow it in read order and are ready within {@link #GATHER} (fewer
     * transactions: a commit's cost is mostly its wait for the disk), up to {@code writeBatch}.
     *
     * @return the next item taken from the queue and not yet in the batch (not ready in time, or the end), or
     *         null when none was taken
     */
    private CompletableFuture<Item> gather(List<Item> batch, BlockingQueue<CompletableFuture<Item>> queue)
            throws InterruptedException {
        long deadline = System.nanoTime() + GATHER.toNanos();
        while (batch.size() < writeBatch) {
            long left = deadline - System.nanoTime();
            CompletableFuture<Item> next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : queue.poll();
            if (next == null)
                return null;
            if (next == END)
                return END;
            try {
                batch.add(left > 0 ? next.get(left, TimeUnit.NANOSECONDS) : next.getNow(null));
            } catch (TimeoutException e) {
                return next;
            } catch (ExecutionException e) {
                throw new CompletionException(e.getCause());
            }
            if (batch.get(batch.size() - 1) == null) { // not ready, and no time left to wait
                batch.remove(batch.size() - 1);
                return next;
            }
        }
        return null;
    }

    private void report(IngestResult r, List<IngestResult> results, Consumer<IngestProgress> progress, boolean read,
            long start) {
        results.add(r);
        progress.accept(new IngestProgress(r, results.size(), Math.max(known.get(), results.size()), read,
                Pipeline.since(start)));
    }

    /** The reader thread: feeds the queue, then marks its end. */
    private void read(String label, Feeder feeder, Map<String, String> stored, BlockingQueue<CompletableFuture<Item>> queue,
            ExecutorService workers) {
        try {
            feeder.feed(stored, queue, workers);
            allRead = true;
            queue.put(END);
        } catch (InterruptedException e) {
            LOG.debug("reading stopped: the ingest ended early");
        } catch (RuntimeException e) {
            LOG.debug("reading failed unexpectedly", e);
            try {
                put(queue, Item.done(IngestResult.failed(label, e, Duration.ZERO)));
                allRead = true;
                queue.put(END);
            } catch (InterruptedException stopped) {
                LOG.debug("reading stopped: the ingest ended early");
            }
        }
    }

    private void readSources(List<String> sources, Map<String, String> stored, BlockingQueue<CompletableFuture<Item>> queue,
            ExecutorService workers) throws InterruptedException {
        for (String given : sources) {
            long t = System.nanoTime();
            List<String> expanded;
            try {
                expanded = pipeline.expand(given);
            } catch (RuntimeException e) {
                put(queue, Item.done(IngestResult.failed(given, e, Pipeline.since(t))));
                continue;
            }
            for (String source : expanded)
                readOne(source, stored, queue, workers);
        }
    }

    private void readOne(String source, Map<String, String> stored, BlockingQueue<CompletableFuture<Item>> queue,
            ExecutorService workers) throws InterruptedException {
        long t = System.nanoTime();
        List<Article> articles;
        try {
            ReadResult read = pipeline.readWithProblems(source);
            articles = read.articles();
            // a part of the input that could not be read (a row without text) fails alone; the rest goes in
            for (ReadProblem problem : read.problems())
                put(queue, Item.done(IngestResult.failed(problem.input(),
                        new BadInputException(problem.input(), problem.message()), Pipeline.since(t))));
        } catch (RuntimeException e) {
            put(queue, Item.done(IngestResult.failed(source, e, Pipeline.since(t))));
            return;
        }
        Duration share = articles.isEmpty() ? Duration.ZERO : Pipeline.since(t).dividedBy(articles.size());
        known.addAndGet(articles.size());
        submit(articles, share, stored, queue, workers);
    }

    /**
     * Hands the articles to the workers, the longest of each window of the read order first ({@link LongestFirst}),
     * and their results to the writer's queue in read order.
     */
    private void submit(List<Article> articles, Duration share, Map<String, String> stored,
            BlockingQueue<CompletableFuture<Item>> queue, ExecutorService workers) throws InterruptedException {
        for (Article article : articles) {
            String hash = pipeline.skipUnchanged() ? article.contentHash() : "";
            String graph = pipeline.skipUnchanged() ? stored.get(hash) : null;
            if (graph != null) {
                queue.put(CompletableFuture.completedFuture(Item.done(pipeline.unchanged(article, graph))));
                continue;
            }
            CompletableFuture<Item> item = new CompletableFuture<>();
            long index = submitted++;
            workers.execute(LongestFirst.task(index / window(), article.text().length(), index, () -> {
                try {
                    item.complete(Item.prepared(pipeline.prepare(article, share), hash));
                } catch (RuntimeException | Error e) {
                    item.completeExceptionally(e);
                }
            }));
            queue.put(item);
        }
    }

    private void put(BlockingQueue<CompletableFuture<Item>> queue, Item item) throws InterruptedException {
        known.incrementAndGet();
        queue.put(CompletableFuture.completedFuture(item));
    }

    /** Stores the complete graphs of a batch (one transaction; one each if that fails); results in order. */
    private List<IngestResult> write(List<Item> batch, Map<String, String> stored) {
        List<IngestResult> results = new ArrayList<>(batch.size());
        List<Item> toWrite = new ArrayList<>();
        Map<String, String> thisBatch = new HashMap<>();
        for (Item item : batch) {
            boolean writable = item.prepared != null && item.prepared.graph().isPresent();
            String earlier = writable && pipeline.skipUnchanged() ? stored.getOrDefault(item.hash, thisBatch.get(item.hash)) : null;
            if (earlier != null)
                results.add(pipeline.unchanged(item.prepared.article(), earlier));
            else if (writable) {
                toWrite.add(item);
                thisBatch.put(item.hash, item.prepared.graph().get().iri());
                results.add(null);
            } else
                results.add(item.result());
        }
        long t = System.nanoTime();
        List<IngestResult> written = new ArrayList<>();
        try {
            pipeline.store().replaceAll(toWrite.stream().map(i -> i.prepared.graph().get()).toList());
            Duration share = toWrite.isEmpty() ? Duration.ZERO : Pipeline.since(t).dividedBy(toWrite.size());
            for (Item item : toWrite)
                written.add(stored(item, share));
        } catch (RuntimeException batchFailure) {
            LOG.debug("a batch of {} articles failed to store; storing them one by one", toWrite.size(), batchFailure);
            for (Item item : toWrite)
                written.add(writeAlone(item));
        }
        int w = 0;
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) == null) {
                IngestResult r = written.get(w++);
                results.set(i, r);
                if (!r.failed() && pipeline.skipUnchanged())
                    stored.put(toWrite.get(w - 1).hash, r.article().orElseThrow());
            }
        }
        return results;
    }

    private IngestResult writeAlone(Item item) {
        long t = System.nanoTime();
        ArticleGraph graph = item.prepared.graph().orElseThrow();
        try {
            pipeline.store().replace(graph);
            return stored(item, Pipeline.since(t));
        } catch (RuntimeException e) {
            LOG.debug("failed to store {}", item.prepared.article().source(), e);
            return IngestResult.failed(item.prepared.article().source(), e, item.result().took().plus(Pipeline.since(t)));
        }
    }

    private static IngestResult stored(Item item, Duration storeTime) {
        IngestResult r = item.result();
        return r.withStages(r.stages().withStore(storeTime)).withTook(r.took().plus(storeTime));
    }

    /** An article on its way: prepared (maybe with a graph to write) or already done (skipped, failed). */
    private record Item(Pipeline.Prepared prepared, String hash, IngestResult done) {
        static Item done(IngestResult result) {
            return new Item(null, "", result);
        }

        static Item prepared(Pipeline.Prepared prepared, String hash) {
            return new Item(prepared, hash, null);
        }

        IngestResult result() {
            return prepared != null ? prepared.result() : done;
        }
    }
}
