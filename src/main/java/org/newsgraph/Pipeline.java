package org.newsgraph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.newsgraph.error.NewsGraphException;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Profile;
import org.newsgraph.graph.ArticleGraph;
import org.newsgraph.graph.GraphMapper;
import org.newsgraph.resolve.Resolution;
import org.newsgraph.resolve.Resolver;
import org.newsgraph.source.Article;
import org.newsgraph.source.ReadResult;
import org.newsgraph.source.SourceReader;
import org.newsgraph.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chain read → extract → resolve → map → store, assembled in plain view. One article's chain is
 * {@link #prepare} (extract, resolve, map: safe on many threads) and a store write; {@link ParallelIngest}
 * runs many articles at once.
 */
final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final SourceReader reader;
    private final Supplier<Extractor> extractor;
    private final Resolver resolver;
    private final GraphMapper mapper;
    private final ArticleStore store;
    private final boolean skipUnchanged;
    private final Profile profile;
    private final int threads;
    private final int writeBatch;

    Pipeline(SourceReader reader, Supplier<Extractor> extractor, Profile profile, Resolver resolver, GraphMapper mapper,
            ArticleStore store, boolean skipUnchanged, int threads, int writeBatch) {
        this.profile = profile;
        this.reader = reader;
        this.extractor = extractor;
        this.resolver = resolver;
        this.mapper = mapper;
        this.store = store;
        this.skipUnchanged = skipUnchanged;
        this.threads = threads;
        this.writeBatch = writeBatch;
    }

    List<String> expand(String given) {
        return reader.expand(given);
    }

    /** The articles of one input and the parts of it that could not be read (collection rows without text). */
    ReadResult read(String source) {
        return reader.read(source);
    }

    ArticleStore store() {
        return store;
    }

    Profile profile() {
        return profile;
    }

    boolean skipUnchanged() {
        return skipUnchanged;
    }

    /** The IRI of the article's graph (known before analysis: it comes from the canonical URL or the source). */
    String articleIri(Article article) {
        return mapper.minter().article(article);
    }

    /** The content hashes already stored with this profile, and their graphs (empty when unchanged articles are not skipped). */
    Map<String, String> storedHashes() {
        return skipUnchanged ? store.contentHashes(profile.label()) : Map.of();
    }

    IngestReport ingest(List<String> sources, Consumer<IngestProgress> progress) {
        return new ParallelIngest(this, threads, writeBatch).run(sources, progress);
    }

    IngestReport ingestArticles(List<Article> articles, Consumer<IngestProgress> progress) {
        return new ParallelIngest(this, threads, writeBatch).runArticles(articles, progress);
    }

    /** The article skipped as unchanged, stored before in {@code graph}. */
    IngestResult unchanged(Article article, String graph) {
        return new IngestResult(article.source(), IngestResult.Status.SKIPPED_UNCHANGED, Optional.of(graph),
                "unchanged since it was stored with profile " + profile.label(), Duration.ZERO, Optional.empty());
    }

    /**
     * Extracts, resolves and maps one article: a complete graph to store, or a failure. Never throws, except an
     * OutOfMemoryError (an Error such as a StackOverflowError is a failure of this article). An
     * unexpected failure (a bug, ours or a library's, not bad input) is logged with its stack trace and the
     * article is tried once more: a third-party annotator that fails on a rare race should not cost an
     * article, and a failure that repeats is reported as before.
     */
    Prepared prepare(Article article, Duration readShare, Duration readCpuShare) {
        Prepared first = prepareOnce(article, readShare, readCpuShare);
        Optional<Throwable> error = first.result().error();
        if (error.isEmpty() || error.get() instanceof NewsGraphException)
            return first;
        LOG.warn("unexpected failure on {}; trying it once more", article.source(), error.get());
        return prepareOnce(article, readShare, readCpuShare);
    }

    private Prepared prepareOnce(Article article, Duration readShare, Duration readCpuShare) {
        long t0 = System.nanoTime();
        long c0 = CpuClock.now();
        try {
            Extraction extraction = extractor.get().extract(article);
            long t1 = System.nanoTime();
            long c1 = CpuClock.now();
            Resolution resolution = resolver.resolve(article, extraction);
            long t2 = System.nanoTime();
            long c2 = CpuClock.now();
            ArticleGraph graph = mapper.map(article, extraction, resolution);
            long t3 = System.nanoTime();
            long c3 = CpuClock.now();
            String summary = extraction.entities().size() + " entities, " + extraction.mentions().size() + " mentions, "
                    + extraction.claims().size() + " claims, " + extraction.relations().size() + " relations";
            StageTimes stages = new StageTimes(StageDurations.analysis(readShare, t0, t1, t2, t3),
                    StageDurations.analysis(readCpuShare, c0, c1, c2, c3), extraction.tokens());
            IngestResult result = new IngestResult(article.source(), IngestResult.Status.STORED, Optional.of(graph.iri()),
                    summary, since(t0), Optional.empty(), stages, graph.notices());
            return new Prepared(article, Optional.of(graph), result);
        } catch (RuntimeException | Error e) {
            if (e instanceof OutOfMemoryError oom)
                throw oom;
            LOG.debug("failed to ingest {}", article.source(), e);
            // the time spent still counts (bench adds it up beside CoreNLP's own annotator times)
            StageTimes spent = new StageTimes(new StageDurations(readShare, since(t0), Duration.ZERO, Duration.ZERO, Duration.ZERO),
                    new StageDurations(readCpuShare, CpuClock.since(c0), Duration.ZERO, Duration.ZERO, Duration.ZERO), 0);
            return new Prepared(article, Optional.empty(), IngestResult.failed(article.source(), e, since(t0)).withStages(spent));
        }
    }

    /** Extracts, resolves, maps and stores one article, in its own write transaction. */
    IngestResult ingest(Article article) {
        long t = System.nanoTime();
        try {
            if (skipUnchanged) {
                Optional<String> stored = store.findByContentHash(article.contentHash(), profile.label());
                if (stored.isPresent())
                    return unchanged(article, stored.get()).withTook(since(t));
            }
        } catch (RuntimeException e) {
            return IngestResult.failed(article.source(), e, since(t));
        }
        Prepared prepared = prepare(article, Duration.ZERO, Duration.ZERO);
        if (prepared.graph().isEmpty())
            return prepared.result();
        long w = System.nanoTime();
        long cw = CpuClock.now();
        try {
            store.replace(prepared.graph().get());
        } catch (RuntimeException e) {
            LOG.debug("failed to store {}", article.source(), e);
            return IngestResult.failed(article.source(), e, since(t));
        }
        LOG.debug("stored {} as {}", article.source(), prepared.graph().get().iri());
        IngestResult r = prepared.result();
        return r.withStages(r.stages().withStore(since(w), CpuClock.since(cw))).withTook(since(t));
    }

    /** Stores an analysed item's graph in a write transaction of its own: its result, with the store's time, or its failure. */
    IngestResult storeAlone(IngestItem item) {
        long t = System.nanoTime();
        long c = CpuClock.now();
        try {
            store.replace(item.prepared().graph().orElseThrow());
            return item.stored(since(t), CpuClock.since(c));
        } catch (RuntimeException e) {
            LOG.debug("failed to store {}", item.article().source(), e);
            return IngestResult.failed(item.article().source(), e, item.result().took().plus(since(t)));
        }
    }

    static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    /** One article after extract, resolve and map: its graph when those went well, and its result so far. */
    record Prepared(Article article, Optional<ArticleGraph> graph, IngestResult result) {
    }
}
