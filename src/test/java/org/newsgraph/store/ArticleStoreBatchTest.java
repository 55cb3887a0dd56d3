package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.newsgraph.graph.ArticleGraph;

/** Several articles in one write transaction: all of them or none. And the hash lookup for skipping. */
class ArticleStoreBatchTest {
    private static ArticleGraph article(String iri, String headline) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(iri).addProperty(SchemaDO.headline, headline);
        return new ArticleGraph(iri, m);
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

    private static long graphs(ArticleStore store) {
        return Txn.calculateRead(store.dataset(), () -> org.apache.jena.atlas.iterator.Iter.count(store.dataset().asDatasetGraph().listGraphNodes()));
    }

    @Test
    void aBatchIsStoredWhole() {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            store.replaceAll(List.of(article("https://example.org/a", "A"), article("https://example.org/b", "B")));
            assertEquals(2, graphs(store));
        }
    }

    @Test
    void aBatchWithABrokenGraphLeavesNothingOfIt() {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            store.replace(article("https://example.org/a", "old A"));
            assertThrows(IllegalStateException.class, () -> store.replaceAll(List.of(article("https://example.org/a", "new A"),
                    broken("https://example.org/x"), article("https://example.org/b", "B"))));
            assertEquals(1, graphs(store));
            String headline = Txn.calculateRead(store.dataset(), () -> store.dataset().getNamedModel("https://example.org/a")
                    .listObjectsOfProperty(SchemaDO.headline).next().asLiteral().getString());
            assertEquals("old A", headline, "the failed batch must not have replaced A");
        }
    }

    @Test
    void articlesJoinAnOpenBatchOneByOneAndAreStoredAtItsCommit() {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            store.replace(article("https://example.org/a", "old A"));
            try (ArticleBatch batch = store.beginBatch()) {
                batch.add(article("https://example.org/a", "new A"));
                batch.add(article("https://example.org/b", "B"));
                assertEquals(2, batch.size());
                batch.commit();
                assertThrows(IllegalStateException.class, () -> batch.add(article("https://example.org/c", "C")));
            }
            assertEquals(2, graphs(store));
            String counted = Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().getDefaultGraph()
                    .find(SummaryCounts.store(), org.newsgraph.vocab.NG.articleCount.asNode(), org.apache.jena.graph.Node.ANY)
                    .next().getObject().getLiteralLexicalForm());
            assertEquals("2", counted, "the counts kept across articles are committed with them");
            String headline = Txn.calculateRead(store.dataset(), () -> store.dataset().getNamedModel("https://example.org/a")
                    .listObjectsOfProperty(SchemaDO.headline).next().asLiteral().getString());
            assertEquals("new A", headline);
        }
    }

    @Test
    void aBatchClosedWithoutItsCommitStoresNoneOfItsArticles() {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            try (ArticleBatch batch = store.beginBatch()) {
                batch.add(article("https://example.org/a", "A"));
                assertThrows(IllegalStateException.class, () -> batch.add(broken("https://example.org/x")));
            }
            assertEquals(0, graphs(store));
            store.replace(article("https://example.org/b", "B")); // the store takes writes again
            assertEquals(1, graphs(store));
        }
    }

    @Test
    void anEmptyStoreHasNoHashes() {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            assertTrue(store.contentHashes("fast").isEmpty());
        }
    }

    @Test
    void aBatchWhoseAddFailedCannotCommit() {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            try (ArticleBatch batch = store.beginBatch()) {
                batch.add(article("https://example.org/a", "A"));
                assertThrows(IllegalStateException.class, () -> batch.add(broken("https://example.org/x")));
                IllegalStateException e = assertThrows(IllegalStateException.class, batch::commit);
                assertTrue(e.getMessage().contains("failed"), e.getMessage());
            }
            assertEquals(0, graphs(store), "nothing of the failed batch is stored");
        }
    }
}
