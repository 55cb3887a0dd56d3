package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * The whole answer of a query that pages by its inner query ({@link InnerPages#applies}) and orders its rows by variables
 * its inner query returns, read in two steps: the inner query runs once and alone (node identities, counts and offsets)
 * and its rows are put in the order of those keys, then cut into consecutive batches; each batch gets the rest of the
 * pattern (the text: sources, headlines, sentences) with the inner query replaced by the batch's rows (a VALUES block),
 * sorted by the query's own ORDER BY, and the batches are joined in order. Every outer row carries the keys of its inner
 * row, and a batch never ends between two inner rows that tie in every key, so the joined batches are exactly the rows
 * of the query run whole, in the same order (Jena breaks ties between rows equal in every key by the whole row, whichever
 * order they come in); but the text is read and each sort holds one batch, and in a TDB2 store the batches run on several
 * threads, each in its own read transaction ({@link SourceBatches#read}: should the store change meanwhile, everything
 * is read again in one transaction). Where the inner query starts with a subquery of its own, the query is read in parts
 * instead ({@link SeedParts}), and in batches only where that cannot give the order.
 */
final class InnerBatches {
    /** inner rows per batch: enough to amortise a query's set-up, few enough that two threads share the work */
    static final int BATCH_ROWS = 500;

    private InnerBatches() {
    }

    /**
     * Whether the whole answer can be read this way: the query pages by its inner query, which has no LIMIT or OFFSET of
     * its own, and orders by variables that inner query returns; an outer DISTINCT, REDUCED, GROUP BY or aggregate,
     * which would span the batches, reads it whole.
     */
    static boolean applies(NamedQuery query) {
        if (!InnerPages.applies(query))
            return false;
        Query outer = query.query();
        if (outer.isDistinct() || outer.isReduced() || outer.hasGroupBy() || outer.hasAggregators())
            return false;
        Query inner = InnerPages.inner(query.query());
        List<SortCondition> keys = query.query().getOrderBy();
        return !inner.hasLimit() && !inner.hasOffset() && keys.stream().allMatch(k -> k.getExpression().isVariable() && inner.getProjectVars().contains(k.getExpression().asVar()));
    }

    /**
     * Every row of the query, in its order: in parts ({@link SeedParts}) where they apply and no two rows of different
     * parts tie in every key, otherwise in batches ({@link #batched}).
     *
     * @param threads   at most this many batches at once (in a TDB2 store; otherwise one)
     * @param batchRows about this many inner rows a batch (more where rows that tie in every key would be split)
     * @param run       executes a query with these bindings (the store's timeout and union default graph)
     */
    static List<Binding> rows(Dataset dataset, NamedQuery query, Map<String, Node> parameters, int threads, int batchRows,
            SourcePages.Execution run) {
        List<SortCondition> keys = query.query().getOrderBy();
        boolean keysShown = keys.stream().allMatch(k -> query.query().getProjectVars().contains(k.getExpression().asVar()));
        if (keysShown && SeedParts.applies(query.query())) {
            List<Binding> rows = SeedParts.rows(dataset, query, parameters, threads, run);
            if (rows != null)
                return rows;
        }
        return batched(dataset, query, parameters, threads, batchRows, run);
    }

    /** Every row of the query, in its order, read as its inner query's rows completed batch by batch (parameters as {@link #rows}). */
    static List<Binding> batched(Dataset dataset, NamedQuery query, Map<String, Node> parameters, int threads, int batchRows,
            SourcePages.Execution run) {
        List<SortCondition> keys = query.query().getOrderBy();
        boolean keysShown = keys.stream().allMatch(k -> query.query().getProjectVars().contains(k.getExpression().asVar()));
        return SourceBatches.read(dataset, query.name(), () -> batches(query.query(), parameters, batchRows, run),
                batch -> keysShown ? completed(batch, keys, parameters, run) : SourceBatches.runBatch(batch, parameters, run), threads);
    }

    /**
     * A batch's rows in the query's order, sorted here where the keys alone order them: the batch runs without its
     * ORDER BY, its rows are sorted by their keys (each row's key values made once), and if no two rows tie in every key
     * that is the order the query gives (it breaks ties only); otherwise the batch runs again, sorted by the query.
     */
    private static List<Binding> completed(Query batch, List<SortCondition> keys, Map<String, Node> parameters, SourcePages.Execution run) {
        Query unordered = batch.cloneQuery();
        unordered.getOrderBy().clear();
        List<Keyed> rows = new ArrayList<>();
        for (Binding row : SourceBatches.runBatch(unordered, parameters, run))
            rows.add(Keyed.of(row, keys));
        rows.sort((x, y) -> x.compareTo(y, keys));
        for (int i = 1; i < rows.size(); i++)
            if (rows.get(i - 1).compareTo(rows.get(i), keys) == 0)
                return SourceBatches.runBatch(batch, parameters, run);
        return rows.stream().map(Keyed::row).toList();
    }

    /**
     * The inner query's rows (read in the caller's transaction) put in the order of the query's keys, then cut into
     * batches, each as a copy of the query holding them. The inner query runs without its ORDER BY and its rows are
     * sorted here, by the keys alone, each row's key values made once (a sort inside the query makes them again for
     * every comparison); rows that tie in every key may end up in any order, as the batch's own ORDER BY sorts them.
     */
    private static List<Query> batches(Query query, Map<String, Node> parameters, int size, SourcePages.Execution run) {
        Query inner = InnerPages.inner(query).cloneQuery();
        inner.getOrderBy().clear();
        List<SortCondition> keys = query.getOrderBy();
        List<Keyed> rows = new ArrayList<>();
        for (Binding row : SourceBatches.runBatch(inner, parameters, run))
            rows.add(Keyed.of(row, keys));
        // a key the inner query leaves unbound could be bound by the rest of the pattern: then one batch, the query itself
        if (rows.stream().anyMatch(Keyed::unbound))
            return List.of(InnerPages.withRows(query, rows.stream().map(Keyed::row).toList()));
        rows.sort((x, y) -> x.compareTo(y, keys));
        List<Query> batches = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= rows.size(); i++)
            if (i == rows.size() || (i - from >= size && rows.get(i - 1).compareTo(rows.get(i), keys) != 0)) {
                batches.add(InnerPages.withRows(query, rows.subList(from, i).stream().map(Keyed::row).toList()));
                from = i;
            }
        return batches;
    }

    /** The rows, each with the values of its keys, sorted by them (rows that tie in every key in any order). */
    static List<Keyed> sorted(List<Binding> rows, List<SortCondition> keys) {
        List<Keyed> keyed = new ArrayList<>(rows.size());
        for (Binding row : rows)
            keyed.add(Keyed.of(row, keys));
        keyed.sort((x, y) -> x.compareTo(y, keys));
        return keyed;
    }

    /** A row and the values of its keys (null where unbound). */
    record Keyed(Binding row, NodeValue[] values) {
        static Keyed of(Binding row, List<SortCondition> keys) {
            NodeValue[] values = new NodeValue[keys.size()];
            for (int i = 0; i < values.length; i++) {
                Node n = row.get(keys.get(i).getExpression().asVar());
                values[i] = n == null ? null : NodeValue.makeNode(n);
            }
            return new Keyed(row, values);
        }

        boolean unbound() {
            return Arrays.stream(values).anyMatch(Objects::isNull);
        }

        /** The order of two rows by the keys, as the query engine compares them when it sorts (before it breaks ties). */
        int compareTo(Keyed other, List<SortCondition> keys) {
            for (int i = 0; i < values.length; i++) {
                int c = BindingComparator.compareNodesRaw(values[i], other.values[i]);
                if (c != 0)
                    return keys.get(i).getDirection() == Query.ORDER_DESCENDING ? -c : c;
            }
            return 0;
        }
    }
}
