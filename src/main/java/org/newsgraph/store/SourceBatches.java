package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole answer of a list query that pages by source ({@link SourcePages#applies}), read the way a page is read:
 * the sources put in order once, then the query run on the articles of one batch of sources after another (the
 * {@code VALUES ?article} hook holding them), each batch sorted by the query's own ORDER BY, the batches joined in
 * source order. Since ORDER BY sorts by {@code ?source} first and breaks every tie the same way whatever the order
 * rows come in (Jena's comparator ends with every variable of the row), the joined batches are exactly the rows of
 * the query run whole, in the same order; but each sort and each GROUP BY holds one batch, not the store, and in a
 * TDB2 store the batches run on several threads at once, each in its own read transaction. Should the store change
 * while they run (a write committed between two batches' transactions), the batches are read again in one
 * transaction, one after another, so the answer is always that of one state of the store.
 */
final class SourceBatches {
    private static final Logger LOG = LoggerFactory.getLogger(SourceBatches.class);
    /** articles per batch: small enough that a batch's sort and groups stay small, large enough that the query's set-up is amortised */
    static final int BATCH_ARTICLES = 200;

    private SourceBatches() {
    }

    /**
     * Every row of the query, in its order.
     *
     * @param threads at most this many batches at once (in a TDB2 store; otherwise one)
     * @param batchArticles about this many articles a batch (a source's articles are never split)
     * @param run     executes a query with these bindings (the store's timeout and union default graph)
     */
    static List<Binding> rows(Dataset dataset, NamedQuery query, Map<String, Node> parameters, int threads, int batchArticles,
            SourcePages.Execution run) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return read(dataset, query.name(), () -> batches(SourcePages.articlesBySource(dsg), batchArticles).stream()
                .map(batch -> SourcePages.withArticles(query.query(), batch)).toList(), batch -> runBatch(batch, parameters, run), threads);
    }

    /**
     * The rows of the batches, one batch after another: the batches made in a read transaction, then run in it (without
     * threads, for a single batch, or in a store that cannot say which state a transaction sees) or on the threads the
     * process shares for this ({@link BatchThreads}), each in a read transaction of its own; should a batch see another state of the store, made and run again in one
     * transaction.
     *
     * @param batches makes the batches (each a query); called inside a read transaction
     * @param reader  a batch's rows, sorted and copied out of the store; called inside a read transaction
     */
    static <B, R> List<R> read(Dataset dataset, String name, Supplier<List<B>> batches, Function<B, List<R>> reader,
            int threads) {
        long start = System.nanoTime();
        DatasetGraph dsg = dataset.asDatasetGraph();
        boolean parallel = threads > 1 && TDBInternal.isTDB2(dsg);
        Read<B, R> first = Txn.calculateRead(dataset, () -> {
            List<B> made = batches.get();
            return new Read<>(version(dsg), made, parallel && made.size() > 1 ? null : runAll(made, reader));
        });
        List<R> rows = first.rows();
        if (rows == null) {
            rows = inParallel(dataset, first.batches(), reader, first.version(), threads);
            if (rows == null) {
                LOG.debug("{}: the store changed while its batches were read; reading them again in one transaction", name);
                rows = Txn.calculateRead(dataset, () -> runAll(batches.get(), reader));
            }
        }
        LOG.debug("{}: {} rows in {} batches ({} threads) in {} ms", name, rows.size(), first.batches().size(),
                parallel && first.batches().size() > 1 ? threads : 1, (System.nanoTime() - start) / 1_000_000);
        return rows;
    }

    /** What the first transaction read: the store's state, the batches and (read in it) the rows, or null. */
    private record Read<B, R>(OptionalLong version, List<B> batches, List<R> rows) {
    }

    /** Consecutive sources, about {@code size} articles a batch (a source's articles never split), turned into nodes. */
    static List<List<Node>> batches(List<List<Node>> articlesBySource, int size) {
        List<List<Node>> batches = new ArrayList<>();
        List<Node> batch = new ArrayList<>();
        for (List<Node> articles : articlesBySource) {
            batch.addAll(articles);
            if (batch.size() >= size) {
                batches.add(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty())
            batches.add(batch);
        return batches;
    }

    private static <B, R> List<R> runAll(List<B> batches, Function<B, List<R>> reader) {
        List<R> rows = new ArrayList<>();
        for (B batch : batches)
            rows.addAll(reader.apply(batch));
        return rows;
    }

    /** One batch's rows, sorted by its query, each row copied out of the store (usable after the transaction). */
    static List<Binding> runBatch(Query batch, Map<String, Node> parameters, SourcePages.Execution run) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExecution qe = run.execution(batch, parameters)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                Binding row = rs.nextBinding();
                BindingBuilder copy = BindingBuilder.create();
                row.forEach(copy::add);
                rows.add(copy.build());
            }
        }
        return rows;
    }

    /**
     * The batches (each a query) on the shared pool ({@link BatchThreads}), at most {@code threads} at once, each in a
     * read transaction of its own, their rows joined in the order of the batches; null if a batch saw another state of
     * the store than {@code version}. Returns once no batch of this call is still running, also when one failed.
     */
    private static <B, R> List<R> inParallel(Dataset dataset, List<B> batches, Function<B, List<R>> reader,
            OptionalLong version, int threads) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        List<Batch<R>> read = BatchThreads.run(batches, batch -> Txn.calculateRead(dataset,
                () -> new Batch<>(version(dsg), reader.apply(batch))), threads);
        List<R> rows = new ArrayList<>();
        boolean same = true;
        for (Batch<R> b : read) {
            same &= b.version().equals(version);
            rows.addAll(b.rows());
        }
        return same ? rows : null;
    }

    private record Batch<R>(OptionalLong version, List<R> rows) {
    }

    /** The state of a TDB2 store this thread's transaction sees (its data version), or empty for another store. */
    private static OptionalLong version(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg))
            return OptionalLong.empty();
        return OptionalLong.of(TDBInternal.getDatasetGraphTDB(dsg).getTxnSystem().getThreadTransaction().getDataVersion());
    }
}
