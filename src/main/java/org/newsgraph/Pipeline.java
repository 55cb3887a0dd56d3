package org.newsgraph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Profile;
import org.newsgraph.graph.ArticleGraph;
import org.newsgraph.graph.GraphMapper;
import org.newsgraph.resolve.Resolution;
import org.newsgraph.resolve.Resolver;
import org.newsgraph.source.Article;
import org.newsgraph.source.SourceReader;
import org.newsgraph.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The chain read → extract → resolve → map → store, assembled in plain view; one article at a time. */
final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final SourceReader reader;
    private final Supplier<Extractor> extractor;
    private final Resolver resolver;
    private final GraphMapper mapper;
    private final ArticleStore store;
    private final boolean skipUnchanged;
    private final Profile profile;

    Pipeline(SourceReader reader, Supplier<Extractor> extractor, Profile profile, Resolver resolver, GraphMapper mapper,
            ArticleStore store, boolean skipUnchanged) {
        this.profile = profile;
        this.reader = reader;
        this.extractor = extractor;
        this.resolver = resolver;
        this.mapper = mapper;
        this.store = store;
        this.skipUnchanged = skipUnchanged;
    }

    List<String> expand(String given) {
        return reader.expand(given);
    }

    List<Article> read(String source) {
        return reader.read(source);
    }

    IngestReport ingest(List<String> sources, Consumer<IngestResult> progress) {
        long start = System.nanoTime();
        List<IngestResult> results = new ArrayList<>();
        Consumer<IngestResult> done = r -> {
            results.add(r);
            progress.accept(r);
        };
        for (String given : sources) {
            List<String> expanded;
            long t = System.nanoTime();
            try {
                expanded = reader.expand(given);
            } catch (RuntimeException e) {
                done.accept(IngestResult.failed(given, e, since(t)));
                continue;
            }
            for (String source : expanded) {
                List<Article> articles;
                t = System.nanoTime();
                try {
                    articles = reader.read(source);
                } catch (RuntimeException e) {
                    done.accept(IngestResult.failed(source, e, since(t)));
                    continue;
                }
                for (Article article : articles)
                    done.accept(ingest(article));
            }
        }
        return new IngestReport(results, since(start));
    }

    IngestResult ingest(Article article) {
        long t = System.nanoTime();
        try {
            if (skipUnchanged) {
                Optional<String> stored = store.findByContentHash(article.contentHash(), profile.label());
                if (stored.isPresent())
                    return new IngestResult(article.source(), IngestResult.Status.SKIPPED_UNCHANGED, stored,
                            "unchanged since it was stored with profile " + profile.label(), since(t), Optional.empty());
            }
            Extraction extraction = extractor.get().extract(article);
            Resolution resolution = resolver.resolve(article, extraction);
            ArticleGraph graph = mapper.map(article, extraction, resolution);
            store.replace(graph);
            String summary = extraction.entities().size() + " entities, " + extraction.mentions().size() + " mentions, "
                    + extraction.claims().size() + " claims, " + extraction.relations().size() + " relations";
            LOG.debug("stored {} as {}: {}", article.source(), graph.iri(), summary);
            return new IngestResult(article.source(), IngestResult.Status.STORED, Optional.of(graph.iri()), summary, since(t),
                    Optional.empty());
        } catch (RuntimeException e) {
            LOG.debug("failed to ingest {}", article.source(), e);
            return IngestResult.failed(article.source(), e, since(t));
        }
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}
