package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.error.BadInputException;
import org.newsgraph.graph.ArticleGraph;

class ArticleStoreTest {
    @TempDir
    Path tmp;

    private static ArticleStore filled(ArticleStore store) {
        StoreFixture.articles().forEach(store::replace);
        return store;
    }

    private static long fixtureQuads() {
        Dataset ds = StoreFixture.dataset();
        return Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().count());
    }

    @Test
    void reingestKeepsTheQuadCountInMemoryAndOnDisk() {
        for (ArticleStore store : List.of(ArticleStore.builder().inMemory().build(),
                ArticleStore.builder().directory(tmp.resolve("db")).build())) {
            try (store) {
                filled(store);
                long once = store.stats().quads();
                assertEquals(fixtureQuads(), once);
                filled(store);
                assertEquals(once, store.stats().quads());
            }
        }
    }

    @Test
    void replaceSwapsTheWholeGraphOfOneArticle() {
        try (ArticleStore store = filled(ArticleStore.builder().inMemory().build())) {
            Model small = ModelFactory.createDefaultModel();
            small.add(small.createResource(StoreFixture.A1), small.createProperty("https://schema.org/headline"), "Replaced");
            store.replace(new ArticleGraph(StoreFixture.A1, small));
            Dataset ds = store.dataset();
            long a1 = Txn.calculateRead(ds, () -> ds.getNamedModel(StoreFixture.A1).size());
            long b2 = Txn.calculateRead(ds, () -> ds.getNamedModel(StoreFixture.B2).size());
            assertEquals(1, a1);
            assertEquals(StoreFixture.article(StoreFixture.B2).model().size(), b2);
        }
    }

    @Test
    void statsCountWhatTheFixtureHolds() {
        try (ArticleStore store = filled(ArticleStore.builder().inMemory().build())) {
            Stats s = store.stats();
            assertEquals(2, s.articles());
            assertEquals(4, s.claims());
            assertEquals(1, s.relations());
            assertEquals(1, s.roles());
            // a1: Huawei, chairman (role), Liang Hua, the company, France, he; b2: Liang Hua, Paris, Huawei
            assertEquals(9, s.mentions());
            assertEquals(1L, s.entitiesByType().get("Person"));
            assertEquals(1L, s.entitiesByType().get("Organization"));
            assertEquals(2L, s.entitiesByType().get("Place"));
            assertEquals(1L, s.entitiesByType().get("Country"));
            assertEquals(1L, s.entitiesByType().get("City"));
        }
    }

    @Test
    void deleteBySourceOrIriDropsOnlyThatArticle() {
        try (ArticleStore store = filled(ArticleStore.builder().inMemory().build())) {
            assertEquals(List.of(StoreFixture.A1), store.delete(StoreFixture.A1_SOURCE));
            assertEquals(1, store.stats().articles());
            assertEquals(List.of(), store.delete(StoreFixture.A1_SOURCE));
            assertEquals(List.of(StoreFixture.B2), store.delete(StoreFixture.B2));
            assertEquals(0, store.stats().quads());
        }
    }

    @Test
    void findsArticlesByContentHash() {
        try (ArticleStore store = filled(ArticleStore.builder().inMemory().build())) {
            assertEquals(StoreFixture.B2, store.findByContentHash("hash-b2").orElseThrow());
            assertFalse(store.containsContentHash("hash-zz"));
            assertEquals(StoreFixture.A1, store.findByContentHash("hash-a1", "fast").orElseThrow());
            assertTrue(store.findByContentHash("hash-a1", "default").isEmpty());
        }
    }

    @Test
    void queriesSeeTheUnionAsDefaultGraphOnBothKindsOfStore() {
        NamedQuery q = NamedQueries.parse("count", "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }");
        for (ArticleStore store : List.of(ArticleStore.builder().inMemory().build(),
                ArticleStore.builder().directory(tmp.resolve("union")).build())) {
            try (ArticleStore s = filled(store)) {
                assertEquals(2, s.select(q.query(), Map.of(), null).next().getLiteral("n").getInt());
            }
        }
    }

    @Test
    void parametersAreBoundIntoTheParsedQuery() {
        NamedQuery q = NamedQueries.parse("by-source",
                "SELECT ?a WHERE { GRAPH ?a { ?a <https://newsgraph.org/ontology#source> ?src } }");
        try (ArticleStore store = filled(ArticleStore.builder().inMemory().build())) {
            var rows = store.select(q.query(), q.bind(Map.of("src", StoreFixture.A1_SOURCE)), null);
            assertEquals(StoreFixture.A1, rows.next().getResource("a").getURI());
            assertFalse(rows.hasNext());
            // a value that would break a pasted query is just a literal that matches nothing
            var none = store.select(q.query(), q.bind(Map.of("src", "x\" } } SELECT * { ?s ?p ?o")), null);
            assertFalse(none.hasNext());
        }
    }

    @Test
    void aQueryOverItsTimeLimitIsStoppedWithASentence() {
        NamedQuery huge = NamedQueries.parse("huge",
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?t ?q ?u } GRAPH ?c { ?v ?r ?w } }");
        try (ArticleStore store = filled(ArticleStore.builder().inMemory().build())) {
            var e = assertThrows(org.newsgraph.error.NewsGraphException.class,
                    () -> store.select(huge.query(), Map.of(), java.time.Duration.ofMillis(1)));
            assertTrue(e.getMessage().startsWith("The query ran longer than the limit"), e.getMessage());
        }
    }

    @Test
    void everyExportFormatParsesBack() {
        try (ArticleStore store = filled(ArticleStore.builder().inMemory().build())) {
            long quads = store.stats().quads();
            for (ExportFormat f : ExportFormat.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                store.export(f, out);
                Dataset back = DatasetFactory.create();
                RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(f.rdfFormat().getLang()).parse(back);
                if (f.quads()) {
                    assertEquals(quads, back.asDatasetGraph().stream().count(), f.label());
                    assertTrue(back.containsNamedModel(StoreFixture.A1), f.label());
                } else {
                    Model m = back.getDefaultModel();
                    assertTrue(m.contains(m.createResource("https://newsgraph.org/person/liang-hua"),
                            m.createProperty("https://schema.org/name"), "Liang Hua"), f.label());
                    assertTrue(m.size() > 50 && m.size() < quads, f.label() + " has " + m.size());
                }
            }
        }
    }

    @Test
    void exportFormatNamesTheAllowedOnes() {
        BadInputException e = assertThrows(BadInputException.class, () -> ExportFormat.parse("xml"));
        assertEquals("xml: unknown export format; allowed: trig, nquads, turtle, jsonld, rdfxml", e.getMessage());
        assertEquals(Lang.TRIG, ExportFormat.parse("TriG").rdfFormat().getLang());
    }

    @Test
    void refusesADirectoryThatIsNotAStore() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(dir.resolve("cat.jpg"), "not a database");
        BadInputException e = assertThrows(BadInputException.class,
                () -> ArticleStore.builder().directory(dir).build());
        assertTrue(e.getMessage().startsWith(dir + ": is not a newsgraph store"), e.getMessage());
        assertTrue(Files.exists(dir.resolve("cat.jpg")));
    }

    @Test
    void refusesAFileAndAMissingStoreWhenNotCreating() throws Exception {
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        assertTrue(assertThrows(BadInputException.class, () -> ArticleStore.builder().directory(file).build())
                .getMessage().contains("is a file, not a store directory"));
        Path missing = tmp.resolve("missing");
        assertTrue(assertThrows(BadInputException.class,
                () -> ArticleStore.builder().directory(missing).createIfMissing(false).build())
                .getMessage().contains("there is no store here yet"));
        assertFalse(Files.exists(missing));
    }

    @Test
    void reopensAStoreAfterClose() {
        Path dir = tmp.resolve("reopen");
        try (ArticleStore s = ArticleStore.builder().directory(dir).build()) {
            s.replace(StoreFixture.article(StoreFixture.A1));
        }
        try (ArticleStore s = ArticleStore.builder().directory(dir).createIfMissing(false).build()) {
            assertEquals(1, s.stats().articles());
            assertTrue(Txn.calculateRead(s.dataset(),
                    () -> s.dataset().asDatasetGraph().containsGraph(NodeFactory.createURI(StoreFixture.A1))));
        }
    }
}
