package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/**
 * The whole answer of a query paged by its inner query, read as the query itself in parts on every core: where the inner
 * query's pattern starts with a subquery of its own (its seed: the entities a name stands for), the seed runs alone, its
 * rows are dealt out to a few parts, and each part is the query without its ORDER BYs, its seed replaced by that part's
 * rows (a VALUES block), run whole, its rows sorted here by the query's keys (each row's key values made once); the
 * sorted parts are merged. A join distributes over the rows of its first operand, so the parts together hold exactly
 * the rows of the query; where no two rows tie in every key, the keys alone give the query's order (Jena breaks ties
 * only), otherwise the caller reads the answer another way. Every part reads the inner rows and their text in one
 * streaming pass (no VALUES block of the inner rows to match again; an element that needs fewer of the inner query's
 * variables than another, such as the article's source and headline, is read apart, once for each distinct value of
 * them: {@link KeyedElement}), and the parts run at once, each in its own read transaction ({@link SourceBatches#read}).
 * On the 10,000-article store, {@code entity-mentions} by a name 50 entities share (19,500 rows): 376 ms of CPU on one
 * thread against 503 ms in batches ({@code InnerAnswerTimes}).
 */
final class SeedParts {
    /** parts per thread: more parts than threads even out parts of unequal size */
    static final int PARTS_PER_THREAD = 4;

    private SeedParts() {
    }

    /**
     * Whether the whole answer can be read this way (besides {@link InnerBatches#applies} and its keys shown): the inner
     * query starts with a subquery and has no DISTINCT, REDUCED, GROUP BY, aggregate, VALUES, LIMIT or OFFSET, any of
     * which could span the parts.
     */
    static boolean applies(Query query) {
        Query inner = InnerPages.inner(query);
        return inner != null && !inner.isDistinct() && !inner.isReduced() && !inner.hasGroupBy() && !inner.hasAggregators()
                && !inner.hasHaving() && !inner.hasLimit() && !inner.hasOffset() && !inner.hasValues() && seed(inner) != null;
    }

    private static Query seed(Query inner) {
        return inner.getQueryPattern() instanceof ElementGroup g && !g.isEmpty() && g.get(0) instanceof ElementSubQuery sub
                ? sub.getQuery() : null;
    }

    /**
     * Every row of the query, in its order, or null where two rows tie in every key (then the keys alone do not give
     * the order).
     */
    static List<Binding> rows(Dataset dataset, NamedQuery query, Map<String, Node> parameters, int threads, SourcePages.Execution run) {
        List<SortCondition> keys = query.query().getOrderBy();
        KeyedElement keyed = KeyedElement.of(query.query());
        KeyedElement apart = keyed != null && !keyed.uses(parameters.keySet()) ? keyed : null;
        List<InnerBatches.Keyed> rows = SourceBatches.read(dataset, query.name(), () -> parts(query.query(), parameters, threads, run),
                part -> InnerBatches.sorted(read(query.query(), part, apart, parameters, run), keys), threads);
        // each part comes sorted: sorting them together merges them
        return InnerBatches.sortedWithoutTies(rows, keys);
    }

    /**
     * A part's rows, in no particular order: where an element of the query is read apart ({@link KeyedElement}), the part
     * without it joined with it, else (or where a key is unbound) the part as it is.
     */
    private static List<Binding> read(Query query, Query part, KeyedElement apart, Map<String, Node> parameters,
            SourcePages.Execution run) {
        if (apart != null) {
            List<Binding> joined = apart.join(query, SourceBatches.runBatch(apart.without(part), parameters, run), query.getProjectVars(),
                    parameters, run);
            if (joined != null)
                return joined;
        }
        return SourceBatches.runBatch(part, parameters, run);
    }

    /** The query in parts, each with its share of the seed's rows (read in the caller's transaction), dealt out in turn. */
    static List<Query> parts(Query query, Map<String, Node> parameters, int threads, SourcePages.Execution run) {
        Query inner = InnerPages.inner(query);
        Query seed = seed(inner);
        List<Binding> seedRows = SourceBatches.runBatch(seed, parameters, run);
        int n = Math.max(1, Math.min(seedRows.size(), threads <= 1 ? 1 : threads * PARTS_PER_THREAD));
        List<List<Binding>> shares = new ArrayList<>();
        for (int i = 0; i < n; i++)
            shares.add(new ArrayList<>());
        for (int i = 0; i < seedRows.size(); i++)
            shares.get(i % n).add(seedRows.get(i));
        List<Query> parts = new ArrayList<>(n);
        for (List<Binding> share : shares)
            parts.add(part(query, inner, new ElementData(seed.getProjectVars(), share)));
        return parts;
    }

    /** The query without its ORDER BYs, the inner query's seed replaced by these rows. */
    private static Query part(Query query, Query inner, Element seedRows) {
        Query partInner = InnerPages.withFirst(inner, seedRows);
        partInner.getOrderBy().clear();
        Query part = InnerPages.withFirst(query, new ElementSubQuery(partInner));
        part.getOrderBy().clear();
        return part;
    }
}
