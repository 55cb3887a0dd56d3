package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
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
     * Read in parts (the entities a name stands for dealt out, each part the query itself without its ORDER BYs), the
     * whole answer of {@code entity-mentions} is exactly the query's, by name or by IRI, on one thread or more, in both
     * stores; and it is the answer the batches give.
     */
    @ParameterizedTest
    @CsvSource({ "Huawei, 1", "Huawei, 2", "huawei, 3", "<https://newsgraph.org/person/liang-hua>, 2" })
    void inPartsTheWholeAnswerIsTheQuerysAnswer(String entity, int threads) {
        NamedQuery q = QUERIES.get("entity-mentions");
        assertTrue(SeedParts.applies(q.query()));
        assertSameAnswerInParts(q, q.bind(Map.of("entity", entity)), threads);
    }

    /** The same where the seed has many rows (every named entity), so that the parts are many and uneven. */
    @ParameterizedTest
    @CsvSource({ "1", "2", "3" })
    void inManyPartsTheWholeAnswerIsTheQuerysAnswer(int threads) throws IOException {
        NamedQuery q = everyMention();
        assertTrue(SeedParts.applies(q.query()));
        assertSameAnswerInParts(q, Map.of(), threads);
    }

    private static void assertSameAnswerInParts(NamedQuery q, Map<String, Node> bound, int threads) {
        for (ArticleStore store : List.of(stores.tdb(), stores.memory())) {
            String label = store == stores.tdb() ? "TDB2 directory" : "in memory";
            List<String> whole = ResultRows.exactRows(store.select(q.query(), bound, null));
            assertTrue(whole.size() >= 24, "a row in every article: " + whole.size());
            List<Binding> parts = SeedParts.rows(store.dataset(), q, bound, threads, execution(store));
            assertNotNull(parts, "no two mentions tie in article, offsets and entity");
            assertEquals(whole, exact(q, parts), bound + " in parts on " + threads + " threads, " + label);
            assertEquals(exact(q, InnerBatches.batched(store.dataset(), q, bound, threads, 7, execution(store))), exact(q, parts),
                    "the batches' answer, " + label);
            assertEquals(whole, ResultRows.exactRows(store.select(q, bound, null)), "as the store reads it, " + label);
        }
    }

    /** The parts together hold every row of the query once: as many parts as the threads ask for, up to the seed's rows. */
    @Test
    void thePartsShareTheSeedOut() throws IOException {
        NamedQuery q = everyMention();
        List<Query> parts = Txn.calculateRead(stores.tdb().dataset(), () -> SeedParts.parts(q.query(), Map.of(), 2, stores::execution));
        int named = ResultRows.exactRows(stores.tdb().select(org.apache.jena.query.QueryFactory.create(PREFIXES
                + "SELECT DISTINCT ?e WHERE { ?e schema:name ?n }"), Map.of(), null)).size();
        assertTrue(named > 1, "several named entities: " + named);
        assertEquals(Math.min(named, 2 * SeedParts.PARTS_PER_THREAD), parts.size(), "a part for each entity, up to the parts two threads get");
        List<String> rows = new ArrayList<>();
        for (Query part : parts) {
            List<String> partRows = exact(q, Txn.calculateRead(stores.tdb().dataset(), () -> SourceBatches.runBatch(part, Map.of(), stores::execution)));
            assertFalse(partRows.isEmpty(), "every part has rows (each entity is mentioned)");
            rows.addAll(partRows);
        }
        List<String> whole = new ArrayList<>(ResultRows.exactRows(stores.tdb().select(q.query(), Map.of(), null)));
        Collections.sort(rows);
        Collections.sort(whole);
        assertEquals(whole, rows);
        NamedQuery one = QUERIES.get("entity-mentions");
        Map<String, Node> byIri = one.bind(Map.of("entity", "<https://newsgraph.org/person/liang-hua>"));
        assertEquals(1, Txn.calculateRead(stores.tdb().dataset(), () -> SeedParts.parts(one.query(), byIri, 2, stores::execution)).size(),
                "an entity asked by its IRI is one part");
    }

    /** {@code entity-mentions} for every entity with a name: its seed has as many rows as there are such entities (many parts, each with the article's text read apart). */
    private static NamedQuery everyMention() throws IOException {
        return custom("every-mention", """
                SELECT ?source ?article ?headline ?begin ?end ?mention ?sentenceText ?e WHERE {
                  { SELECT ?article ?begin ?end ?e ?m WHERE {
                      { SELECT DISTINCT ?e WHERE { ?e schema:name ?n } }
                      GRAPH ?article { ?m itsrdf:taIdentRef ?e ; nif:beginIndex ?begin ; nif:endIndex ?end }
                  } ORDER BY ?article ?begin ?end ?e }
                  GRAPH ?article { ?article ng:source ?source . OPTIONAL { ?article schema:headline ?headline } }
                  GRAPH ?article { ?m nif:anchorOf ?mention . OPTIONAL { ?m ng:sentence/nif:anchorOf ?sentenceText } }
                }
                ORDER BY ?article ?begin ?end ?e
                """);
    }

    /**
     * {@code entity-mentions} reads the article's source and headline apart from the mention's text (a GRAPH block each):
     * its answer is exactly that of the query as it was written before, one GRAPH block for both, whole and a page, by
     * name and by IRI, run plainly or as the store reads it.
     */
    @ParameterizedTest
    @CsvSource({ "Huawei", "<https://newsgraph.org/person/liang-hua>" })
    void theArticlesTextReadApartGivesTheAnswerOfOneGraphBlock(String entity) throws IOException {
        NamedQuery q = QUERIES.get("entity-mentions");
        NamedQuery before = oneGraphBlock();
        Map<String, Node> bound = q.bind(Map.of("entity", entity));
        for (ArticleStore store : List.of(stores.tdb(), stores.memory())) {
            List<String> expected = ResultRows.exactRows(store.select(before.query(), bound, null));
            assertTrue(expected.size() >= 24, "a row in every article: " + expected.size());
            assertEquals(expected, ResultRows.exactRows(store.select(before, bound, null)), "before, as the store reads the whole answer");
            assertEquals(expected, ResultRows.exactRows(store.select(q.query(), bound, null)), "run plainly");
            assertEquals(expected, ResultRows.exactRows(store.select(q, bound, null)), "as the store reads the whole answer");
            assertEquals(expected.subList(3, 13), ResultRows.exactRows(store.select(q, bound, new QueryPage(10, 3), null)), "a page");
        }
    }

    /** The element read apart: the article's, keyed by ?article, adding ?source and ?headline; none where one GRAPH block holds all. */
    @Test
    void theArticlesElementIsReadOnceAnArticle() throws IOException {
        NamedQuery q = QUERIES.get("entity-mentions");
        KeyedElement keyed = KeyedElement.of(q.query());
        assertNotNull(keyed);
        assertEquals("[?article] [?source, ?headline]", keyed.toString());
        assertNull(KeyedElement.of(oneGraphBlock().query()), "one element only: nothing needs less than another");
        assertFalse(keyed.uses(java.util.Set.of("entity", "entityKey")));
        // a row without its key: the part is read with the element instead
        assertNull(keyed.join(q.query(), List.of(BindingBuilder.create().add(Var.alloc("m"), org.apache.jena.graph.NodeFactory.createURI("urn:x")).build()),
                q.query().getProjectVars(), Map.of(), stores::execution));
        NamedQuery shared = custom("added-used-elsewhere", """
                SELECT ?article ?m ?source WHERE {
                  { SELECT ?article ?m WHERE { { SELECT DISTINCT ?e WHERE { ?e ng:nameKey "huawei" } }
                      GRAPH ?article { ?m itsrdf:taIdentRef ?e } } ORDER BY ?article ?m }
                  GRAPH ?article { ?article ng:source ?source }
                  GRAPH ?article { ?m nif:anchorOf ?mention . ?article ng:source ?source }
                }
                ORDER BY ?article ?m
                """);
        assertNull(KeyedElement.of(shared.query()), "?source is bound by the other element too");
    }

    /** {@code entity-mentions} as it was written before the article's text was read apart. */
    private static NamedQuery oneGraphBlock() throws IOException {
        return custom("one-graph-block", """
                SELECT ?source ?article ?headline ?begin ?end ?mention ?sentenceText ?e WHERE {
                  { SELECT ?article ?begin ?end ?e ?m WHERE {
                      { SELECT DISTINCT ?e WHERE {
                          { ?entity schema:name ?n . BIND (?entity AS ?e) }
                          UNION
                          { ?e ng:nameKey ?entityKey ; schema:name ?n . FILTER (isLiteral(?entity) && LCASE(STR(?n)) = ?entityKey) }
                      } }
                      GRAPH ?article { ?m itsrdf:taIdentRef ?e ; nif:beginIndex ?begin ; nif:endIndex ?end }
                  } ORDER BY ?article ?begin ?end ?e }
                  GRAPH ?article {
                    ?article ng:source ?source .
                    OPTIONAL { ?article schema:headline ?headline }
                    ?m nif:anchorOf ?mention .
                    OPTIONAL { ?m ng:sentence/nif:anchorOf ?sentenceText }
                  }
                }
                ORDER BY ?article ?begin ?end ?e
                """);
    }

    /**
     * Rows that tie in every key (an article's mentions, ordered by the article alone) are ordered as the query engine
     * orders them, by the whole row before it is projected, the mention's node ({@code ?m}, not returned) included: read
     * in parts, the answer is still exactly the query's, on one thread or more, with no second read of the whole answer.
     */
    @ParameterizedTest
    @CsvSource({ "1", "2", "3" })
    void rowsThatTieInEveryKeyWithinAPartComeInTheQuerysOrder(int threads) throws IOException {
        NamedQuery q = custom("tied-parts", """
                SELECT ?article ?mention WHERE {
                  { SELECT ?article ?m WHERE {
                      { SELECT DISTINCT ?e WHERE { ?e ng:nameKey "huawei" } }
                      GRAPH ?article { ?m itsrdf:taIdentRef ?e }
                  } ORDER BY ?article }
                  GRAPH ?article { ?m nif:anchorOf ?mention }
                }
                ORDER BY ?article
                """);
        assertTrue(SeedParts.applies(q.query()));
        for (ArticleStore store : List.of(stores.tdb(), stores.memory())) {
            List<String> whole = ResultRows.exactRows(store.select(q.query(), Map.of(), null));
            assertTrue(whole.size() > 24, "several mentions an article: " + whole.size());
            assertEquals(whole, exact(q, SeedParts.rows(store.dataset(), q, Map.of(), threads, execution(store))), threads + " threads");
        }
        assertEquals(ResultRows.exactRows(stores.tdb().select(q.query(), Map.of(), null)), inBatches(q, Map.of(), 500, 2));
    }

    /**
     * The same for every entity's mentions ordered by article and entity (an entity's mentions in an article tie), with
     * the article's text read apart ({@link KeyedElement}) and the sentence's through a path (its node a variable of the
     * engine's own, the first it compares when it breaks ties).
     */
    @ParameterizedTest
    @CsvSource({ "1", "2", "3" })
    void tiedRowsWithTheArticlesTextReadApartComeInTheQuerysOrder(int threads) throws IOException {
        NamedQuery q = custom("tied-every-mention", """
                SELECT ?source ?article ?headline ?mention ?sentenceText ?e WHERE {
                  { SELECT ?article ?e ?m WHERE {
                      { SELECT DISTINCT ?e WHERE { ?e schema:name ?n } }
                      GRAPH ?article { ?m itsrdf:taIdentRef ?e }
                  } ORDER BY ?article ?e }
                  GRAPH ?article { ?article ng:source ?source . OPTIONAL { ?article schema:headline ?headline } }
                  GRAPH ?article { ?m nif:anchorOf ?mention . OPTIONAL { ?m ng:sentence/nif:anchorOf ?sentenceText } }
                }
                ORDER BY ?article DESC(?e)
                """);
        assertNotNull(KeyedElement.of(q.query()));
        for (ArticleStore store : List.of(stores.tdb(), stores.memory())) {
            List<String> whole = ResultRows.exactRows(store.select(q.query(), Map.of(), null));
            assertEquals(whole, exact(q, SeedParts.rows(store.dataset(), q, Map.of(), threads, execution(store))), threads + " threads");
            assertEquals(whole, ResultRows.exactRows(store.select(q, Map.of(), null)), "as the store reads it");
        }
    }

    /**
     * Rows of two parts that tie in every key (an article's mentions of two entities, ordered by the article alone)
     * cannot be put in order from the parts: they give way to the batches, which give the query's order.
     */
    @Test
    void rowsOfTwoPartsThatTieInEveryKeyGiveWayToTheBatches() throws IOException {
        NamedQuery q = custom("tied-across-parts", """
                SELECT ?article ?mention WHERE {
                  { SELECT ?article ?m WHERE {
                      { SELECT DISTINCT ?e WHERE { ?e schema:name ?n } }
                      GRAPH ?article { ?m itsrdf:taIdentRef ?e }
                  } ORDER BY ?article }
                  GRAPH ?article { ?m nif:anchorOf ?mention }
                }
                ORDER BY ?article
                """);
        List<String> whole = ResultRows.exactRows(stores.tdb().select(q.query(), Map.of(), null));
        assertNull(SeedParts.rows(stores.tdb().dataset(), q, Map.of(), 2, stores::execution));
        assertEquals(whole, exact(q, InnerBatches.rows(stores.tdb().dataset(), q, Map.of(), 2, 500, stores::execution)));
        assertEquals(whole, exact(q, SeedParts.rows(stores.tdb().dataset(), q, Map.of(), 1, stores::execution)), "one part: no two parts to tie");
    }

    /** An inner query that groups, counts or keeps distinct rows could span the parts: it is not read in parts. */
    @Test
    void anInnerQueryThatGroupsOrIsDistinctIsNotReadInParts() throws IOException {
        assertFalse(SeedParts.applies(QUERIES.get("articles-mentioning").query()), "its inner query counts mentions by article");
        NamedQuery distinct = custom("distinct-parts", """
                SELECT ?article ?source WHERE {
                  { SELECT DISTINCT ?article WHERE {
                      { SELECT DISTINCT ?e WHERE { ?e ng:nameKey "huawei" } }
                      GRAPH ?article { ?m itsrdf:taIdentRef ?e }
                  } ORDER BY ?article }
                  GRAPH ?article { ?article ng:source ?source }
                }
                ORDER BY ?article
                """);
        assertFalse(SeedParts.applies(distinct.query()), "two entities' parts could both hold an article");
        assertEquals(ResultRows.exactRows(stores.tdb().select(distinct.query(), Map.of(), null)), inBatches(distinct, Map.of(), 500, 2));
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

    /** The answer as the batches of the inner query's rows give it (whatever else {@link InnerBatches#rows} would do first). */
    private static List<String> inBatches(NamedQuery q, Map<String, Node> bound, int batchRows, int threads) {
        return exact(q, InnerBatches.batched(stores.tdb().dataset(), q, bound, threads, batchRows, stores::execution));
    }

    /** An execution on this store as the store runs one: parameters bound, union default graph. */
    private static SourcePages.Execution execution(ArticleStore store) {
        return (query, parameters) -> {
            BindingBuilder b = BindingBuilder.create();
            parameters.forEach((n, v) -> b.add(Var.alloc(n), v));
            return QueryExecution.dataset(store.dataset()).query(query).substitution(b.build()).set(TDB2.symUnionDefaultGraph, true).build();
        };
    }

    private static List<String> exact(NamedQuery q, List<Binding> rows) {
        List<Var> vars = q.query().getProjectVars();
        return ResultRows.exactRows(ResultSetFactory.makeRewindable(ResultSet.adapt(RowSetStream.create(vars, rows.iterator()))));
    }

    private static NamedQuery custom(String name, String body) throws IOException {
        Path d = Files.createDirectories(dir.resolve("queries-" + name));
        Files.writeString(d.resolve(name + ".rq"), "# A test query.\n# Pages: by its inner query\n" + PREFIXES + body);
        return NamedQueries.builder().directory(d).classpath(false).build().get(name);
    }
}
