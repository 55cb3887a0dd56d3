package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Profile;
import org.newsgraph.graph.GraphMapper;
import org.newsgraph.source.Article;

/** Many threads give what one thread gives; a failing article costs only itself; stored articles are skipped. */
class ParallelIngestTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    /** Twelve small articles (a CSV collection would do too; files exercise reading in order). */
    private List<String> articles() throws Exception {
        List<String> paths = new ArrayList<>();
        String[] speakers = { "Liang Hua", "Ana Sousa" };
        for (int i = 0; i < 12; i++) {
            String text = "Huawei opened office number " + i + " in France. " + speakers[i % 2] + " said office " + i
                    + " is " + (i % 3 == 0 ? "FAIL" : "open") + ".\n";
            paths.add(Files.writeString(tmp.resolve(String.format("a%02d.txt", i)), text).toString());
        }
        return paths;
    }

    /** The fake extractor, slowed down unevenly so that the threads finish out of order, failing where told. */
    private static final class Uneven implements Extractor {
        final FakeExtractor fake = new FakeExtractor();
        final boolean fail;

        Uneven(boolean fail) {
            this.fail = fail;
        }

        @Override
        public Extraction extract(Article article) {
            if (fail && article.text().contains("FAIL"))
                throw new IllegalStateException("the fake extractor fails on " + article.source());
            try {
                Thread.sleep(article.text().length() % 7 * 3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return fake.extract(article);
        }

        @Override
        public Profile profile() {
            return Profile.FAST;
        }
    }

    private NewsGraph open(Path store, Extractor extractor, int threads, int batch) {
        return NewsGraph.builder().store(store).extractor(extractor).threads(threads).writeBatch(batch)
                .mapper(GraphMapper.builder().version(NewsGraph.version()).profile(Profile.FAST).clock(FIXED).build()).build();
    }

    private static DatasetGraph copy(NewsGraph ng) {
        DatasetGraph dsg = ng.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            DatasetGraph out = DatasetGraphFactory.createTxnMem();
            dsg.find().forEachRemaining(out::add);
            return out;
        });
    }

    @Test
    void oneAndThreeThreadsGiveIsomorphicDatasetsAndTheSameOrder() throws Exception {
        List<String> sources = articles();
        DatasetGraph one;
        List<String> orderOne;
        try (NewsGraph ng = open(tmp.resolve("one"), new Uneven(false), 1, 1)) {
            IngestReport r = ng.ingest(sources, x -> { });
            assertEquals(12, r.stored());
            orderOne = r.results().stream().map(IngestResult::source).toList();
            one = copy(ng);
        }
        try (NewsGraph ng = open(tmp.resolve("three"), new Uneven(false), 3, 4)) {
            IngestReport r = ng.ingest(sources, x -> { });
            assertEquals(12, r.stored());
            assertEquals(orderOne, r.results().stream().map(IngestResult::source).toList());
            assertEquals(sources, orderOne);
            DatasetGraph three = copy(ng);
            assertEquals(one.stream().count(), three.stream().count());
            assertTrue(IsoMatcher.isomorphic(one, three), "1 and 3 threads must store isomorphic datasets");
        }
    }

    @Test
    void aFailingArticleLeavesNoGraphAndTheOthersGoIn() throws Exception {
        List<String> sources = articles();
        try (NewsGraph ng = open(tmp.resolve("fail"), new Uneven(true), 3, 8)) {
            IngestReport r = ng.ingest(sources, x -> { });
            assertEquals(4, r.failed()); // articles 0, 3, 6, 9
            assertEquals(8, r.stored());
            for (IngestResult result : r.results()) {
                boolean shouldFail = Integer.parseInt(Path.of(result.source()).getFileName().toString().substring(1, 3)) % 3 == 0;
                assertEquals(shouldFail, result.failed(), result.source());
                if (shouldFail) {
                    assertTrue(result.message().contains(result.source()), result.message());
                    assertTrue(result.article().isEmpty());
                    assertTrue(ng.query("places-in-article", java.util.Map.of("article", result.source())).size() == 0,
                            "no graph for " + result.source());
                }
            }
            assertEquals(8, ng.stats().articles());
        }
    }

    /** Fails the first time it sees each "FAIL" article with an unexpected error, or a bad-input error, then works. */
    private static final class FailsOnce implements java.util.function.Consumer<Article> {
        final java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        final boolean badInput;

        FailsOnce(boolean badInput) {
            this.badInput = badInput;
        }

        @Override
        public void accept(Article article) {
            calls.incrementAndGet();
            if (article.text().contains("FAIL") && seen.add(article.source()))
                throw badInput ? new org.newsgraph.error.BadInputException(article.source(), "is not an article")
                        : new NullPointerException("a racy annotator");
        }
    }

    @Test
    void anUnexpectedFailureIsTriedOnceMoreButBadInputIsNot() throws Exception {
        List<String> sources = articles();
        FailsOnce racy = new FailsOnce(false);
        try (NewsGraph ng = open(tmp.resolve("racy"), FakeExtractor.first(racy), 2, 4)) {
            IngestReport r = ng.ingest(sources, x -> { });
            assertEquals(12, r.stored(), "the second try of each article succeeds");
            assertEquals(16, racy.calls.get(), "12 articles, 4 of them twice");
        }
        FailsOnce bad = new FailsOnce(true);
        try (NewsGraph ng = open(tmp.resolve("bad"), FakeExtractor.first(bad), 2, 4)) {
            IngestReport r = ng.ingest(sources, x -> { });
            assertEquals(4, r.failed(), "bad input is not retried");
            assertEquals(12, bad.calls.get());
        }
    }

    @Test
    void aSecondRunSkipsWhatIsStoredWithoutAnalysingIt() throws Exception {
        List<String> sources = articles();
        Uneven extractor = new Uneven(true);
        Path store = tmp.resolve("again");
        try (NewsGraph ng = open(store, extractor, 3, 4)) {
            assertEquals(8, ng.ingest(sources, x -> { }).stored());
        }
        int calls = extractor.fake.calls();
        try (NewsGraph ng = open(store, extractor, 3, 4)) {
            List<IngestProgress> seen = new ArrayList<>();
            IngestReport again = ng.ingestWithProgress(sources, seen::add);
            assertEquals(8, again.skipped());
            assertEquals(4, again.failed());
            assertEquals(calls, extractor.fake.calls(), "stored articles are not analysed again");
            assertEquals(12, seen.size());
            for (int i = 0; i < seen.size(); i++)
                assertEquals(i + 1, seen.get(i).done());
            assertTrue(seen.get(11).allRead());
            assertEquals(12, seen.get(11).known());
        }
    }

    @Test
    void theSameArticleTwiceInOneRunIsStoredOnce() throws Exception {
        Path a = Files.writeString(tmp.resolve("same.txt"), "Ana Sousa said Huawei is welcome.\n");
        try (NewsGraph ng = open(tmp.resolve("twice"), new Uneven(false), 3, 8)) {
            IngestReport r = ng.ingest(List.of(a.toString(), a.toString()), x -> { });
            assertEquals(1, r.stored());
            assertEquals(1, r.skipped());
            assertFalse(r.results().get(0).failed());
            assertEquals(IngestResult.Status.SKIPPED_UNCHANGED, r.results().get(1).status());
        }
    }

    /** An article at https://news.example/story: its original text, or its correction. */
    private static Article story(String text) {
        return Article.builder("story.html", text).url("https://news.example/story").build();
    }

    private static final String ORIGINAL = "Ana Sousa said Huawei opened an office in Lyon.";
    private static final String CORRECTION = "Ana Sousa said Huawei opened an office in Lille.";

    /** The texts of the articles the store holds. */
    private static List<String> storedTexts(NewsGraph ng) {
        return Txn.calculateRead(ng.dataset(), () -> ng.dataset().asDatasetGraph()
                .stream(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.newsgraph.vocab.NIF.isString.asNode(),
                        org.apache.jena.graph.Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).toList());
    }

    private static List<IngestResult.Status> statuses(IngestReport r) {
        return r.results().stream().map(IngestResult::status).toList();
    }

    @Test
    void anArticleReadAgainAfterItsCorrectionReplacesTheCorrection() throws Exception {
        List<Article> read = List.of(story(ORIGINAL), story(CORRECTION), story(ORIGINAL));
        int[][] threadsAndBatches = { { 1, 1 }, { 3, 8 }, { 2, 1 } };
        for (int[] tb : threadsAndBatches) {
            try (NewsGraph ng = open(tmp.resolve("again-" + tb[0] + "-" + tb[1]), new Uneven(false), tb[0], tb[1])) {
                IngestReport r = ng.ingestArticles(read, x -> { });
                assertEquals(List.of(IngestResult.Status.STORED, IngestResult.Status.STORED, IngestResult.Status.STORED), statuses(r),
                        tb[0] + " threads, batches of " + tb[1]);
                assertEquals(List.of(ORIGINAL), storedTexts(ng), "the last text read is stored");
            }
        }
    }

    @Test
    void anArticleReadAgainInALaterRunAfterItsCorrectionReplacesTheCorrection() throws Exception {
        Path store = tmp.resolve("later");
        try (NewsGraph ng = open(store, new Uneven(false), 2, 4)) {
            ng.ingestArticles(List.of(story(ORIGINAL), story(ORIGINAL), story(CORRECTION)), x -> { });
        }
        try (NewsGraph ng = open(store, new Uneven(false), 2, 4)) {
            IngestReport r = ng.ingestArticles(List.of(story(CORRECTION), story(ORIGINAL), story(ORIGINAL)), x -> { });
            assertEquals(List.of(IngestResult.Status.SKIPPED_UNCHANGED, IngestResult.Status.STORED, IngestResult.Status.SKIPPED_UNCHANGED),
                    statuses(r));
            assertEquals(List.of(ORIGINAL), storedTexts(ng));
        }
    }

    @Test
    void aCorrectionThatFailsLeavesTheArticleStoredAndItsRepeatSkipped() throws Exception {
        List<Article> read = List.of(story(ORIGINAL), story(CORRECTION + " FAIL"), story(ORIGINAL));
        for (int batch : new int[] { 1, 8 }) {
            try (NewsGraph ng = open(tmp.resolve("failed-" + batch), new Uneven(true), 2, batch)) {
                IngestReport r = ng.ingestArticles(read, x -> { });
                assertEquals(List.of(IngestResult.Status.STORED, IngestResult.Status.FAILED, IngestResult.Status.SKIPPED_UNCHANGED),
                        statuses(r), "batches of " + batch);
                assertEquals(List.of(ORIGINAL), storedTexts(ng));
            }
        }
    }

    @Test
    void stageTimesAndTokensAreReported() throws Exception {
        try (NewsGraph ng = open(tmp.resolve("times"), new Uneven(false), 2, 4)) {
            IngestReport r = ng.ingest(articles().subList(0, 3), x -> { });
            for (IngestResult result : r.results()) {
                assertTrue(result.stages().tokens() > 5, result.toString());
                assertFalse(result.stages().thread().extract().isZero());
                assertFalse(result.stages().thread().store().isZero());
                assertFalse(result.stages().cpu().store().isZero(), "the writer's CPU is measured");
                assertFalse(result.stages().cpu().map().isZero(), "the worker's CPU is measured");
                assertTrue(result.took().compareTo(result.stages().thread().extract()) >= 0);
            }
            IngestTimeline timeline = r.timeline();
            assertTrue(timeline.transactions() >= 1 && timeline.transactions() <= 3, timeline.toString());
            assertFalse(timeline.lastAnalysed().isZero(), timeline.toString());
            assertTrue(timeline.firstHanded().compareTo(timeline.lastAnalysed()) < 0, timeline.toString());
            assertTrue(timeline.lastAnalysed().compareTo(r.took()) < 0, "storing comes after the last analysis");
            assertFalse(timeline.tail(r.took()).isZero(), "the last article's store is after its analysis");
            // each article's analysis (the extractor sleeps unevenly) is inside the workers' analysing time
            Duration extracted = r.results().stream().map(x -> x.stages().thread().extract()).reduce(Duration.ZERO, Duration::plus);
            assertTrue(timeline.analysing().compareTo(extracted) >= 0, timeline + " against " + extracted);
        }
    }

    @Test
    void theReadTimeOfAnArticleLeavesOutTheWaitForRoomInTheQueue() throws Exception {
        StringBuilder csv = new StringBuilder("URL,Headline,Body\n");
        for (int i = 0; i < 40; i++)
            csv.append("https://news.example/").append(i).append(",Row ").append(i).append(" without text,\n");
        csv.append("https://news.example/last,The last row,Ana Sousa said Huawei opened an office in France.\n");
        Path collection = Files.writeString(tmp.resolve("rows.csv"), csv);
        try (NewsGraph ng = open(tmp.resolve("rows"), new Uneven(false), 1, 1)) {
            // a slow writer (its progress) keeps the queue full, so the reader waits to put the rows without text
            IngestReport r = ng.ingest(List.of(collection.toString()), x -> {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertEquals(40, r.failed());
            IngestResult last = r.results().get(40);
            assertFalse(last.failed(), last.toString());
            assertFalse(r.timeline().readerBlocked().isZero(), r.timeline().toString());
            assertTrue(last.stages().thread().read().compareTo(r.timeline().readerBlocked()) < 0,
                    "read " + last.stages().thread().read() + " counts the reader's wait " + r.timeline().readerBlocked() + " again");
        }
    }
}
