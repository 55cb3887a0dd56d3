package org.newsgraph.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.newsgraph.error.BadInputException;
import org.newsgraph.error.NewsGraphException;

/** Runs SELECT queries, whole or a page at a time, for {@link ArticleStore}: over the union of the article graphs, values bound, within a time limit. */
final class StoreSelect {
    private final Dataset dataset;
    private final Duration queryTimeout;

    StoreSelect(Dataset dataset, Duration queryTimeout) {
        this.dataset = dataset;
        this.queryTimeout = queryTimeout;
    }

    /**
     * Runs a SELECT query over the union of all article graphs (GRAPH patterns still see each article's
     * graph), binding {@code parameters} into the parsed query, and returns the rows materialised.
     *
     * @param timeout the overall limit, or null for the store's default
     */
    ResultSetRewindable select(Query query, Map<String, Node> parameters, Duration timeout) {
        Objects.requireNonNull(query, "The parameter 'query' must not be null.");
        if (!query.isSelectType())
            throw new BadInputException(queryLabel(query), "only SELECT queries are supported here; use export for the whole graph");
        Duration limit = timeout == null ? queryTimeout : timeout;
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = execution(query, parameters, limit)) {
                return ResultSetFactory.makeRewindable(qe.execSelect());
            } catch (QueryCancelledException e) {
                throw timedOut(limit, e);
            }
        });
    }

    /**
     * The whole answer of a named query: one that pages by source ({@code # Pages: by ?source}) is read batch of
     * sources by batch, on every core of the machine ({@link SourceBatches}: the same rows in the same order, each
     * sort and group the size of a batch); one that pages by its inner query runs that inner query once, then completes
     * its rows batch by batch on every core ({@link InnerBatches}, where it orders as its inner query does); any other
     * runs as it is ({@link #select(Query, Map, Duration)}).
     */
    ResultSetRewindable select(NamedQuery query, Map<String, Node> parameters, Duration timeout) {
        Objects.requireNonNull(query, "The parameter 'query' must not be null.");
        boolean bySource = SourcePages.applies(query);
        if (!bySource && !InnerBatches.applies(query))
            return select(query.query(), parameters, timeout);
        Duration limit = timeout == null ? queryTimeout : timeout;
        long deadline = System.nanoTime() + limit.toNanos();
        SourcePages.Execution run = (q, values) -> execution(q, values, Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime())));
        int threads = Runtime.getRuntime().availableProcessors();
        try {
            List<Binding> rows = bySource ? SourceBatches.rows(dataset, query, parameters, threads, SourceBatches.BATCH_ARTICLES, run)
                    : InnerBatches.rows(dataset, query, parameters, threads, InnerBatches.BATCH_ROWS, run);
            return ResultSetFactory.makeRewindable(ResultSet.adapt(RowSetStream.create(query.query().getProjectVars(), rows.iterator())));
        } catch (QueryCancelledException e) {
            throw timedOut(limit, e);
        }
    }

    /**
     * One page of a named query's rows: a query that pages by source ({@code # Pages: by ?source}) is read
     * source by source ({@link SourcePages}), so that a page costs what its rows cost; one that pages by its inner
     * query ({@code # Pages: by its inner query}) gets the page as its inner query's LIMIT and OFFSET
     * ({@link InnerPages}), so that only the page's rows are completed; any other query gets
     * the page as its LIMIT and OFFSET ({@link QueryPage#applyTo}). Either way the page is the same slice of
     * the same ordered answer.
     */
    ResultSetRewindable select(NamedQuery query, Map<String, Node> parameters, QueryPage page, Duration timeout) {
        Objects.requireNonNull(query, "The parameter 'query' must not be null.");
        Objects.requireNonNull(page, "The parameter 'page' must not be null.");
        if (InnerPages.applies(query))
            return select(InnerPages.applyTo(query.query(), page), parameters, timeout);
        if (!SourcePages.applies(query))
            return select(page.applyTo(query.query()), parameters, timeout);
        Duration limit = timeout == null ? queryTimeout : timeout;
        long deadline = System.nanoTime() + limit.toNanos();
        return Txn.calculateRead(dataset, () -> {
            try {
                List<Binding> rows = SourcePages.rows(dataset.asDatasetGraph(), query, parameters, page,
                        (q, values) -> execution(q, values, Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()))));
                List<Var> vars = query.query().getProjectVars();
                return ResultSetFactory.makeRewindable(ResultSet.adapt(RowSetStream.create(vars, rows.iterator())));
            } catch (QueryCancelledException e) {
                throw timedOut(limit, e);
            }
        });
    }

    private QueryExecution execution(Query query, Map<String, Node> parameters, Duration limit) {
        return QueryExecution.dataset(dataset).query(query).substitution(binding(parameters))
                .set(TDB2.symUnionDefaultGraph, true).timeout(limit.toMillis()).build();
    }

    private static NewsGraphException timedOut(Duration limit, QueryCancelledException e) {
        String shown = limit.toMillis() < 1000 ? limit.toMillis() + " ms" : limit.toSeconds() + " s";
        return new NewsGraphException("The query ran longer than the limit of " + shown
                + " and was stopped; narrow it (LIMIT, parameters) or raise the timeout.", e);
    }

    private static String queryLabel(Query query) {
        String text = query.toString().strip().replaceAll("\\s+", " ");
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }

    private static Binding binding(Map<String, Node> parameters) {
        BindingBuilder b = BindingBuilder.create();
        parameters.forEach((name, value) -> b.add(Var.alloc(name), value));
        return b.build();
    }
}
