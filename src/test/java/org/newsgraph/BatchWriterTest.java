package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Profile;
import org.newsgraph.graph.ArticleGraph;
import org.newsgraph.source.Article;
import org.newsgraph.store.ArticleStore;

/** The writer of a parallel ingest: batches in read order, one transaction each, one by one when a batch fails. */
class BatchWriterTest {
    private static Pipeline pipeline(ArticleStore store, boolean skipUnchanged) {
        return new Pipeline(null, null, Profile.FAST, null, null, store, skipUnchanged, 1, 16);
    }

    private static IngestItem item(String name, ArticleGraph graph) {
        return item(Article.builder(name + ".txt", "Text of " + name + ".").build(), graph);
    }

    private static IngestItem item(Article article, ArticleGraph graph) {
        StageTimes stages = new StageTimes(new StageDurations(Duration.ZERO, Duration.ofMillis(5), Duration.ZERO, Duration.ZERO, Duration.ZERO),
                StageDurations.NONE, 3);
        IngestResult result = new IngestResult(article.source(), IngestResult.Status.STORED, Optional.of(graph.iri()), "ok",
                Duration.ofMillis(5), Optional.empty(), stages);
        return IngestItem.prepared(new Pipeline.Prepared(article, Optional.of(graph), result));
    }

    /** An item in the queue: its IRI is its graph's, its hash its article's text. */
    private static IngestItem.Coming coming(IngestItem item) {
        return IngestItem.Coming.ready(item, item.prepared().graph().orElseThrow().iri(), hash(item.article()));
    }

    private static String hash(Article article) {
        return "hash of " + article.text();
    }

    private static IngestItem.Coming coming(CompletableFuture<IngestItem> future, String iriName, String source) {
        return new IngestItem.Coming(future, "https://example.org/" + iriName, "", source);
    }

    private static ArticleGraph graph(String name) {
        return graph(name, name);
    }

    /** A graph named {@code iriName} whose headline is {@code headline}. */
    private static ArticleGraph graph(String iriName, String headline) {
        Model m = ModelFactory.createDefaultModel();
        String iri = "https://example.org/" + iriName;
        m.createResource(iri).addProperty(SchemaDO.headline, headline);
        return new ArticleGraph(iri, m);
    }

    private static List<String> headlines(ArticleStore store, String iriName) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().getNamedModel("https://example.org/" + iriName)
                .listObjectsOfProperty(SchemaDO.headline).mapWith(n -> n.asLiteral().getString()).toList());
    }

    /** A graph that breaks while it is being copied into the store. */
    private static ArticleGraph broken(String name) {
        GraphBase graph = new GraphBase() {
            @Override
            protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                throw new IllegalStateException("broken graph " + name);
            }
        };
        return new ArticleGraph("https://example.org/" + name, ModelFactory.createModelForGraph(graph));
    }

    private static long graphs(ArticleStore store) {
        return Txn.calculateRead(store.dataset(),
                () -> org.apache.jena.atlas.iterator.Iter.count(store.dataset().asDatasetGraph().listGraphNodes()));
    }

    private static BlockingQueue<IngestItem.Coming> queue(IngestItem... items) {
        BlockingQueue<IngestItem.Coming> queue = new LinkedBlockingQueue<>();
        for (IngestItem i : items)
            queue.add(coming(i));
        queue.add(IngestFeed.END);
        return queue;
    }

    private static BatchWriter writer(ArticleStore store, boolean skipUnchanged, int batch, Map<String, String> stored) {
        return new BatchWriter(pipeline(store, skipUnchanged), batch, 4, stored, BatchWriterTest::onAThreadOfItsOwn);
    }

    /** Runs an analysis the writer asks for as a worker would, on another thread. */
    private static void onAThreadOfItsOwn(Runnable analysis) {
        Thread t = new Thread(analysis, "analysis");
        t.setDaemon(true);
        t.start();
    }

    @Test
    void readyArticlesGoInOneTransactionInReadOrder() throws Exception {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            BatchWriter writer = writer(store, false, 16, Map.of());
            List<IngestResult> written = new ArrayList<>();
            assertTrue(writer.writeBatch(coming(item("a", graph("a"))), queue(item("b", graph("b")), item("c", graph("c"))),
                    written), "the end was taken");
            assertEquals(List.of("a.txt", "b.txt", "c.txt"), written.stream().map(IngestResult::source).toList());
            assertTrue(written.stream().noneMatch(IngestResult::failed));
            assertEquals(1, writer.transactions());
            assertFalse(writer.commits().isZero());
            assertEquals(3, graphs(store));
            for (IngestResult r : written) {
                assertFalse(r.stages().thread().store().isZero(), "each article gets its share of the transaction");
                assertTrue(r.took().compareTo(Duration.ofMillis(5)) > 0, "its took includes its store share");
            }
        }
    }

    @Test
    void aBatchStopsAtItsSizeAndLeavesTheRestInTheQueue() throws Exception {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            BatchWriter writer = writer(store, false, 2, Map.of());
            BlockingQueue<IngestItem.Coming> queue = queue(item("b", graph("b")), item("c", graph("c")));
            List<IngestResult> written = new ArrayList<>();
            assertFalse(writer.writeBatch(coming(item("a", graph("a"))), queue, written));
            assertEquals(2, written.size());
            assertEquals(2, queue.size(), "c and the end are left");
        }
    }

    @Test
    void aBrokenGraphFailsAloneAndTheOthersOfItsBatchAreStored() throws Exception {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            BatchWriter writer = writer(store, false, 16, Map.of());
            List<IngestResult> written = new ArrayList<>();
            writer.writeBatch(coming(item("a", graph("a"))), queue(item("x", broken("x")), item("b", graph("b"))), written);
            assertEquals(List.of(false, true, false), written.stream().map(IngestResult::failed).toList());
            assertTrue(written.get(1).message().contains("x.txt"), written.get(1).message());
            assertEquals(2, graphs(store));
            assertEquals(2, writer.transactions(), "a and b one transaction each, after the batch failed");
        }
    }

    /** The article at https://example.org/story with this text. */
    private static Article story(String text) {
        return Article.builder("story.txt", text).build();
    }

    private static IngestItem story(String text, ArticleGraph graph) {
        return item(story(text), graph);
    }

    /** The article with this text, not analysed; {@code analyses} counts the analyses the writer runs. */
    private static IngestItem.Coming unanalysed(String text, java.util.concurrent.atomic.AtomicInteger analyses) {
        IngestItem analysed = story(text, graph("story", text));
        IngestItem item = IngestItem.unanalysed(story(text), () -> {
            analyses.incrementAndGet();
            return analysed.prepared();
        });
        return IngestItem.Coming.ready(item, "https://example.org/story", hash(story(text)));
    }

    private static List<IngestResult.Status> statuses(List<IngestResult> written) {
        return written.stream().map(IngestResult::status).toList();
    }

    @Test
    void theSameContentTwiceIsStoredOnceInABatchAndAfterIt() throws Exception {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            BatchWriter writer = writer(store, true, 16, Map.of());
            List<IngestResult> written = new ArrayList<>();
            writer.writeBatch(coming(story("A", graph("story", "A"))), queue(story("A", graph("story", "A"))), written);
            assertEquals(List.of(IngestResult.Status.STORED, IngestResult.Status.SKIPPED_UNCHANGED), statuses(written));
            assertEquals(Optional.of("https://example.org/story"), written.get(1).article());
            assertEquals(1, graphs(store));
            List<IngestResult> later = new ArrayList<>();
            writer.writeBatch(coming(story("A", graph("story", "A"))), queue(), later);
            assertEquals(List.of(IngestResult.Status.SKIPPED_UNCHANGED), statuses(later), "the writer knows what it stored");
        }
    }

    @Test
    void anArticleReadAgainAfterItsCorrectionIsAnalysedAndStoredThoughItIsReadyFirst() throws Exception {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            store.replace(graph("story", "A"));
            // the store holds A: the reader believed the A read after the correction unchanged
            BatchWriter writer = writer(store, true, 16, Map.of(hash(story("A")), "https://example.org/story"));
            var analyses = new java.util.concurrent.atomic.AtomicInteger();
            CompletableFuture<IngestItem> correction = new CompletableFuture<>();
            completeLater(List.of(correction), List.of(story("A'", graph("story", "A'"))));
            List<IngestResult> written = new ArrayList<>();
            writer.writeBatch(new IngestItem.Coming(correction, "https://example.org/story", hash(story("A'")), "story.txt"),
                    new LinkedBlockingQueue<>(List.of(unanalysed("A", analyses), IngestFeed.END)), written);
            assertEquals(List.of(IngestResult.Status.STORED, IngestResult.Status.STORED), statuses(written));
            assertEquals(List.of("A"), headlines(store, "story"), "the last text read is stored");
            assertEquals(1, analyses.get());
        }
    }

    /**
     * The writer finds that an article the reader believed unchanged is changed (its correction was written meanwhile)
     * once another article has joined its write transaction: the analysis runs on a worker, not on the writer's thread
     * inside that transaction, and the article is stored with the batch.
     */
    @Test
    void anArticleTheWriterFindsChangedIsAnalysedByAWorkerNotInsideTheWritersTransaction() throws Exception {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            String kept = "Harbour pilots were kept", cut = "Harbour pilots were cut";
            store.replace(graph("story", kept));
            BatchWriter writer = writer(store, true, 16, Map.of(hash(story(kept)), "https://example.org/story"));
            var analysedOn = new java.util.concurrent.atomic.AtomicReference<Thread>();
            IngestItem.Coming again = IngestItem.Coming.ready(IngestItem.unanalysed(story(kept), () -> {
                analysedOn.set(Thread.currentThread());
                return story(kept, graph("story", kept)).prepared();
            }), "https://example.org/story", hash(story(kept)));
            CompletableFuture<IngestItem> correction = new CompletableFuture<>();
            completeLater(List.of(correction), List.of(story(cut, graph("story", cut))));
            List<IngestResult> written = new ArrayList<>();
            writer.writeBatch(coming(item("ferry", graph("ferry"))), new LinkedBlockingQueue<>(List.of(
                    new IngestItem.Coming(correction, "https://example.org/story", hash(story(cut)), "story.txt"), again, IngestFeed.END)),
                    written);
            assertEquals(List.of(IngestResult.Status.STORED, IngestResult.Status.STORED, IngestResult.Status.STORED), statuses(written));
            assertTrue(analysedOn.get() != null && analysedOn.get() != Thread.currentThread(),
                    "analysed on a worker, not on the writer's thread while the ferry's transaction was open: " + analysedOn.get());
            assertEquals(List.of(kept), headlines(store, "story"), "the last text read is stored");
            assertEquals(1, writer.transactions(), "all three in one transaction");
        }
    }

    @Test
    void anArticleStillStoredIsSkippedWithoutAnalysis() throws Exception {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            store.replace(graph("story", "A"));
            BatchWriter writer = writer(store, true, 16, Map.of(hash(story("A")), "https://example.org/story"));
            var analyses = new java.util.concurrent.atomic.AtomicInteger();
            List<IngestResult> written = new ArrayList<>();
            writer.writeBatch(coming(item("b", graph("b"))), new LinkedBlockingQueue<>(List.of(unanalysed("A", analyses), IngestFeed.END)),
                    written);
            assertEquals(List.of(IngestResult.Status.STORED, IngestResult.Status.SKIPPED_UNCHANGED), statuses(written));
            assertEquals(0, analyses.get());
        }
    }

    @Test
    void whenABatchIsWrittenOneByOneACopyOfAnArticleThatFailedIsStored() throws Exception {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            BatchWriter writer = writer(store, true, 16, Map.of());
            var analyses = new java.util.concurrent.atomic.AtomicInteger();
            IngestItem brokenA = item(story("A"), broken("story"));
            List<IngestResult> written = new ArrayList<>();
            // the first A fails to store, so the second (which the reader believed stored by then) is analysed and stored
            writer.writeBatch(coming(brokenA), new LinkedBlockingQueue<>(List.of(coming(item("b", graph("b"))), unanalysed("A", analyses),
                    IngestFeed.END)), written);
            assertEquals(List.of(IngestResult.Status.FAILED, IngestResult.Status.STORED, IngestResult.Status.STORED), statuses(written));
            assertEquals(1, analyses.get());
            assertEquals(List.of("A"), headlines(store, "story"));
        }
    }

    /** Completes the futures after a while, in the order given, as workers that take the longest first would. */
    private static void completeLater(List<CompletableFuture<IngestItem>> futures, List<IngestItem> items) {
        Thread t = new Thread(() -> {
            try {
                for (int i = 0; i < futures.size(); i++) {
                    Thread.sleep(50);
                    futures.get(i).complete(items.get(i));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.setDaemon(true);
        t.start();
    }

    @Test
    void articlesReadyOutOfOrderComeOutInReadOrder() throws Exception {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            BatchWriter writer = writer(store, false, 16, Map.of());
            CompletableFuture<IngestItem> a = new CompletableFuture<>(), b = new CompletableFuture<>();
            BlockingQueue<IngestItem.Coming> queue = new LinkedBlockingQueue<>(List.of(coming(b, "b", "b.txt"),
                    coming(item("c", graph("c"))), IngestFeed.END));
            completeLater(List.of(b, a), List.of(item("b", graph("b")), item("a", graph("a")))); // b's analysis ends first
            List<IngestResult> written = new ArrayList<>();
            assertTrue(writer.writeBatch(coming(a, "a", "a.txt"), queue, written));
            assertEquals(List.of("a.txt", "b.txt", "c.txt"), written.stream().map(IngestResult::source).toList());
            assertEquals(1, writer.transactions());
            assertEquals(3, graphs(store));
        }
    }

    @Test
    void ofTheSameContentTheFirstReadIsStoredWhicheverIsReadyFirst() throws Exception {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            BatchWriter writer = writer(store, true, 16, Map.of());
            CompletableFuture<IngestItem> a = new CompletableFuture<>(), copy = new CompletableFuture<>();
            String hash = hash(story("A"));
            BlockingQueue<IngestItem.Coming> queue = new LinkedBlockingQueue<>(
                    List.of(new IngestItem.Coming(copy, "https://example.org/story", hash, "story.txt"), IngestFeed.END));
            completeLater(List.of(copy, a), List.of(story("A", graph("story", "copy")), story("A", graph("story", "first"))));
            List<IngestResult> written = new ArrayList<>();
            writer.writeBatch(new IngestItem.Coming(a, "https://example.org/story", hash, "story.txt"), queue, written);
            assertEquals(List.of(IngestResult.Status.STORED, IngestResult.Status.SKIPPED_UNCHANGED), statuses(written));
            assertEquals(Optional.of("https://example.org/story"), written.get(1).article());
            assertEquals(List.of("first"), headlines(store, "story"));
        }
    }

    @Test
    void ofTwoArticlesWithTheSameIriTheLastReadIsStoredWhicheverIsReadyLast() throws Exception {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            BatchWriter writer = writer(store, false, 16, Map.of());
            CompletableFuture<IngestItem> article = new CompletableFuture<>(), correction = new CompletableFuture<>();
            BlockingQueue<IngestItem.Coming> queue = new LinkedBlockingQueue<>(List.of(coming(correction, "u", "b.txt"), IngestFeed.END));
            // the correction (read second) is ready first, the article (read first) last
            completeLater(List.of(correction, article), List.of(item("b", graph("u", "correction")), item("a", graph("u", "article"))));
            List<IngestResult> written = new ArrayList<>();
            writer.writeBatch(coming(article, "u", "a.txt"), queue, written);
            assertEquals(List.of("a.txt", "b.txt"), written.stream().map(IngestResult::source).toList());
            assertTrue(written.stream().noneMatch(IngestResult::failed), written.toString());
            assertEquals(List.of("correction"), headlines(store, "u"), "a one-at-a-time ingest in read order leaves the correction");
            assertEquals(1, graphs(store));
        }
    }

    @Test
    void ofTwoArticlesWithTheSameIriTheLastReadIsStoredWhenTheBatchIsWrittenOneByOne() throws Exception {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            BatchWriter writer = writer(store, false, 16, Map.of());
            CompletableFuture<IngestItem> article = new CompletableFuture<>(), correction = new CompletableFuture<>(),
                    bad = new CompletableFuture<>();
            BlockingQueue<IngestItem.Coming> queue = new LinkedBlockingQueue<>(
                    List.of(coming(correction, "u", "b.txt"), coming(bad, "x", "x.txt"), IngestFeed.END));
            // the broken graph makes the batch fall back to one transaction per article; the article is ready last
            completeLater(List.of(correction, bad, article),
                    List.of(item("b", graph("u", "correction")), item("x", broken("x")), item("a", graph("u", "article"))));
            List<IngestResult> written = new ArrayList<>();
            writer.writeBatch(coming(article, "u", "a.txt"), queue, written);
            assertEquals(List.of(false, false, true), written.stream().map(IngestResult::failed).toList());
            assertEquals(List.of("correction"), headlines(store, "u"));
        }
    }

    @Test
    void anAnalysisThatEndedByThrowingFailsThatArticleAlone() throws Exception {
        try (ArticleStore store = ArticleStore.builder().inMemory().build()) {
            BatchWriter writer = writer(store, false, 16, Map.of());
            CompletableFuture<IngestItem> deep = CompletableFuture.failedFuture(new StackOverflowError());
            List<IngestResult> written = new ArrayList<>();
            assertTrue(writer.writeBatch(coming(item("a", graph("a"))),
                    new LinkedBlockingQueue<>(List.of(coming(deep, "deep", "deep.txt"), coming(item("b", graph("b"))),
                            IngestFeed.END)), written));
            assertEquals(List.of(false, true, false), written.stream().map(IngestResult::failed).toList());
            assertTrue(written.get(1).message().contains("deep.txt"), written.get(1).message());
            assertEquals(2, graphs(store));
        }
    }
}
