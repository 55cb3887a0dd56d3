package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.ResultRows;

/**
 * The whole answer of a query that pages by its inner query, read as the inner query's rows completed batch by batch,
 * is exactly the answer of the query run whole: the same rows in the same order, in a TDB2 store of 24 articles
 * (copies of the two fixture articles, each copy's entities under IRIs of their own but with the same names) and in
 * memory, by name (12 entities share it) or by IRI, for batches of every size and on one thread or two; also where
 * many rows tie in the ORDER BY, and where the inner query leaves a key unbound.
 */
class InnerBatchesTest {
    private static final NamedQueries QUERIES = NamedQueries.builder().directory(Path.of("queries")).classpath(false).build();
    private static final String PREFIXES = """
            PREFIX schema: <https://schema.org/>
            PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX ng:     <https://newsgraph.org/ontology#>
            """;
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
    @CsvSource({ "articles-mentioning, Huawei", "articles-mentioning, <https://newsgraph.org/person/liang-hua>",
            "entity-mentions, huawei", "entity-mentions, <https://newsgraph.org/person/liang-hua>" })
    void theWholeAnswerIsTheAnswerOfTheQueryRunWhole(String name, String entity) {
        NamedQuery q = QUERIES.get(name);
        assertTrue(InnerBatches.applies(q), name);
        Map<String, Node> bound = q.bind(Map.of("entity", entity));
        for (ArticleStore store : List.of(stores.tdb(), stores.memory())) {
            List<String> whole = ResultRows.exactRows(store.select(q.query(), bound, null));
            assertTrue(whole.size() >= 24, name + " has a row in every article: " + whole.size());
            assertEquals(whole, ResultRows.exactRows(store.select(q, bound, null)), name + " " + entity);
        }
    }

    @ParameterizedTest
    @CsvSource({ "articles-mentioning, Huawei, 1, 2", "articles-mentioning, Huawei, 5, 2", "articles-mentioning, huawei, 7, 1",
            "entity-mentions, Huawei, 1, 2", "entity-mentions, Huawei, 3, 2", "entity-mentions, huawei, 100, 2",
            "entity-mentions, Huawei, 2, 1" })
    void everyBatchSizeGivesTheSameAnswer(String name, String entity, int batchRows, int threads) {
        NamedQuery q = QUERIES.get(name);
        Map<String, Node> bound = q.bind(Map.of("entity", entity));
        assertEquals(ResultRows.exactRows(stores.tdb().select(q.query(), bound, null)), inBatches(q, bound, batchRows, threads),
                name + " in batches of " + batchRows + " rows on " + threads + " threads");
    }

    /**
     * Ordered by the article alone, most rows tie, and the query engine breaks those ties by the whole row, the mention's
     * hash ({@code ?a_hash}, first by name, in no relation to the order the rows come in) before anything else: a batch
     * must never end inside an article's rows, nor keep the order its rows came in.
     */
    @Test
    void rowsThatTieInEveryKeyStayInOneBatchSortedByTheQuery() throws IOException {
        NamedQuery q = custom("tied", """
                SELECT ?article ?a_hash ?mention WHERE {
                  { SELECT ?article ?m WHERE { GRAPH ?article { ?m itsrdf:taIdentRef ?e } } ORDER BY ?article }
                  GRAPH ?article { ?m nif:beginIndex ?begin ; nif:anchorOf ?mention }
                  BIND (MD5(STR(?m)) AS ?a_hash)
                }
                ORDER BY ?article
                """);
        assertTrue(InnerBatches.applies(q));
        List<String> whole = ResultRows.exactRows(stores.tdb().select(q.query(), Map.of(), null));
        assertTrue(whole.size() > 48, "several rows an article: " + whole.size());
        for (int size : new int[] { 1, 2, 5 })
            assertEquals(whole, inBatches(q, Map.of(), size, 2), "in batches of " + size);
    }

    /** A key the inner query leaves unbound in some rows is bound by the rest of the pattern: the answer is still the query's. */
    @Test
    void aKeyTheInnerQueryLeavesUnboundInSomeRowsStillGivesTheQuerysAnswer() throws IOException {
        NamedQuery q = custom("unbound", """
                SELECT ?source ?article WHERE {
                  { SELECT ?article ?source WHERE {
                      GRAPH ?article { ?article nif:isString ?text OPTIONAL { ?article ng:source ?source FILTER (CONTAINS(?source, "copy=3")) } }
                  } ORDER BY ?source ?article }
                  GRAPH ?article { ?article ng:source ?source }
                }
                ORDER BY ?source ?article
                """);
        assertTrue(InnerBatches.applies(q));
        List<String> whole = ResultRows.exactRows(stores.tdb().select(q.query(), Map.of(), null));
        assertEquals(24, whole.size());
        assertEquals(whole, inBatches(q, Map.of(), 1, 2));
    }

    @Test
    void aQueryOrderedOtherwiseThanByTheInnerRowsIsRunWhole() throws IOException {
        NamedQuery q = custom("other-order", """
                SELECT ?article ?headline WHERE {
                  { SELECT ?article WHERE { GRAPH ?article { ?article ng:source ?s } } ORDER BY ?article }
                  GRAPH ?article { OPTIONAL { ?article schema:headline ?headline } }
                }
                ORDER BY ?headline ?article
                """);
        assertFalse(InnerBatches.applies(q), "?headline is not a row of the inner query");
    }

    @Test
    void aQueryWhoseOuterPartSpansTheInnerRowsIsRunWhole() throws IOException {
        NamedQuery distinct = custom("outer-distinct", """
                SELECT DISTINCT ?headline WHERE {
                  { SELECT ?article ?headline0 WHERE { GRAPH ?article { ?article ng:source ?s } } ORDER BY ?article }
                  GRAPH ?article { OPTIONAL { ?article schema:headline ?headline } }
                }
                ORDER BY ?article
                """);
        assertFalse(InnerBatches.applies(distinct), "a DISTINCT over the outer rows would let batches repeat a row");
        NamedQuery grouped = custom("outer-group", """
                SELECT ?article (COUNT(?headline) AS ?n) WHERE {
                  { SELECT ?article WHERE { GRAPH ?article { ?article ng:source ?s } } ORDER BY ?article }
                  GRAPH ?article { OPTIONAL { ?article schema:headline ?headline } }
                }
                GROUP BY ?article
                ORDER BY ?article
                """);
        assertFalse(InnerBatches.applies(grouped), "a group may span two batches");
    }

    private static List<String> inBatches(NamedQuery q, Map<String, Node> bound, int batchRows, int threads) {
        List<Binding> rows = InnerBatches.rows(stores.tdb().dataset(), q, bound, threads, batchRows, stores::execution);
        List<Var> vars = q.query().getProjectVars();
        return ResultRows.exactRows(ResultSetFactory.makeRewindable(ResultSet.adapt(RowSetStream.create(vars, rows.iterator()))));
    }

    private static NamedQuery custom(String name, String body) throws IOException {
        Path d = Files.createDirectories(dir.resolve("queries-" + name));
        Files.writeString(d.resolve(name + ".rq"), "# A test query.\n# Pages: by its inner query\n" + PREFIXES + body);
        return NamedQueries.builder().directory(d).classpath(false).build().get(name);
    }
}
