package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.ResultRows;

/**
 * A whole list read batch of sources by batch, on several threads, is exactly the answer of the query run whole:
 * the same rows in the same order, in a TDB2 store of 24 articles (copies of the two fixture articles, two of them
 * sharing a source) and in memory, for batches of every size from one article to all of them.
 */
class SourceBatchesTest {
    private static final NamedQueries QUERIES = NamedQueries.builder().directory(Path.of("queries")).classpath(false).build();
    @TempDir
    static Path dir;
    private static StoreFixture.CopiedStores stores;

    @BeforeAll
    static void fill() {
        stores = StoreFixture.CopiedStores.under(dir);
    }

    @AfterAll
    static void close() {
        stores.close();
    }

    @ParameterizedTest
    @ValueSource(strings = { "mentions", "claim-offsets", "who-said-what" })
    void theWholeListIsTheAnswerOfTheQueryRunWhole(String name) {
        NamedQuery q = QUERIES.get(name);
        for (ArticleStore store : List.of(stores.tdb(), stores.memory())) {
            List<String> whole = ResultRows.exactRows(store.select(q.query(), Map.of(), null));
            assertTrue(whole.size() >= 40, name + " has rows from many sources: " + whole.size());
            assertEquals(whole, ResultRows.exactRows(store.select(q, Map.of(), null)), name);
        }
    }

    @Test
    void theMentionsListCarriesTheLinksKeptAcrossArticles() {
        List<String> rows = ResultRows.exactRows(stores.tdb().select(QUERIES.get("mentions"), Map.of(), null));
        assertTrue(rows.stream().anyMatch(r -> r.contains("dbpedia.org/resource/")), "some mention's entity has a link: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith(" | - | ")), "and some has none");
    }

    @ParameterizedTest
    @CsvSource({ "mentions, 1, 2", "mentions, 5, 2", "mentions, 7, 3", "who-said-what, 1, 2", "who-said-what, 4, 2",
            "claim-offsets, 2, 2", "claim-offsets, 100, 2", "mentions, 3, 1" })
    void everyBatchSizeGivesTheSameAnswer(String name, int batchArticles, int threads) {
        NamedQuery q = QUERIES.get(name);
        List<String> whole = ResultRows.exactRows(stores.tdb().select(q.query(), Map.of(), null));
        List<Binding> rows = SourceBatches.rows(stores.tdb().dataset(), q, Map.of(), threads, batchArticles, stores::execution);
        List<Var> vars = q.query().getProjectVars();
        assertEquals(whole, ResultRows.exactRows(ResultSetFactory.makeRewindable(ResultSet.adapt(RowSetStream.create(vars,
                rows.iterator())))), name + " in batches of " + batchArticles + " articles on " + threads + " threads");
    }

    @Test
    void aSourceIsNeverSplitAcrossBatches() {
        List<List<Node>> sources = Txn.calculateRead(stores.tdb().dataset(), () -> SourcePages.articlesBySource(stores.tdb().dataset().asDatasetGraph()));
        List<Node> shared = sources.stream().filter(a -> a.size() == 2).findFirst().orElseThrow();
        List<Node> sharedNodes = Txn.calculateRead(stores.tdb().dataset(), () -> new ArrayList<>(shared));
        for (int size = 1; size <= 25; size++) {
            int each = size;
            List<List<Node>> batches = Txn.calculateRead(stores.tdb().dataset(), () -> SourceBatches.batches(
                    SourcePages.articlesBySource(stores.tdb().dataset().asDatasetGraph()), each));
            assertEquals(24, batches.stream().mapToInt(List::size).sum(), "batches of " + size);
            assertTrue(batches.stream().anyMatch(b -> b.containsAll(sharedNodes)), "the two articles of one source in one batch of " + size);
            assertTrue(batches.stream().allMatch(b -> b.size() <= each + 1), "batches of about " + size + ": " + batches);
        }
    }
}
