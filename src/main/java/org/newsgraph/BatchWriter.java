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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writing side of a parallel ingest, on the ingest's calling thread: gathers the articles that follow in
 * read order and are ready within a short wait, and stores their complete graphs in one write transaction (up to
 * {@code writeBatch} articles); when that fails, writes them again one transaction each, so that one bad article
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

    /**
     * Adds to the batch the articles that follow it in read order and are ready within {@link #GATHER} (fewer
     * transactions: a commit's cost is mostly its wait for the disk), up to {@code writeBatch}.
     *
     * @return the next item taken from the queue and not yet in the batch (not ready in time, or the end), or
     *         null when none was taken
     */
    CompletableFuture<IngestItem> gather(List<IngestItem> batch, BlockingQueue<CompletableFuture<IngestItem>> queue)
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

    /** Stores the complete graphs of a batch (one transaction; one each if that fails); results in order. */
    List<IngestResult> write(List<IngestItem> batch) {
        List<IngestResult> results = new ArrayList<>(batch.size());
        List<IngestItem> toWrite = new ArrayList<>();
        Map<String, String> thisBatch = new HashMap<>();
        for (IngestItem item : batch) {
            String earlier = item.writable() && pipeline.skipUnchanged()
                    ? stored.getOrDefault(item.hash(), thisBatch.get(item.hash()))
                    : null;
            if (earlier != null)
                results.add(pipeline.unchanged(item.prepared().article(), earlier));
            else if (item.writable()) {
                toWrite.add(item);
                thisBatch.put(item.hash(), item.prepared().graph().get().iri());
                results.add(null);
            } else
                results.add(item.result());
        }
        List<IngestResult> written = writeAll(toWrite);
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

    /** Writes the items in one transaction, each charged its share of it; one by one if that fails. */
    private List<IngestResult> writeAll(List<IngestItem> toWrite) {
        List<IngestResult> written = new ArrayList<>();
        if (toWrite.isEmpty())
            return written;
        long t = System.nanoTime();
        long c = CpuClock.now();
        try {
            pipeline.store().replaceAll(toWrite.stream().map(i -> i.prepared().graph().get()).toList());
            transactions++;
            Duration share = Pipeline.since(t).dividedBy(toWrite.size());
            Duration cpuShare = CpuClock.since(c).dividedBy(toWrite.size());
            for (IngestItem item : toWrite)
                written.add(stored(item, share, cpuShare));
        } catch (RuntimeException batchFailure) {
            LOG.debug("a batch of {} articles failed to store; storing them one by one", toWrite.size(), batchFailure);
            for (IngestItem item : toWrite)
                written.add(writeAlone(item));
        }
        return written;
    }

    private IngestResult writeAlone(IngestItem item) {
        long t = System.nanoTime();
        long c = CpuClock.now();
        ArticleGraph graph = item.prepared().graph().orElseThrow();
        try {
            pipeline.store().replace(graph);
            transactions++;
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
