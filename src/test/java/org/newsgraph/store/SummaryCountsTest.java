package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.ArticleGraph;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NG;

/**
 * The counts kept across articles stay exactly what a recount from the article graphs gives, through
 * ingest, re-ingest of a changed article, delete by IRI and by source, and re-ingest after delete; and the
 * questions that read them answer as the first versions, which read the articles, do.
 */
class SummaryCountsTest {
    private static final NamedQueries NOW = NamedQueries.builder().directory(Path.of("queries")).classpath(false).build();
    private static final List<String> AGGREGATES = List.of("entities-mentioned-together", "most-quoted-speakers", "repeated-claims");

    @Test
    void countsEqualARecountThroughIngestReplaceAndDelete() {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            List<ArticleGraph> copies = new ArrayList<>();
            for (int k = 0; k < 3; k++)
                for (ArticleGraph g : StoreFixture.articles())
                    copies.add(copy(g, k));
            copies.forEach(store::replace);
            check(store, "after ingest");
            assertTrue(rows(store, NOW.get("repeated-claims").query()).size() > 0, "copies repeat their claims");

            ArticleGraph changed = withoutOneMentionAndClaim(copies.get(0));
            store.replace(changed);
            check(store, "after re-ingest of a changed article");

            store.replaceAll(List.of(copies.get(0), copies.get(3)));
            check(store, "after re-ingest of the article as it was, in a batch");

            store.replaceAll(List.of(changed, copies.get(2), copies.get(0), withoutOneMentionAndClaim(copies.get(2))));
            check(store, "after a batch that stores two articles twice each, the second time changed");

            store.replace(withSource(copies.get(0), "https://example.org/moved"));
            check(store, "after re-ingest of an article from another source");
            store.replace(copies.get(0));
            check(store, "after re-ingest from its own source again");

            assertThrows(IllegalStateException.class, () -> store.replaceAll(List.of(changed, broken(copies.get(4).iri()))));
            check(store, "after a batch that failed half-way");

            assertEquals(1, store.delete(copies.get(1).iri()).size());
            check(store, "after delete by IRI");
            assertFalse(store.delete(StoreFixture.A1_SOURCE + "#copy=2").isEmpty());
            check(store, "after delete by source");

            store.replace(copies.get(1));
            check(store, "after re-ingest of a deleted article");

            copies.forEach(c -> store.delete(c.iri()));
            check(store, "after deleting every article");
            Graph left = Txn.calculateRead(store.dataset(), () -> GraphFactory.createDefaultGraph());
            Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph().getDefaultGraph().find().forEachRemaining(left::add));
            assertEquals(1, left.size(), "only the number of articles counted is left: " + left.find().toList());
        }
    }

    @Test
    void aStoreWithoutCountsIsRecountedWhenOpenedAndItsExportLeavesThemOut(@TempDir Path dir) {
        try (ArticleStore store = ArticleStore.builder().directory(dir).build()) {
            StoreFixture.articles().forEach(store::replace);
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().getDefaultGraph().clear());
        }
        try (ArticleStore store = ArticleStore.builder().directory(dir).build()) {
            check(store, "after opening a store without counts");
            assertFalse(store.keepCounts(), "counted once");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.export(ExportFormat.parse("nquads"), out);
            String quads = out.toString(StandardCharsets.UTF_8);
            assertFalse(quads.contains(NG.articleCount.getURI()), "the counts are not exported");
            assertTrue(quads.contains(StoreFixture.A1), "the articles are");
        }
    }

    /**
     * The stored counts are a recount's, they agree with themselves (the articles counted are the graphs, and
     * each number of articles N that pairs reach holds the number of pair rows at N or above), and the
     * aggregate questions answer as their first versions, which read the articles.
     */
    private static void check(ArticleStore store, String when) {
        Txn.executeRead(store.dataset(), () -> {
            Graph stored = store.dataset().asDatasetGraph().getDefaultGraph();
            Graph recount = SummaryCounts.recount(store.dataset().asDatasetGraph());
            assertTrue(stored.isIsomorphicWith(recount), when + ": stored " + stored.size() + " triples, recount " + recount.size());
            long graphs = org.apache.jena.atlas.iterator.Iter.count(store.dataset().asDatasetGraph().listGraphNodes());
            assertEquals(graphs, number(stored, SummaryCounts.store(), NG.articleCount), when + ": articles counted");
            Map<Long, Long> reaching = new TreeMap<>();
            stored.find(Node.ANY, NG.entity1.asNode(), Node.ANY).forEachRemaining(t -> {
                for (long n = number(stored, t.getSubject(), NG.articleCount); n > 0; n--)
                    reaching.merge(n, 1L, Long::sum);
            });
            Map<Long, Long> levels = new TreeMap<>();
            stored.find(Node.ANY, NG.pairLevel.asNode(), Node.ANY).forEachRemaining(t -> levels.put(
                    ((Number) t.getObject().getLiteralValue()).longValue(), number(stored, t.getSubject(), NG.pairsAtLeast)));
            assertEquals(reaching, levels, when + ": pairs at or above each number of articles");
        });
        for (String name : AGGREGATES)
            assertEquals(rows(store, NamedQueries.parse(name, before(name)).query()), rows(store, NOW.get(name).query()), when + ": " + name);
    }

    private static List<String> rows(ArticleStore store, org.apache.jena.query.Query q) {
        ResultSetRewindable rs = store.select(q, Map.of(), null);
        List<String> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            StringBuilder b = new StringBuilder();
            for (String v : rs.getResultVars()) {
                RDFNode n = row.get(v);
                String text = n == null ? "-" : n.toString();
                if (v.equals("sources"))
                    text = String.join(" | ", new java.util.TreeSet<>(List.of(text.split(" \\| "))));
                b.append(text).append(" | ");
            }
            rows.add(b.toString());
        }
        return rows;
    }

    private static long number(Graph g, Node s, org.apache.jena.rdf.model.Property p) {
        List<Triple> found = g.find(s, p.asNode(), Node.ANY).toList();
        assertEquals(1, found.size(), "one " + p.getLocalName() + " of " + s + ": " + found);
        return ((Number) found.get(0).getObject().getLiteralValue()).longValue();
    }

    /** A graph that breaks while it is being copied into the store. */
    private static ArticleGraph broken(String iri) {
        GraphBase graph = new GraphBase() {
            @Override
            protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                throw new IllegalStateException("broken graph " + iri);
            }
        };
        return new ArticleGraph(iri, ModelFactory.createModelForGraph(graph));
    }

    /** Copy k of an article: its own IRIs and source made distinct, its entities shared. */
    private static ArticleGraph copy(ArticleGraph g, int k) {
        Model m = ModelFactory.createDefaultModel();
        g.model().getGraph().find().forEachRemaining(t -> {
            Node o = t.getObject();
            if (t.getPredicate().equals(NG.source.asNode()))
                o = NodeFactory.createLiteralString(o.getLiteralLexicalForm() + "#copy=" + k);
            else
                o = rename(o, k);
            m.getGraph().add(Triple.create(rename(t.getSubject(), k), t.getPredicate(), o));
        });
        return new ArticleGraph(rename(NodeFactory.createURI(g.iri()), k).getURI(), m);
    }

    private static Node rename(Node n, int k) {
        String id = "https://newsgraph.org/";
        if (n.isURI())
            for (String owned : List.of("article/", "claim/", "role/"))
                if (n.getURI().startsWith(id + owned))
                    return NodeFactory.createURI(id + owned + "copy-" + k + "-" + n.getURI().substring((id + owned).length()));
        return n;
    }

    /** The article with its {@code ng:source} changed. */
    private static ArticleGraph withSource(ArticleGraph g, String source) {
        Model m = ModelFactory.createDefaultModel();
        g.model().getGraph().find().forEachRemaining(t -> m.getGraph().add(t.getPredicate().equals(NG.source.asNode())
                ? Triple.create(t.getSubject(), t.getPredicate(), NodeFactory.createLiteralString(source)) : t));
        return new ArticleGraph(g.iri(), m);
    }

    /** The article with one entity reference and one claim's author taken away. */
    private static ArticleGraph withoutOneMentionAndClaim(ArticleGraph g) {
        Model m = ModelFactory.createDefaultModel().add(g.model());
        Triple ref = m.getGraph().find(Node.ANY, ITSRDF.taIdentRef.asNode(), Node.ANY).next();
        m.getGraph().delete(ref);
        Triple author = m.getGraph().find(Node.ANY, SchemaDO.author.asNode(), Node.ANY).next();
        m.getGraph().delete(author);
        return new ArticleGraph(g.iri(), m);
    }

    private static String before(String name) {
        try (InputStream in = SummaryCountsTest.class.getResourceAsStream("/store/queries-before/" + name + ".rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
