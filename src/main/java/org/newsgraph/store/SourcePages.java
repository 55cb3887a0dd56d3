package org.newsgraph.store;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.vocab.NG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One page of a list query that declares {@code # Pages: by ?source} in its header. Such a query orders its
 * rows by {@code ?source} (the article's {@code ng:source}) first, binds it in every row, and holds the hook
 * {@code VALUES ?article { UNDEF }} inside its {@code GRAPH ?article} pattern; its whole answer is then the
 * answers for each source, one source after another in source order. A page is read that way: the sources
 * are put in order (one index scan of {@code ng:source}, sorted as {@code ORDER BY} sorts), and the query is
 * run with the hook holding the articles of the next few sources, batch after batch, until the page is
 * full. A page costs what its rows and the rows it skips cost, not what the whole store costs; the rows are
 * the same slice of the same ordered answer (rows equal in every ORDER BY key may come in either order, as
 * SPARQL leaves them).
 */
final class SourcePages {
    private static final Logger LOG = LoggerFactory.getLogger(SourcePages.class);
    private static final Var SOURCE = Var.alloc("source");
    private static final Var ARTICLE = Var.alloc("article");
    private static final int FIRST_BATCH = 8;
    private static final int LARGEST_BATCH = 512;

    private SourcePages() {
    }

    /**
     * Whether a page of this query can be read source by source: its header says so, it orders by ?source
     * first, projects ?source, has no LIMIT or OFFSET of its own and holds the {@code VALUES ?article} hook.
     */
    static boolean applies(NamedQuery query) {
        Query q = query.query();
        if (!query.pagedBySource() || !q.isSelectType() || q.hasLimit() || q.hasOffset() || !q.hasOrderBy())
            return false;
        SortCondition first = q.getOrderBy().get(0);
        Expr key = first.getExpression();
        return first.getDirection() != Query.ORDER_DESCENDING && key.isVariable() && key.asVar().equals(SOURCE)
                && q.getProjectVars().contains(SOURCE) && !withArticles(q, List.of()).equals(q);
    }

    /**
     * The rows of {@code page}; runs inside the caller's read transaction.
     *
     * @param run executes a query with these bindings (the store's timeout and union default graph)
     */
    static List<Binding> rows(DatasetGraph dsg, NamedQuery query, Map<String, Node> parameters, QueryPage page, Execution run) {
        long start = System.nanoTime();
        List<List<Node>> sources = articlesBySource(dsg);
        long ordered = System.nanoTime();
        int batches = 0;
        List<Binding> rows = new ArrayList<>();
        long skip = page.offset();
        int next = 0;
        int batch = FIRST_BATCH;
        while (next < sources.size() && rows.size() < page.limit()) {
            int end = Math.min(sources.size(), next + batch);
            List<Node> articles = new ArrayList<>();
            sources.subList(next, end).forEach(articles::addAll);
            long read = 0;
            try (QueryExecution qe = run.execution(withArticles(query.query(), articles), parameters)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext() && rows.size() < page.limit()) {
                    Binding row = rs.nextBinding();
                    read++;
                    if (skip > 0)
                        skip--;
                    else
                        rows.add(row);
                }
            }
            // the next batch: enough sources for what is still wanted at the rate seen so far, within bounds
            long wanted = skip + page.limit() - rows.size();
            double perSource = Math.max(1.0, (double) read / (end - next));
            batch = (int) Math.min(LARGEST_BATCH, Math.max(FIRST_BATCH, Math.ceil(1.5 * wanted / perSource)));
            next = end;
            batches++;
        }
        LOG.debug("{}: {} sources put in order in {} ms, then {} rows read in {} batches ({} sources) in {} ms", query.name(),
                sources.size(), (ordered - start) / 1_000_000, rows.size(), batches, next, (System.nanoTime() - ordered) / 1_000_000);
        return rows;
    }

    /**
     * Each source's articles, the sources in the order ORDER BY ?source gives (as the query engine compares);
     * call inside a read transaction and use the lists inside it. In a TDB2 store the scan reads the
     * ng:source index as node ids and decodes only the sources (to sort them) and, when asked, the articles.
     */
    static List<List<Node>> articlesBySource(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg))
            return inOrder(byNodes(dsg), n -> n);
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        Map<NodeId, List<NodeId>> bySource = new LinkedHashMap<>();
        Iterator<Tuple<NodeId>> it = quads.findAsNodeIds(Node.ANY, Node.ANY, NG.source.asNode(), Node.ANY);
        if (it != null)
            it.forEachRemaining(q -> {
                if (q.get(0).equals(q.get(1)))
                    bySource.computeIfAbsent(q.get(3), s -> new ArrayList<>()).add(q.get(0));
            });
        Map<Node, List<NodeId>> decoded = new LinkedHashMap<>();
        bySource.forEach((source, articles) -> decoded.put(nodes.getNodeForNodeId(source), articles));
        return inOrder(decoded, nodes::getNodeForNodeId);
    }

    private static Map<Node, List<Node>> byNodes(DatasetGraph dsg) {
        Map<Node, List<Node>> bySource = new LinkedHashMap<>();
        dsg.findNG(Node.ANY, Node.ANY, NG.source.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject()))
                bySource.computeIfAbsent(q.getObject(), s -> new ArrayList<>()).add(q.getGraph());
        });
        return bySource;
    }

    /** The sources sorted, each with its articles (turned into nodes only when read). */
    private static <A> List<List<Node>> inOrder(Map<Node, List<A>> bySource, Function<A, Node> article) {
        List<Node> order = new ArrayList<>(bySource.keySet());
        if (order.stream().allMatch(SourcePages::isPlainString)) {
            // what ORDER BY does with two xsd:strings (String.compareTo), without a NodeValue per comparison
            order.sort(Comparator.comparing(Node::getLiteralLexicalForm));
        } else {
            Map<Node, NodeValue> values = new HashMap<>();
            order.forEach(n -> values.put(n, NodeValue.makeNode(n)));
            order.sort((a, b) -> NodeValue.compareAlways(values.get(a), values.get(b)));
        }
        List<List<Node>> articles = new ArrayList<>(order.size());
        for (Node source : order) {
            List<A> of = bySource.get(source);
            articles.add(new AbstractList<>() {
                @Override
                public Node get(int i) {
                    return article.apply(of.get(i));
                }

                @Override
                public int size() {
                    return of.size();
                }
            });
        }
        return articles;
    }

    private static boolean isPlainString(Node n) {
        return n.isLiteral() && XSDDatatype.XSDstring.equals(n.getLiteralDatatype()) && n.getLiteralLanguage().isEmpty();
    }

    /** A copy of the query whose {@code VALUES ?article { UNDEF }} hook holds these articles. */
    static Query withArticles(Query query, List<Node> articles) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementData data) {
                if (!data.getVars().equals(List.of(ARTICLE)) || data.getRows().size() != 1 || !data.getRows().get(0).isEmpty())
                    return data;
                List<Binding> rows = articles.stream().map(a -> BindingFactory.binding(ARTICLE, a)).toList();
                return new ElementData(List.of(ARTICLE), rows);
            }
        });
    }

    /** Builds a query execution with bindings. */
    @FunctionalInterface
    interface Execution {
        QueryExecution execution(Query query, Map<String, Node> parameters);
    }
}
