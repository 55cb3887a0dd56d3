package org.newsgraph.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * the rows of the query; the keys give the query's order (Jena breaks ties only), and rows of a part that tie in every
 * key, and only they, are read again in the part's transaction, in the order the query engine gives them. Where rows of
 * two parts tie (possible only where the keys leave out a variable of the seed), the caller reads the answer another
 * way. Every part reads the inner rows and their text in one
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
     * Every row of the query, in its order, or null where a key is unbound or two rows of different parts tie in every
     * key (then the keys alone do not give the order; that cannot happen where the keys include every variable of the
     * seed, whose rows the parts share out).
     */
    static List<Binding> rows(Dataset dataset, NamedQuery query, Map<String, Node> parameters, int threads, SourcePages.Execution run) {
        List<SortCondition> keys = query.query().getOrderBy();
        KeyedElement keyed = KeyedElement.of(query.query());
        KeyedElement apart = keyed != null && !keyed.uses(parameters.keySet()) ? keyed : null;
        List<Part> parts = SourceBatches.read(dataset, query.name(), () -> parts(query.query(), parameters, threads, run),
                part -> List.of(ordered(query.query(), part, apart, parameters, run)), threads);
        return merged(parts, keys);
    }

    /** A part's rows in the query's order, or none where that order cannot be had from them (a key unbound, say). */
    private record Part(List<InnerBatches.Keyed> rows) {
    }

    /**
     * A part's rows in the query's order (read in the caller's transaction): sorted by the keys, each row's key values
     * made once. Rows that tie in every key are ordered by the query engine by the whole row before it is projected
     * (variables the query does not return, such as the mention's node, included), which the rows read do not hold:
     * those rows alone are read again, the query with their keys as a VALUES block and its own ORDER BY, and take the
     * places of the tied rows (in the same transaction, so the same rows).
     */
    private static Part ordered(Query query, Query part, KeyedElement apart, Map<String, Node> parameters, SourcePages.Execution run) {
        List<SortCondition> keys = query.getOrderBy();
        List<InnerBatches.Keyed> rows = InnerBatches.sorted(read(query, part, apart, parameters, run), keys);
        if (rows.stream().anyMatch(InnerBatches.Keyed::unbound))
            return new Part(null);
        Set<List<Node>> tiedKeys = new LinkedHashSet<>(); // each tied row's, as terms (rows that tie may differ in term: "1", "01")
        for (int i = 0; i < rows.size(); i++)
            if (tiesWithNeighbour(rows, i, keys))
                tiedKeys.add(keysOf(rows.get(i).row(), keys));
        if (tiedKeys.isEmpty())
            return new Part(rows);
        List<Binding> again = SourceBatches.runBatch(onlyThese(part, keys, tiedKeys), parameters, run);
        List<InnerBatches.Keyed> ordered = new ArrayList<>(rows.size());
        int next = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (!tiesWithNeighbour(rows, i, keys)) {
                ordered.add(rows.get(i));
                continue;
            }
            InnerBatches.Keyed instead = next < again.size() ? InnerBatches.Keyed.of(again.get(next++), keys) : null;
            if (instead == null || instead.compareTo(rows.get(i), keys) != 0)
                return new Part(null); // not the rows read before: leave the order to the batches
            ordered.add(instead);
        }
        return new Part(next == again.size() ? ordered : null);
    }

    private static boolean tiesWithNeighbour(List<InnerBatches.Keyed> sorted, int i, List<SortCondition> keys) {
        return (i > 0 && sameKeys(sorted.get(i - 1), sorted.get(i), keys))
                || (i + 1 < sorted.size() && sameKeys(sorted.get(i), sorted.get(i + 1), keys));
    }

    private static boolean sameKeys(InnerBatches.Keyed a, InnerBatches.Keyed b, List<SortCondition> keys) {
        return a.compareTo(b, keys) == 0;
    }

    /** The values of the keys in this row (every key a variable, bound). */
    private static List<Node> keysOf(Binding row, List<SortCondition> keys) {
        return keys.stream().map(k -> row.get(k.getExpression().asVar())).toList();
    }

    /**
     * The part with the query's ORDER BY again, only its rows whose keys are among these: a VALUES block of them joined
     * right after the inner query (it binds no variable the inner query has not bound, so the rows are the part's rows
     * with those keys, and the engine breaks their ties as in the whole query).
     */
    private static Query onlyThese(Query part, List<SortCondition> keys, Set<List<Node>> keyValues) {
        Query only = part.cloneQuery();
        keys.forEach(only::addOrderBy);
        List<Element> elements = ((ElementGroup) only.getQueryPattern()).getElements();
        ElementGroup group = new ElementGroup();
        group.addElement(elements.get(0));
        group.addElement(KeyedElement.values(keys.stream().map(k -> k.getExpression().asVar()).toList(), keyValues));
        for (int i = 1; i < elements.size(); i++)
            group.addElement(elements.get(i));
        only.setQueryPattern(group);
        return only;
    }

    /**
     * The parts merged by the keys (each part comes in the query's order: a stable sort of them one after another keeps
     * the order of rows that tie within a part); null where a part has no order, or rows of two parts tie in every key.
     */
    private static List<Binding> merged(List<Part> parts, List<SortCondition> keys) {
        record Ranked(InnerBatches.Keyed keyed, int part) {
        }
        List<Ranked> all = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            if (parts.get(p).rows() == null)
                return null;
            for (InnerBatches.Keyed row : parts.get(p).rows())
                all.add(new Ranked(row, p));
        }
        all.sort((x, y) -> x.keyed().compareTo(y.keyed(), keys));
        for (int i = 1; i < all.size(); i++)
            if (all.get(i - 1).part() != all.get(i).part() && sameKeys(all.get(i - 1).keyed(), all.get(i).keyed(), keys))
                return null;
        return all.stream().map(r -> r.keyed().row()).toList();
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
