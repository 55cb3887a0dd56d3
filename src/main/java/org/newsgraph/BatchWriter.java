package org.newsgraph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.newsgraph.graph.ArticleGraph;
import org.newsgraph.store.ArticleBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writing side of a parallel ingest, on the ingest's calling thread: takes the articles from the queue in
 * read order and stores them in batches, one write transaction each (up to {@code writeBatch} articles, gathered
 * for at most a few seconds: fewer commits, whose cost is mostly the wait for the disk). Each complete graph
 * joins the open transaction as soon as its analysis ends, even before earlier articles of the batch are done
 * (the workers take the longest first), so that when the last analysis ends only that article and the commit
 * are left. Of articles with the same IRI (an article and its correction), the store keeps the last READ, as a
 * one-at-a-time ingest would, whichever is ready last. When the transaction fails, its articles are written again
 * one transaction each, in read order, so that one bad article costs only itself. Of articles with the same
 * content, only the first in read order is stored where unchanged ones are skipped. Results come out in read order.
 */
final class BatchWriter {
    private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);
    /** How long a batch takes in articles after its first, at most. */
    private static final Duration GATHER = Duration.ofSeconds(5);
    /** How often the writer looks again for analyses that ended, while it waits. */
    private static final long POLL_MILLIS = 10;

    private final Pipeline pipeline;
    private final int writeBatch;
    private final int lookahead;
    private final Map<String, String> stored;
    private int transactions;
    private long commitNanos;

    /**
     * @param lookahead the articles still in analysis that a batch may take, at most (it waits for all it takes)
     * @param stored    content hashes stored and their graphs, grown as articles are stored
     */
    BatchWriter(Pipeline pipeline, int writeBatch, int lookahead, Map<String, String> stored) {
        this.pipeline = pipeline;
        this.writeBatch = writeBatch;
        this.lookahead = lookahead;
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
     * Stores the batch that begins with {@code first}: it and the articles that follow it in the queue, taken
     * for {@link #GATHER} after the first, up to {@code writeBatch} and while at most {@code lookahead} of them
     * are still being analysed; each joins the transaction as soon as it is ready, and the commit waits for all.
     *
     * @param written gets the batch's results, in read order
     * @return whether the queue's end was taken
     */
    boolean writeBatch(IngestItem.Coming first, BlockingQueue<IngestItem.Coming> queue, List<IngestResult> written)
            throws InterruptedException {
        try (Batch batch = new Batch()) {
            batch.take(first);
            long deadline = System.nanoTime() + GATHER.toNanos();
            boolean end = false;
            while (true) {
                batch.addReady();
                boolean taking = !end && batch.size() < writeBatch && batch.pending() <= lookahead
                        && System.nanoTime() < deadline;
                if (!taking && batch.pending() == 0)
                    break;
                if (taking) {
                    IngestItem.Coming next = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (next == IngestFeed.END)
                        end = true;
                    else if (next != null)
                        batch.take(next);
                } else
                    batch.awaitFirstPending();
            }
            written.addAll(batch.finish());
            return end;
        }
    }

    /**
     * One batch on its way into the store: its articles in read order, each graph written into the open
     * transaction as it comes, and the time the writer spent in the store for them (shared out at the end).
     */
    private final class Batch implements AutoCloseable {
        private final List<IngestItem.Coming> taken = new ArrayList<>();
        private final List<IngestResult> results = new ArrayList<>(); // null while pending or to be written
        private final List<Boolean> decided = new ArrayList<>();
        private final List<Integer> toWrite = new ArrayList<>(); // indexes into taken, in the order they joined
        private final Map<String, String> thisBatch = new HashMap<>();
        private final Map<String, Integer> lastReadByIri = new HashMap<>(); // of the articles to write
        private final Set<Integer> superseded = new HashSet<>(); // to write, but a later-read one has their IRI
        private ArticleBatch transaction;
        private boolean broken;
        private long nanos;
        private long cpu;

        void take(IngestItem.Coming coming) {
            taken.add(coming);
            results.add(null);
            decided.add(false);
        }

        int size() {
            return taken.size();
        }

        /** The articles taken whose analysis has not been dealt with yet. */
        int pending() {
            int n = 0;
            for (boolean d : decided)
                if (!d)
                    n++;
            return n;
        }

        /** Waits a little for the first pending article's analysis. */
        void awaitFirstPending() throws InterruptedException {
            for (int i = 0; i < taken.size(); i++) {
                if (!decided.get(i)) {
                    try {
                        taken.get(i).future().get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException | ExecutionException e) {
                        // looked at again by addReady
                    }
                    return;
                }
            }
        }

        /**
         * Deals with every article whose analysis has ended, in any order, except one whose content an earlier
         * pending article has too: the first in read order is the one stored.
         */
        void addReady() {
            for (int i = 0; i < taken.size(); i++) {
                if (decided.get(i) || !taken.get(i).future().isDone() || waitsForAnEarlierCopy(i))
                    continue;
                IngestItem item = item(i); // one that ended by throwing is a failure of that article alone
                decided.set(i, true);
                add(i, item);
            }
        }

        private boolean waitsForAnEarlierCopy(int i) {
            String hash = taken.get(i).hash();
            if (!pipeline.skipUnchanged() || hash.isEmpty())
                return false;
            for (int j = 0; j < i; j++)
                if (!decided.get(j) && hash.equals(taken.get(j).hash()))
                    return true;
            return false;
        }

        private void add(int i, IngestItem item) {
            String earlier = item.writable() && pipeline.skipUnchanged()
                    ? stored.getOrDefault(item.hash(), thisBatch.get(item.hash()))
                    : null;
            if (earlier != null) {
                results.set(i, pipeline.unchanged(item.prepared().article(), earlier));
                return;
            }
            if (!item.writable()) {
                results.set(i, item.result());
                return;
            }
            toWrite.add(i);
            if (!claimIri(i, item))
                return; // stored (as in a one-at-a-time ingest) and replaced by a later-read article in this batch
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
                LOG.debug("a batch of articles failed to store; storing them one by one", e);
                broken = true;
                close();
            } finally {
                nanos += System.nanoTime() - t;
                cpu += CpuClock.now() - c;
            }
        }

        /** Whether {@code i} is the last read of its IRI so far (its graph goes in, superseding an earlier-read one). */
        private boolean claimIri(int i, IngestItem item) {
            String iri = item.prepared().graph().get().iri();
            Integer other = lastReadByIri.get(iri);
            if (other != null && other > i) {
                superseded.add(i);
                return false;
            }
            if (other != null) {
                superseded.add(other);
                thisBatch.remove(item(other).hash(), iri);
            }
            lastReadByIri.put(iri, i);
            return true;
        }

        /** Commits the transaction (or, when it failed, stores each article alone); the results in read order. */
        List<IngestResult> finish() {
            List<IngestResult> written = broken ? writeEachAlone() : commit();
            for (int w = 0; w < toWrite.size(); w++) {
                int i = toWrite.get(w);
                IngestResult r = written.get(w);
                results.set(i, r);
                if (!r.failed() && pipeline.skipUnchanged() && !superseded.contains(i))
                    stored.put(item(i).hash(), r.article().orElseThrow());
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
            return toWrite.stream().map(i -> stored(item(i), share, cpuShare)).toList();
        }

        /** Writes each article alone, in read order, so that of the same IRI the last read is left. */
        private List<IngestResult> writeEachAlone() {
            toWrite.sort(null);
            return toWrite.stream().map(i -> writeAlone(item(i))).toList();
        }

        private IngestItem item(int i) {
            return taken.get(i).item();
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
