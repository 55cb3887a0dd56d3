package org.newsgraph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.newsgraph.error.BadInputException;
import org.newsgraph.source.Article;
import org.newsgraph.source.ReadProblem;
import org.newsgraph.source.ReadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reading side of a parallel ingest, on its own thread: reads the sources in order, hands each article to
 * the workers (the longest of each window of the read order first, {@link LongestFirst}) and its coming result
 * to the writer's queue, in read order; then marks the queue's end. Articles that it believes stored unchanged
 * ({@link StoredVersions}, kept in read order as if every article before were stored) are not handed to the
 * workers: the writer decides. It also notes when the workers got their first article, when they
 * ended their last, and how long it waited for room in the queue, for the {@link IngestTimeline}.
 */
final class IngestFeed {
    private static final Logger LOG = LoggerFactory.getLogger(IngestFeed.class);
    /** The end of the queue. */
    static final IngestItem.Coming END = new IngestItem.Coming(CompletableFuture.completedFuture(null), "", "", "");

    private final Pipeline pipeline;
    private final ExecutorService workers;
    private final BlockingQueue<IngestItem.Coming> queue;
    private final StoredVersions versions; // as the articles read so far will leave the store, by the reader thread only
    private final int window;
    private final long start;

    private final AtomicInteger known = new AtomicInteger();
    private final AtomicLong firstHanded = new AtomicLong(-1);
    private final AtomicLong lastAnalysed = new AtomicLong(-1);
    private final AtomicLong analysing = new AtomicLong();
    private final AtomicLong blocked = new AtomicLong();
    private long submitted; // articles handed to the workers (by the reader thread only)
    private volatile boolean allRead;
    private volatile String reading = ""; // the source being read, to name it in a failure
    private volatile Error readError; // what ended reading, when it was an Error: set before the queue's end

    /**
     * @param stored the content hashes stored when the ingest began, and their graphs
     * @param window the articles of the read order among which the longest goes first
     * @param start  the ingest's start ({@link System#nanoTime()})
     */
    IngestFeed(Pipeline pipeline, ExecutorService workers, BlockingQueue<IngestItem.Coming> queue,
            Map<String, String> stored, int window, long start) {
        this.pipeline = pipeline;
        this.workers = workers;
        this.queue = queue;
        this.versions = new StoredVersions(stored);
        this.window = window;
        this.start = start;
    }

    /** What the reader thread does: hand articles (or failures) to the feed, in order. */
    interface Source {
        void feed(IngestFeed feed) throws InterruptedException;
    }

    /** Starts the reader thread on {@code source}; {@code label} names it in a failure. */
    Thread start(String label, Source source) {
        Thread reader = new Thread(() -> read(label, source), "newsgraph-read");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    /** Articles (and unreadable sources) found so far. */
    int known() {
        return known.get();
    }

    /** Whether every source has been read. */
    boolean allRead() {
        return allRead;
    }

    /** The Error that ended reading early, if one did; known once the queue's end has been taken. */
    Optional<Error> readError() {
        return Optional.ofNullable(readError);
    }

    /** The source being read when reading ended, or the ingest's label when none was named yet. */
    String failedSource(String label) {
        return reading.isEmpty() ? label : reading;
    }

    /** When things happened so far, with {@code transactions} write transactions that took {@code commits} to commit. */
    IngestTimeline timeline(int transactions, Duration commits) {
        return new IngestTimeline(sinceStart(firstHanded.get()), sinceStart(lastAnalysed.get()), Duration.ofNanos(analysing.get()),
                Duration.ofNanos(blocked.get()), transactions, commits);
    }

    private Duration sinceStart(long nanos) {
        return nanos < 0 ? Duration.ZERO : Duration.ofNanos(Math.max(0, nanos - start));
    }

    /**
     * Reads, then marks the queue's end, whatever happens (an Error too), so that the writer never waits forever;
     * unless reading was stopped (interrupted): then the writer is gone.
     */
    private void read(String label, Source source) {
        boolean stopped = false;
        try {
            source.feed(this);
        } catch (InterruptedException e) {
            stopped = true;
        } catch (Throwable e) { // anything: an Error, or a checked exception thrown sneakily
            LOG.debug("reading {} failed unexpectedly", failedSource(label), e);
            if (e instanceof Error error)
                readError = error; // the writer ends the ingest with it, after what was read before
            try {
                put(IngestItem.done(IngestResult.failed(failedSource(label), e, Duration.ZERO)));
            } catch (InterruptedException i) {
                stopped = true;
            }
        } finally {
            if (!stopped) {
                allRead = true;
                try {
                    queue.put(END);
                } catch (InterruptedException e) {
                    stopped = true;
                }
            }
            if (stopped)
                LOG.debug("reading stopped: the ingest ended early");
        }
    }

    /** Reads the sources (files, directories, URLs, "-") and feeds their articles. */
    void readSources(List<String> sources) throws InterruptedException {
        for (String given : sources) {
            reading = given;
            long t = System.nanoTime();
            List<String> expanded;
            try {
                expanded = pipeline.expand(given);
            } catch (RuntimeException e) {
                put(IngestItem.done(IngestResult.failed(given, e, Pipeline.since(t))));
                continue;
            }
            for (String source : expanded)
                readOne(source);
        }
    }

    private void readOne(String source) throws InterruptedException {
        reading = source;
        long t = System.nanoTime();
        long c = CpuClock.now();
        ReadResult read;
        try {
            read = pipeline.read(source);
        } catch (RuntimeException e) {
            put(IngestItem.done(IngestResult.failed(source, e, Pipeline.since(t))));
            return;
        }
        // the read's clocks stop here: a wait for room in the queue below is counted apart (readerBlocked)
        Duration took = Pipeline.since(t);
        Duration cpu = CpuClock.since(c);
        // a part of the input that could not be read (a row without text) fails alone; the rest goes in
        for (ReadProblem problem : read.problems())
            put(IngestItem.done(IngestResult.failed(problem.input(),
                    new BadInputException(problem.input(), problem.message()), took)));
        List<Article> articles = read.articles();
        int n = Math.max(1, articles.size());
        known.addAndGet(articles.size());
        submit(articles, took.dividedBy(n), cpu.dividedBy(n));
    }

    /** Feeds articles already read. */
    void submitRead(List<Article> articles) throws InterruptedException {
        known.addAndGet(articles.size());
        submit(articles, Duration.ZERO, Duration.ZERO);
    }

    /**
     * Hands the articles to the workers, the longest of each window of the read order first ({@link LongestFirst}),
     * and their results to the writer's queue in read order.
     */
    private void submit(List<Article> articles, Duration share, Duration cpuShare) throws InterruptedException {
        for (Article article : articles) {
            String iri;
            try {
                iri = pipeline.articleIri(article);
            } catch (RuntimeException e) {
                enqueue(IngestItem.Coming.done(IngestItem.done(IngestResult.failed(article.source(), e, share)))); // known already
                continue;
            }
            String hash = pipeline.skipUnchanged() ? article.contentHash() : "";
            if (pipeline.skipUnchanged() && versions.unchanged(iri, hash).isPresent()) {
                enqueue(IngestItem.Coming.ready(IngestItem.unanalysed(article, () -> pipeline.prepare(article, share, cpuShare)), iri, hash));
                continue;
            }
            if (pipeline.skipUnchanged())
                versions.stored(iri, hash);
            CompletableFuture<IngestItem> item = new CompletableFuture<>();
            long index = submitted++;
            firstHanded.compareAndSet(-1, System.nanoTime());
            workers.execute(LongestFirst.task(index / window, article.text().length(), index, () -> {
                long t = System.nanoTime();
                IngestItem prepared = null;
                Throwable failure = null;
                try {
                    prepared = IngestItem.prepared(pipeline.prepare(article, share, cpuShare));
                } catch (RuntimeException | Error e) { // only an OutOfMemoryError gets here (Pipeline.prepare)
                    LOG.debug("failed to ingest {}", article.source(), e);
                    failure = e;
                }
                long end = System.nanoTime(); // noted before the writer can go on with it
                analysing.addAndGet(end - t);
                lastAnalysed.accumulateAndGet(end, Math::max);
                if (failure != null)
                    item.completeExceptionally(failure); // the writer fails this article alone, or throws on an OutOfMemoryError
                else
                    item.complete(prepared);
            }));
            enqueue(new IngestItem.Coming(item, iri, hash, article.source()));
        }
    }

    /** A result known without the workers (a failure), counted among the articles found. */
    void put(IngestItem item) throws InterruptedException {
        known.incrementAndGet();
        enqueue(IngestItem.Coming.done(item));
    }

    /** Puts into the queue, timing how long a full queue holds the reader back. */
    private void enqueue(IngestItem.Coming item) throws InterruptedException {
        if (queue.offer(item))
            return;
        long t = System.nanoTime();
        queue.put(item);
        blocked.addAndGet(System.nanoTime() - t);
    }
}
