package org.newsgraph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.newsgraph.graph.ArticleGraph;
import org.newsgraph.store.ArticleBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writing side of a parallel ingest, on the ingest's calling thread: takes the articles in read order and
 * stores those ready within a short wait in one write transaction (up to {@code writeBatch} articles), each
 * complete graph joining the transaction as soon as it is taken, so that only the commit is left when the batch
 * ends; when the transaction fails, writes its articles again one transaction each, so that one bad article
 * costs only itself. Of articles with the same content, only the first is stored where unchanged ones are
 * skipped.
 */
final class BatchWriter {
    private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);
    /** How long the writer waits for the articles after the first of a batch, at most. */
    private static final Duration GATHER = Duration.ofSeconds(5);

    private final Pipeline pipeline;
    private final int writeBatch;
    private final Map<String, String> stored;
    private int transactions;
    private long commitNanos;

    /** @param stored content hashes stored and their graphs, grown as articles are stored */
    BatchWriter(Pipeline pipeline, int writeBatch, Map<String, String> stored) {
        this.pipeline = pipeline;
        this.writeBatch = writeBatch;
        this.stored = stored;
    }

    /** The write transactions committed so far. */
    int transactions() {
        return transactions;
    }

    /** The time spent committing them (for a write of one article alone, the whole write). */
    Duration commits() {
        return Duration.ofNanos(commitNanos);
    }

    /**
     * Stores the batch that begins with {@code first}: it and the articles that follow it in read order and are
     * ready within {@link #GATHER}, up to {@code writeBatch} (fewer transactions: a commit's cost is mostly its
     * wait for the disk). Each article's graph joins the open transaction as soon as it is taken, so that the
     * copying is done while the following articles are still analysed, and the commit is left for the end.
     *
     * @param written gets the batch's results, in read order
     * @return the next item taken from the queue and not in the batch (not ready in time, or the end), or null
     *         when none was taken
     */
    CompletableFuture<IngestItem> writeBatch(IngestItem first, BlockingQueue<CompletableFuture<IngestItem>> queue,
            List<IngestResult> written) throws InterruptedException {
        try (Batch batch = new Batch()) {
            batch.add(first);
            CompletableFuture<IngestItem> next = gather(batch, queue);
            written.addAll(batch.finish());
            return next;
        }
    }

    /** Adds to the batch the articles that follow it and are ready in time; returns the next item, as {@link #writeBatch}. */
    private CompletableFuture<IngestItem> gather(Batch batch, BlockingQueue<CompletableFuture<IngestItem>> queue)
            throws InterruptedException {
        long deadline = System.nanoTime() + GATHER.toNanos();
        while (batch.size() < writeBatch) {
            long left = deadline - System.nanoTime();
            CompletableFuture<IngestItem> next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : queue.poll();
            if (next == null)
                return null;
            if (next == IngestFeed.END)
                return IngestFeed.END;
            IngestItem item;
            try {
                item = left > 0 ? next.get(left, TimeUnit.NANOSECONDS) : next.getNow(null);
            } catch (TimeoutException e) {
                return next;
            } catch (ExecutionException e) {
                throw new CompletionException(e.getCause());
            }
            if (item == null) // not ready, and no time left to wait
                return next;
            batch.add(item);
        }
        return null;
    }

    /**
     * One batch on its way into the store: its items in read order, the graphs written into the open transaction
     * as they come, and the time the writer spent in the store for them (shared out at the end).
     */
    private final class Batch implements AutoCloseable {
        private final List<IngestItem> items = new ArrayList<>();
        private final List<IngestResult> results = new ArrayList<>(); // null where the item is to be written
        private final List<IngestItem> toWrite = new ArrayList<>();
        private final Map<String, String> thisBatch = new HashMap<>();
        private ArticleBatch transaction;
        private boolean broken;
        private long nanos;
        private long cpu;

        int size() {
            return items.size();
        }

        void add(IngestItem item) {
            items.add(item);
            String earlier = item.writable() && pipeline.skipUnchanged()
                    ? stored.getOrDefault(item.hash(), thisBatch.get(item.hash()))
                    : null;
            if (earlier != null) {
                results.add(pipeline.unchanged(item.prepared().article(), earlier));
                return;
            }
            if (!item.writable()) {
                results.add(item.result());
                return;
            }
            results.add(null);
            toWrite.add(item);
            thisBatch.put(item.hash(), item.prepared().graph().get().iri());
            if (broken)
                return;
            long t = System.nanoTime();
            long c = CpuClock.now();
            try {
                if (transaction == null)
                    transaction = pipeline.store().beginBatch();
                transaction.add(item.prepared().graph().get());
            } catch (RuntimeException e) {
                LOG.debug("a batch of {} articles failed to store; storing them one by one", toWrite.size(), e);
                broken = true;
                close();
            } finally {
                nanos += System.nanoTime() - t;
                cpu += CpuClock.now() - c;
            }
        }

        /** Commits the transaction (or, when it failed, stores each article alone); the results in order. */
        List<IngestResult> finish() {
            List<IngestResult> written = broken ? writeEachAlone() : commit();
            int w = 0;
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i) == null) {
                    IngestResult r = written.get(w++);
                    results.set(i, r);
                    if (!r.failed() && pipeline.skipUnchanged())
                        stored.put(toWrite.get(w - 1).hash(), r.article().orElseThrow());
                }
            }
            return results;
        }

        private List<IngestResult> commit() {
            if (toWrite.isEmpty())
                return List.of();
            long t = System.nanoTime();
            long c = CpuClock.now();
            try {
                transaction.commit();
                transactions++;
                commitNanos += System.nanoTime() - t;
            } catch (RuntimeException e) {
                LOG.debug("a batch of {} articles failed to commit; storing them one by one", toWrite.size(), e);
                close();
                return writeEachAlone();
            } finally {
                nanos += System.nanoTime() - t;
                cpu += CpuClock.now() - c;
            }
            Duration share = Duration.ofNanos(nanos / toWrite.size());
            Duration cpuShare = Duration.ofNanos(cpu / toWrite.size());
            return toWrite.stream().map(item -> stored(item, share, cpuShare)).toList();
        }

        private List<IngestResult> writeEachAlone() {
            return toWrite.stream().map(BatchWriter.this::writeAlone).toList();
        }

        /** Ends the transaction, dropping what it holds unless it was committed. */
        @Override
        public void close() {
            if (transaction != null) {
                ArticleBatch open = transaction;
                transaction = null;
                open.close();
            }
        }
    }

    private IngestResult writeAlone(IngestItem item) {
        long t = System.nanoTime();
        long c = CpuClock.now();
        ArticleGraph graph = item.prepared().graph().orElseThrow();
        try {
            pipeline.store().replace(graph);
            transactions++;
            commitNanos += System.nanoTime() - t;
            return stored(item, Pipeline.since(t), CpuClock.since(c));
        } catch (RuntimeException e) {
            LOG.debug("failed to store {}", item.prepared().article().source(), e);
            return IngestResult.failed(item.prepared().article().source(), e, item.result().took().plus(Pipeline.since(t)));
        }
    }

    private static IngestResult stored(IngestItem item, Duration storeTime, Duration storeCpu) {
        IngestResult r = item.result();
        return r.withStages(r.stages().withStore(storeTime, storeCpu)).withTook(r.took().plus(storeTime));
    }
}
