package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.error.BadInputException;
import org.newsgraph.source.Article;

/** The library as a user sees it: only the public API, with a canned extractor instead of CoreNLP. */
class NewsGraphTest {
    static final String PLANT = "Huawei will build a plant in France. Liang Hua said the plant will open in 2021.\n";
    static final String SOUSA = "Ana Sousa said Huawei is welcome.\n";

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text);
    }

    private static List<QuerySolution> rows(ResultSet rs) {
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void whatWasSkippedOrLeftOutReachesTheCallerAsData() throws Exception {
        Path rows = write("rows.jsonl", "{\"url\": \"not a url\", \"text\": \"" + PLANT.strip() + "\"}\n{\"text\": \"\"}\n");
        try (NewsGraph ng = NewsGraph.builder().extractor(new FakeExtractor()).build()) {
            org.newsgraph.source.ReadResult read = ng.read(rows.toString());
            assertEquals(1, read.articles().size());
            assertEquals(List.of(rows + "#row=2"), read.problems().stream().map(p -> p.input()).toList());

            IngestReport report = ng.ingest(rows.toString());
            assertEquals(1, report.stored());
            assertEquals(1, report.failed());
            IngestResult stored = report.results().stream().filter(r -> !r.failed()).findFirst().orElseThrow();
            assertEquals(List.of(rows + "#row=1: the URL 'not a url' is not an absolute IRI, so schema:url is left out"),
                    stored.notices());

            Article dated = Article.builder("dated.txt", SOUSA).datePublished("2026-13-45").build();
            assertEquals(List.of("dated.txt: the datePublished '2026-13-45' is neither an ISO-8601 date nor a date-time,"
                    + " so schema:datePublished is left out"), ng.ingest(dated).notices());
        }
    }

    @Test
    void ingestsQueriesAndExportsThroughThePublicApi() throws Exception {
        Path plant = write("plant.txt", PLANT);
        Path sousa = write("sousa.txt", SOUSA);
        FakeExtractor fake = new FakeExtractor();
        try (NewsGraph ng = NewsGraph.builder().store(tmp.resolve("db")).extractor(fake).build()) {
            IngestReport report = ng.ingest(plant.toString(), sousa.toString(), tmp.resolve("missing.txt").toString());
            assertEquals(2, report.stored());
            assertEquals(1, report.failed());
            IngestResult missing = report.results().get(2);
            assertTrue(missing.message().contains("missing.txt"), missing.message());
            assertFalse(missing.message().contains("\n"));

            List<QuerySolution> claims = rows(ng.query("claim-offsets", Map.of()));
            assertEquals(2, claims.size());
            QuerySolution first = claims.stream().filter(r -> r.getLiteral("source").getString().equals(plant.toString()))
                    .findFirst().orElseThrow();
            int content = PLANT.codePointCount(0, PLANT.indexOf("the plant will open"));
            assertEquals(content, first.getLiteral("contentBegin").getInt());
            assertEquals(PLANT.codePointCount(0, PLANT.indexOf(" in 2021.") + " in 2021".length()), first.getLiteral("contentEnd").getInt());
            assertEquals(PLANT.codePointCount(0, PLANT.indexOf("Liang Hua")), first.getLiteral("speakerBegin").getInt());

            List<QuerySolution> huawei = rows(ng.query("articles-mentioning", Map.of("entity", "huawei")));
            assertEquals(2, huawei.size());
            List<QuerySolution> mentions = rows(ng.query("mentions", Map.of()));
            assertEquals(5, mentions.size()); // Huawei, France, Liang Hua; Ana Sousa, Huawei
            assertTrue(mentions.stream().anyMatch(r -> r.getLiteral("type").getString().equals("Place")));

            List<QuerySolution> count = rows(ng.querySparql(
                    "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }"));
            assertEquals(2, count.get(0).getLiteral("n").getInt());

            long quads = ng.stats().quads();
            assertEquals(2, ng.stats().articles());
            // unchanged content is skipped; forced re-ingest replaces, leaving the quad count as it was
            IngestReport again = ng.ingest(plant.toString());
            assertEquals(1, again.skipped());
            assertEquals(2, fake.calls());
            assertEquals(quads, ng.stats().quads());

            ByteArrayOutputStream trig = new ByteArrayOutputStream();
            ng.export("trig", trig);
            Dataset back = DatasetFactory.create();
            RDFParser.source(new ByteArrayInputStream(trig.toByteArray())).lang(Lang.TRIG).parse(back);
            assertEquals(quads, back.asDatasetGraph().stream().count());

            Dataset ds = ng.dataset();
            assertEquals(2, Txn.calculateRead(ds, () -> (int) org.apache.jena.atlas.iterator.Iter.count(ds.listModelNames())));

            assertEquals(1, ng.delete(plant.toString()).size());
            assertEquals(1, ng.stats().articles());
            assertThrows(BadInputException.class, () -> ng.query("no-such-query", Map.of()));
        }
    }

    @Test
    void reingestReplacesAndKeepsTheQuadCount() throws Exception {
        FakeExtractor fake = new FakeExtractor();
        try (NewsGraph ng = NewsGraph.builder().inMemory().extractor(fake).skipUnchanged(false).build()) {
            Article a = Article.builder("plant.txt", PLANT).headline("Plant").build();
            assertEquals(IngestResult.Status.STORED, ng.ingest(a).status());
            long quads = ng.stats().quads();
            assertEquals(IngestResult.Status.STORED, ng.ingest(a).status());
            assertEquals(quads, ng.stats().quads());
            assertEquals(2, fake.calls());
            // changed text, same source: the same graph is replaced, not added to
            ng.ingest(Article.builder("plant.txt", SOUSA).headline("Plant").build());
            assertEquals(1, ng.stats().articles());
        }
    }

    @Test
    void anotherProfileIsNotUnchanged() throws Exception {
        Path db = tmp.resolve("profiles");
        Path plant = write("plant.txt", PLANT);
        FakeExtractor fake = new FakeExtractor();
        try (NewsGraph ng = NewsGraph.builder().store(db).extractor(fake).build()) {
            assertEquals(1, ng.ingest(plant.toString()).stored());
            assertEquals(1, ng.ingest(plant.toString()).skipped());
        }
        org.newsgraph.extract.Extractor fuller = new org.newsgraph.extract.Extractor() {
            @Override
            public org.newsgraph.extract.Extraction extract(Article article) {
                return fake.extract(article);
            }

            @Override
            public org.newsgraph.extract.Profile profile() {
                return org.newsgraph.extract.Profile.DEFAULT;
            }
        };
        try (NewsGraph ng = NewsGraph.builder().store(db).createStore(false).extractor(fuller).build()) {
            long quads = ng.stats().quads();
            assertEquals(1, ng.ingest(plant.toString()).stored());
            assertEquals(quads, ng.stats().quads());
            assertEquals(2, fake.calls()); // once per profile; the repeat with fast was skipped
        }
    }

    @Test
    void aFailingExtractorFailsOnlyItsArticle() throws Exception {
        FakeExtractor fake = new FakeExtractor();
        org.newsgraph.extract.Extractor picky = new org.newsgraph.extract.Extractor() {
            @Override
            public org.newsgraph.extract.Extraction extract(Article article) {
                if (article.text().contains("Sousa"))
                    throw new org.newsgraph.error.NewsGraphException(article.source() + ": cannot be analysed (test)");
                return fake.extract(article);
            }

            @Override
            public org.newsgraph.extract.Profile profile() {
                return fake.profile();
            }
        };
        try (NewsGraph ng = NewsGraph.builder().inMemory().extractor(picky).build()) {
            IngestReport report = ng.ingest(write("a.txt", PLANT).toString(), write("b.txt", SOUSA).toString());
            assertEquals(1, report.stored());
            assertEquals(1, report.failed());
            assertTrue(report.results().get(1).message().endsWith("b.txt: cannot be analysed (test)"));
            assertEquals(1, ng.stats().articles());
        }
    }
}
