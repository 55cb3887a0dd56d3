package org.newsgraph;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSetRewindable;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Profile;
import org.newsgraph.graph.GraphMapper;
import org.newsgraph.resolve.NameResolver;
import org.newsgraph.resolve.Resolver;
import org.newsgraph.source.Article;
import org.newsgraph.source.ReadResult;
import org.newsgraph.source.SourceReader;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.ExportFormat;
import org.newsgraph.store.NamedQueries;
import org.newsgraph.store.NamedQuery;
import org.newsgraph.store.QueryPage;
import org.newsgraph.store.Stats;

/**
 * The front door: news articles in, a traceable knowledge graph out. Wires the stages
 * read → extract → resolve → map → store and answers queries over the result.
 *
 * <pre>{@code
 * try (NewsGraph ng = NewsGraph.builder().store(Path.of("newsgraph-data")).profile(Profile.FAST).build()) {
 *     IngestReport report = ng.ingest("examples/");
 *     ResultSet rows = ng.query("who-said-what", Map.of());
 *     ResultSetFormatter.out(rows);
 * }
 * }</pre>
 *
 * Not thread-safe: use one instance from one thread at a time (an ingest runs its own threads).
 */
public final class NewsGraph implements AutoCloseable {
    private final ArticleStore store;
    private final NamedQueries queries;
    private final Pipeline pipeline;

    private NewsGraph(ArticleStore store, NamedQueries queries, Pipeline pipeline) {
        this.store = store;
        this.queries = queries;
        this.pipeline = pipeline;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The newsgraph version that writes the graphs ("0.1.0"). */
    public static String version() {
        return Version.value();
    }

    /**
     * Reads, extracts, resolves, maps and stores every article of these sources (files, directories,
     * http(s) URLs, "-" for stdin). A source that fails does not stop the others; each article is stored
     * whole or not at all. Articles already stored with the same content are skipped.
     */
    public IngestReport ingest(String... sources) {
        return ingest(List.of(sources), result -> { });
    }

    /** As {@link #ingest(String...)}, telling {@code progress} about each article as it is done. */
    public IngestReport ingest(List<String> sources, Consumer<IngestResult> progress) {
        Objects.requireNonNull(progress, "The parameter 'progress' must not be null.");
        return ingestWithProgress(sources, p -> progress.accept(p.result()));
    }

    /**
     * As {@link #ingest(String...)}, telling {@code progress} after each article how far the ingest has
     * come (rate, ETA). Articles are analysed on {@link Builder#threads(int)} threads and reported, and
     * stored, in the order they were read; {@code progress} is called on the calling thread.
     */
    public IngestReport ingestWithProgress(List<String> sources, Consumer<IngestProgress> progress) {
        Objects.requireNonNull(sources, "The parameter 'sources' must not be null.");
        Objects.requireNonNull(progress, "The parameter 'progress' must not be null.");
        return pipeline.ingest(sources, progress);
    }

    /** As {@link #ingestWithProgress}, for articles already read (for instance by {@link #read(String)}). */
    public IngestReport ingestArticles(List<Article> articles, Consumer<IngestProgress> progress) {
        Objects.requireNonNull(articles, "The parameter 'articles' must not be null.");
        Objects.requireNonNull(progress, "The parameter 'progress' must not be null.");
        return pipeline.ingestArticles(List.copyOf(articles), progress);
    }

    /** Extracts, resolves, maps and stores one article already read. */
    public IngestResult ingest(Article article) {
        Objects.requireNonNull(article, "The parameter 'article' must not be null.");
        return pipeline.ingest(article);
    }

    /**
     * Reads a source without language processing: what {@code newsgraph read} prints. The result holds the
     * articles and the parts of the source that were skipped (a collection row without text, a file of a
     * directory that cannot be read), each naming its part and what is wrong.
     *
     * @throws org.newsgraph.error.BadInputException when the source cannot be read at all
     */
    public ReadResult read(String source) {
        return pipeline.read(source);
    }

    /** The sources a given input stands for (the files of a directory, or the input itself). */
    public List<String> expand(String given) {
        return pipeline.expand(given);
    }

    /**
     * Runs a named query ({@code queries/NAME.rq}) or a query file, binding {@code params} into the parsed
     * query (IRIs as {@code <...>} or http(s) IRIs, integers typed, anything else a string); a whole list that
     * pages by source is read source by source on every core (see {@link ArticleStore#select(NamedQuery, Map, Duration)}).
     */
    public ResultSetRewindable query(String nameOrFile, Map<String, String> params) {
        NamedQuery query = queries.get(nameOrFile);
        return store.select(query, query.bind(params), null);
    }

    /**
     * Runs a named query or query file as {@link #query(String, Map)} does, returning only one page of its rows
     * (the same slice of the same ordered answer; see {@link ArticleStore#select(NamedQuery, Map, QueryPage, Duration)}).
     */
    public ResultSetRewindable query(String nameOrFile, Map<String, String> params, QueryPage page) {
        Objects.requireNonNull(page, "The parameter 'page' must not be null.");
        NamedQuery query = queries.get(nameOrFile);
        return store.select(query, query.bind(params), page, null);
    }

    /** Runs SPARQL SELECT text, binding {@code params}, returning only one page of its rows. */
    public ResultSetRewindable querySparql(String sparql, Map<String, String> params, QueryPage page) {
        Objects.requireNonNull(sparql, "The parameter 'sparql' must not be null.");
        Objects.requireNonNull(page, "The parameter 'page' must not be null.");
        NamedQuery query = NamedQueries.parse("--sparql", sparql);
        return store.select(query, query.bind(params), page, null);
    }

    /** Runs SPARQL SELECT text over the union of all article graphs. */
    public ResultSetRewindable querySparql(String sparql) {
        return querySparql(sparql, Map.of());
    }

    /** Runs SPARQL SELECT text, binding {@code params} (named after its variables) into the parsed query. */
    public ResultSetRewindable querySparql(String sparql, Map<String, String> params) {
        Objects.requireNonNull(sparql, "The parameter 'sparql' must not be null.");
        NamedQuery query = NamedQueries.parse("--sparql", sparql);
        return store.select(query.query(), query.bind(params), null);
    }

    /** Writes the whole store: trig, nquads, turtle, jsonld or rdfxml. */
    public void export(String format, OutputStream out) {
        store.export(ExportFormat.parse(format), out);
    }

    /**
     * The dataset: one named graph per article. Its queries see the union of the graphs as the default
     * graph. Read it inside a transaction ({@code Txn.calculateRead(ds, ...)}).
     */
    public Dataset dataset() {
        return store.dataset();
    }

    /** Deletes the article graph with this IRI, or those read from this source; returns their IRIs. */
    public List<String> delete(String sourceOrArticleIri) {
        return store.delete(sourceOrArticleIri);
    }

    public Stats stats() {
        return store.stats();
    }

    @Override
    public void close() {
        store.close();
    }

    /** Configures a NewsGraph: where it stores, how much language work it does, and its stages. */
    public static final class Builder {
        private final ArticleStore.Builder store = ArticleStore.builder().inMemory();
        private Profile profile = Profile.DEFAULT;
        private Extractor extractor;
        private Resolver resolver;
        private SourceReader reader;
        private GraphMapper mapper;
        private NamedQueries queries;
        private boolean skipUnchanged = true;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int writeBatch = 16;

        private Builder() {
        }

        /**
         * How many articles are analysed at once (default: the number of processors). The models are
         * loaded once and shared; output does not depend on this number.
         */
        public Builder threads(int value) {
            if (value < 1)
                throw new IllegalArgumentException("threads must be >= 1, got " + value);
            this.threads = value;
            return this;
        }

        /**
         * At most how many finished articles go into one write transaction (default 16); 1 writes each
         * alone. A batch that fails is written again one article per transaction.
         */
        public Builder writeBatch(int value) {
            if (value < 1)
                throw new IllegalArgumentException("writeBatch must be >= 1, got " + value);
            this.writeBatch = value;
            return this;
        }

        /** A TDB2 store in this directory, created on first use unless {@link #createStore(boolean)} says no. */
        public Builder store(Path directory) {
            store.directory(directory);
            return this;
        }

        /** An in-memory store (the default). */
        public Builder inMemory() {
            store.inMemory();
            return this;
        }

        /** Whether a missing store directory is created (default true). */
        public Builder createStore(boolean value) {
            store.createIfMissing(value);
            return this;
        }

        /** fast, default or full (default: default). */
        public Builder profile(Profile value) {
            this.profile = Objects.requireNonNull(value, "The parameter 'profile' must not be null.");
            return this;
        }

        /** The extractor; by default CoreNLP for the profile, created when first needed. */
        public Builder extractor(Extractor value) {
            this.extractor = Objects.requireNonNull(value, "The parameter 'extractor' must not be null.");
            return this;
        }

        public Builder resolver(Resolver value) {
            this.resolver = Objects.requireNonNull(value, "The parameter 'resolver' must not be null.");
            return this;
        }

        public Builder reader(SourceReader value) {
            this.reader = Objects.requireNonNull(value, "The parameter 'reader' must not be null.");
            return this;
        }

        public Builder mapper(GraphMapper value) {
            this.mapper = Objects.requireNonNull(value, "The parameter 'mapper' must not be null.");
            return this;
        }

        public Builder queries(NamedQueries value) {
            this.queries = Objects.requireNonNull(value, "The parameter 'queries' must not be null.");
            return this;
        }

        /** The limit for one query (default 60 s). */
        public Builder queryTimeout(Duration value) {
            store.queryTimeout(value);
            return this;
        }

        /** Whether an article stored before with the same content and profile is skipped (default true). */
        public Builder skipUnchanged(boolean value) {
            this.skipUnchanged = value;
            return this;
        }

        public NewsGraph build() {
            Profile effective = extractor != null ? extractor.profile() : profile;
            NamedQueries named = queries != null ? queries : NamedQueries.standard();
            ArticleStore opened = store.build();
            Pipeline pipeline = new Pipeline(
                    reader != null ? reader : SourceReader.standard(),
                    extractor != null ? () -> extractor : Stages.coreNlp(effective), effective,
                    resolver != null ? resolver : NameResolver.standard(),
                    mapper != null ? mapper : GraphMapper.builder().version(version()).profile(effective).build(),
                    opened, skipUnchanged, threads, writeBatch);
            return new NewsGraph(opened, named, pipeline);
        }
    }
}
