package org.newsgraph.store;

import org.newsgraph.ResultRows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.graph.ArticleGraph;
import org.newsgraph.vocab.NG;

/**
 * A page of a query that pages by source is read source by source, and is still the same slice of the
 * same ordered answer: on a store of 24 articles (copies of the two fixture articles, two of them sharing
 * one source), every page equals the slice of the whole answer, across source boundaries.
 */
class SourcePagesTest {
    private static final NamedQueries QUERIES = NamedQueries.builder().directory(Path.of("queries")).classpath(false).build();
    private static final String ID = "https://newsgraph.org/";
    private static ArticleStore store;

    @BeforeAll
    static void fill() {
        store = ArticleStore.builder().inMemory().build();
        for (int k = 0; k < 12; k++)
            for (ArticleGraph g : StoreFixture.articles())
                store.replace(copy(g, k));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = { "mentions", "claim-offsets", "who-said-what" })
    void everyPageIsTheSliceOfTheWholeAnswer(String name) {
        NamedQuery q = QUERIES.get(name);
        assertTrue(SourcePages.applies(q), name + " pages by source");
        List<String> all = rows(store.select(q.query(), Map.of(), null));
        assertTrue(all.size() >= 40, name + " has rows from many sources: " + all.size());
        int n = all.size();
        long[][] pages = { { 1, 0 }, { 3, 2 }, { 7, 5 }, { 50, 13 }, { 10, n - 3 }, { 5, n }, { n + 10, 0 }, { 17, n / 2 } };
        for (long[] p : pages) {
            QueryPage page = new QueryPage(p[0], p[1]);
            List<String> expected = all.subList((int) Math.min(n, p[1]), (int) Math.min(n, p[1] + p[0]));
            assertEquals(expected, rows(store.select(q, Map.of(), page, null)), name + " page " + page);
        }
    }

    /** A query that pages by its inner query: every page is the slice of the whole answer too, for a name or an IRI. */
    @ParameterizedTest
    @CsvSource({ "articles-mentioning, Huawei", "articles-mentioning, <https://newsgraph.org/person/liang-hua>",
            "entity-mentions, huawei", "entity-mentions, <https://newsgraph.org/person/liang-hua>" })
    void everyPageOfAnInnerQueryIsTheSliceOfTheWholeAnswer(String name, String entity) {
        NamedQuery q = QUERIES.get(name);
        assertEquals(NamedQuery.Pages.BY_INNER_QUERY, q.pages());
        assertTrue(InnerPages.applies(q) && !SourcePages.applies(q), name);
        Map<String, Node> bound = q.bind(Map.of("entity", entity));
        List<String> all = rows(store.select(q.query(), bound, null));
        assertTrue(all.size() >= 24, name + " has a row in every article: " + all.size());
        int n = all.size();
        long[][] pages = { { 1, 0 }, { 3, 2 }, { 7, 5 }, { 10, n - 3 }, { 5, n }, { n + 10, 0 }, { 17, n / 2 } };
        for (long[] p : pages) {
            QueryPage page = new QueryPage(p[0], p[1]);
            List<String> expected = all.subList((int) Math.min(n, p[1]), (int) Math.min(n, p[1] + p[0]));
            assertEquals(expected, rows(store.select(q, bound, page, null)), name + " page " + page);
        }
        assertFalse(InnerPages.applyTo(q.query(), QueryPage.first(5)).hasLimit(), "the page is set on the inner query only");
    }

    @ParameterizedTest
    @ValueSource(strings = { "mentions", "claim-offsets", "who-said-what" })
    void theHookHoldsABatchToTheArticlesInIt(String name) {
        NamedQuery q = QUERIES.get(name);
        Node one = NodeFactory.createURI(ID + "article/copy-3-a1");
        Node other = NodeFactory.createURI(ID + "article/copy-7-b2");
        ResultSetRewindable rs = store.select(SourcePages.withArticles(q.query(), List.of(one, other)), Map.of(), null);
        List<String> articles = new ArrayList<>();
        rs.forEachRemaining(row -> articles.add(row.getResource("article").getURI()));
        assertFalse(articles.isEmpty());
        assertTrue(articles.contains(one.getURI()) && articles.contains(other.getURI()), name + ": " + articles);
        assertTrue(articles.stream().allMatch(a -> a.equals(one.getURI()) || a.equals(other.getURI())), name + ": " + articles);
    }

    @Test
    void sourcesComeInTheOrderOfOrderBy() {
        List<List<Node>> sources = org.apache.jena.system.Txn.calculateRead(store.dataset(),
                () -> SourcePages.articlesBySource(store.dataset().asDatasetGraph()));
        assertEquals(23, sources.size(), "24 articles, two of them from one source");
        assertTrue(sources.stream().anyMatch(articles -> articles.size() == 2));
        // the same order from the node-id scan of TDB2 and from the quads of any other dataset
        org.apache.jena.sparql.core.DatasetGraph plain = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        List<List<String>> fromIds = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
            store.dataset().asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(plain::add);
            return names(SourcePages.articlesBySource(store.dataset().asDatasetGraph()));
        });
        assertEquals(fromIds, names(SourcePages.articlesBySource(plain)));
        List<String> firsts = fromIds.stream().map(a -> a.get(0)).toList();
        assertTrue(firsts.indexOf(ID + "article/copy-10-a1") < firsts.indexOf(ID + "article/copy-2-a1"), "\"#copy=10\" sorts before \"#copy=2\"");
    }

    private static List<List<String>> names(List<List<Node>> sources) {
        return sources.stream().map(articles -> articles.stream().map(Node::getURI).sorted().toList()).toList();
    }

    @Test
    void aQueryWithoutTheHeaderOrTheHookIsPagedByItsLimit() {
        NamedQuery plain = QUERIES.get("most-quoted-speakers");
        assertFalse(SourcePages.applies(plain));
        NamedQuery noHook = NamedQueries.parse("x", "# Pages: by ?source\nPREFIX ng: <https://newsgraph.org/ontology#>\n"
                + "SELECT ?source WHERE { GRAPH ?article { ?article ng:source ?source } } ORDER BY ?source");
        assertTrue(noHook.pagedBySource());
        assertFalse(SourcePages.applies(noHook), "no VALUES ?article hook");
        List<String> all = rows(store.select(noHook.query(), Map.of(), null));
        assertEquals(all.subList(2, 5), rows(store.select(noHook, Map.of(), new QueryPage(3, 2), null)));
    }

    /** Copy k of an article: its own IRIs and source made distinct; copies 5 and 6 of the first article share a source. */
    static ArticleGraph copy(ArticleGraph g, int k) {
        Model m = ModelFactory.createDefaultModel();
        boolean first = g.iri().equals(StoreFixture.A1);
        g.model().getGraph().find().forEachRemaining(t -> {
            Node o = t.getObject();
            if (t.getPredicate().equals(NG.source.asNode()))
                o = NodeFactory.createLiteralString(first && (k == 5 || k == 6) ? "shared-source" : o.getLiteralLexicalForm() + "#copy=" + k);
            else
                o = rename(o, k);
            m.getGraph().add(Triple.create(rename(t.getSubject(), k), t.getPredicate(), o));
        });
        return new ArticleGraph(rename(NodeFactory.createURI(g.iri()), k).getURI(), m);
    }

    private static Node rename(Node n, int k) {
        if (!n.isURI())
            return n;
        for (String owned : List.of("article/", "claim/", "role/"))
            if (n.getURI().startsWith(ID + owned))
                return NodeFactory.createURI(ID + owned + "copy-" + k + "-" + n.getURI().substring((ID + owned).length()));
        return n;
    }

    private static List<String> rows(ResultSetRewindable rs) {
        return ResultRows.exactRows(rs);
    }
}
