package org.newsgraph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.newsgraph.store.ArticleBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writing side of a parallel ingest, on the ingest's calling thread: takes the articles from the queue in
 * read order and stores them in batches, one write transaction each (up to {@code writeBatch} articles, gathered
 * for at most a few seconds: fewer commits, whose cost is mostly the wait for the disk). Each complete graph
 * joins the open transaction as soon as its analysis ends, even before earlier articles of the batch are done
 * (the workers take the longest first), so that when the last analysis ends only that article and the commit
 * are left. Articles with the same IRI (an article and its correction) join in read order, so that the store keeps
 * the last READ, as a one-at-a-time ingest would. Where unchanged articles are skipped, the writer decides which
 * are, in read order too ({@link StoredVersions}): an article whose graph holds its content by then is skipped
 * (the first of the same content read twice is stored), and one the reader did not have analysed, believing it
 * unchanged, is analysed when it is not: by the workers while a batch gathers (the writer never analyses inside
 * its transaction), here when each is written alone. When the transaction fails, its articles are decided and
 * written again one transaction each, in read order, so that one bad article costs only itself. Results come out
 * in read order.
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
    private final StoredVersions versions; // as the store holds them, after each commit
    private final Executor analyses;
    private int transactions;
    private long commitNanos;

    /**
     * @param lookahead the articles still in analysis that a batch may take, at most (it waits for all it takes)
     * @param stored    the content hashes stored when the ingest began, and their graphs
     * @param analyses  runs the analysis of an article the reader believed unchanged and the writer finds changed
     *                  (the ingest's workers, ahead of the articles waiting)
     */
    BatchWriter(Pipeline pipeline, int writeBatch, int lookahead, Map<String, String> stored, Executor analyses) {
        this.pipeline = pipeline;
        this.writeBatch = writeBatch;
        this.lookahead = lookahead;
        this.versions = new StoredVersions(stored);
        this.analyses = analyses;
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
        private final StoredVersions planned = versions.above(); // as the store will hold them once this batch commits
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

        /** The articles taken that have not been decided yet. */
        int pending() {
            return (int) decided.stream().filter(d -> !d).count();
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
         * Decides every article whose analysis has ended, in any order, except one with the IRI of an earlier
         * pending article: of one IRI, articles are decided (skipped or written) in read order.
         */
        void addReady() {
            for (int i = 0; i < taken.size(); i++) {
                if (decided.get(i) || !taken.get(i).future().isDone() || waitsForAnEarlierOfItsIri(i) || analysedElsewhere(i))
                    continue;
                decided.set(i, true);
                IngestResult result = decide(i, planned);
                if (result != null)
                    results.set(i, result);
                else
                    join(i);
            }
        }

        /**
         * Whether article {@code i} is one the reader did not have analysed, believing it unchanged, that is changed by
         * now (an earlier write of its IRI failed): then it waits, like any article in analysis, for its analysis on the
         * workers (never on this thread, while the transaction is open).
         */
        private boolean analysedElsewhere(int i) {
            IngestItem.Coming coming = taken.get(i);
            if (coming.item().unanalysed() == null || planned.unchanged(coming.iri(), coming.hash()).isPresent())
                return false;
            taken.set(i, coming.analysedBy(analyses));
            return true;
        }

        private boolean waitsForAnEarlierOfItsIri(int i) {
            String iri = taken.get(i).iri();
            if (iri.isEmpty())
                return false;
            for (int j = 0; j < i; j++)
                if (!decided.get(j) && iri.equals(taken.get(j).iri()))
                    return true;
            return false;
        }

        /**
         * Whether article {@code i} is to be written, given the store as {@code held} says it will be by then: its
         * result when it is not (skipped, failed), otherwise null, its write noted in {@code held} and its item
         * analysed.
         */
        private IngestResult decide(int i, StoredVersions held) {
            IngestItem.Coming coming = taken.get(i);
            IngestItem item = coming.item(); // one that ended by throwing is a failure of that article alone
            if (item.done() != null)
                return item.done();
            if (pipeline.skipUnchanged()) {
                Optional<String> graph = held.unchanged(coming.iri(), coming.hash());
                if (graph.isPresent())
                    return pipeline.unchanged(item.article(), graph.get());
            }
            if (item.unanalysed() != null) { // the reader believed it unchanged: an earlier write of its IRI failed
                item = item.analysed();
                taken.set(i, IngestItem.Coming.ready(item, coming.iri(), coming.hash()));
            }
            if (!item.writable())
                return item.result();
            if (pipeline.skipUnchanged())
                held.stored(coming.iri(), coming.hash());
            return null;
        }

        private void join(int i) {
            toWrite.add(i);
            if (broken)
                return;
            long t = System.nanoTime();
            long c = CpuClock.now();
            try {
                if (transaction == null)
                    transaction = pipeline.store().beginBatch();
                transaction.add(item(i).prepared().graph().get());
            } catch (RuntimeException e) {
                LOG.debug("a batch of articles failed to store; storing them one by one", e);
                broken = true;
                close();
            } finally {
                nanos += System.nanoTime() - t;
                cpu += CpuClock.now() - c;
            }
        }

        /** Commits the transaction (or, when it failed, stores each article alone); the results in read order. */
        List<IngestResult> finish() {
            if (broken)
                return eachAlone();
            if (toWrite.isEmpty())
                return results;
            long t = System.nanoTime();
            long c = CpuClock.now();
            try {
                transaction.commit();
                transactions++;
                commitNanos += System.nanoTime() - t;
            } catch (RuntimeException e) {
                LOG.debug("a batch of {} articles failed to commit; storing them one by one", toWrite.size(), e);
                close();
                return eachAlone();
            } finally {
                nanos += System.nanoTime() - t;
                cpu += CpuClock.now() - c;
            }
            planned.keep();
            Duration share = Duration.ofNanos(nanos / toWrite.size());
            Duration cpuShare = Duration.ofNanos(cpu / toWrite.size());
            for (int i : toWrite)
                results.set(i, item(i).stored(share, cpuShare));
            return results;
        }

        /**
         * Decides and writes each article again, alone, in read order, as a one-at-a-time ingest would: a write
         * that fails leaves its graph as it was, for the decisions after it.
         */
        private List<IngestResult> eachAlone() {
            for (int i = 0; i < taken.size(); i++) {
                StoredVersions alone = versions.above();
                IngestResult result = decide(i, alone);
                if (result == null) {
                    long t = System.nanoTime();
                    result = pipeline.storeAlone(item(i));
                    if (!result.failed()) {
                        transactions++;
                        commitNanos += System.nanoTime() - t;
                        alone.keep();
                    }
                }
                results.set(i, result);
            }
            return results;
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
}
