package org.newsgraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.NewsGraph;
import org.newsgraph.extract.Profile;
import org.newsgraph.graph.ArticleGraph;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.NamedQueries;
import org.newsgraph.store.NamedQuery;

/**
 * Query speed on a large store: takes real article graphs (ingested from sources, or from a store), copies
 * them under distinct IRIs ({@link GraphReplicator}) into a temporary TDB2 store of {@code articles}
 * articles, and times every named query (the median of {@code runs} runs after one warm-up run), with
 * parameters taken from the data ({@link QueryParameterChoice}).
 */
public final class QueryBench {
    private static final int WRITE_BATCH = 500;
    /** A query slower than this in its warm-up run is not run again. */
    static final Duration SLOW = Duration.ofSeconds(10);
    /** A query is stopped after this. */
    static final Duration LIMIT = Duration.ofSeconds(120);

    private final Builder b;

    private QueryBench(Builder b) {
        this.b = b;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds the store, times the queries; {@code log} hears how far the build has come. */
    public QueryBenchReport run(Consumer<String> log) {
        Path dir = IngestBenchDirectories.create();
        try {
            Map<String, List<Triple>> seeds = seeds(dir, log);
            if (seeds.isEmpty())
                throw new org.newsgraph.error.NewsGraphException("No article graph to copy: the ingest stored nothing.");
            QueryParameterChoice choice = QueryParameterChoice.from(seeds);
            long t = System.nanoTime();
            try (ArticleStore store = ArticleStore.builder().directory(dir.resolve("large")).queryTimeout(Duration.ofMinutes(10))
                    .build()) {
                long quads = build(store, seeds, log);
                Duration built = Duration.ofNanos(System.nanoTime() - t);
                log.accept("timing the queries, " + b.runs + " runs each");
                List<QueryTiming> timings = new ArrayList<>();
                NamedQueries queries = NamedQueries.standard();
                for (String name : queries.names()) {
                    NamedQuery q = queries.get(name);
                    for (Map<String, String> params : choice.variants(q.parameters()))
                        timings.add(time(store, q, params, log));
                }
                return new QueryBenchReport(b.articles, seeds.size(), quads, built, timings);
            }
        } finally {
            IngestBench.delete(dir);
        }
    }

    private Map<String, List<Triple>> seeds(Path dir, Consumer<String> log) {
        if (b.seedStore != null) {
            try (ArticleStore seed = ArticleStore.builder().directory(b.seedStore).createIfMissing(false).build()) {
                return graphs(seed.dataset().asDatasetGraph());
            }
        }
        log.accept("ingesting the seed articles with profile " + b.profile.label());
        try (NewsGraph ng = NewsGraph.builder().store(dir.resolve("seed")).profile(b.profile).threads(b.threads).build()) {
            ng.ingestArticles(IngestBench.read(b.sources, b.profile, b.limit), p -> log.accept(p.done() + "/" + p.known() + " " + p.result().status() + " "
                    + p.result().source()));
            return graphs(ng.dataset().asDatasetGraph());
        }
    }

    private static Map<String, List<Triple>> graphs(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, List<Triple>> graphs = new TreeMap<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                List<Triple> triples = new ArrayList<>();
                dsg.getGraph(g).find().forEachRemaining(triples::add);
                graphs.put(g.getURI(), triples);
            });
            return graphs;
        });
    }

    private long build(ArticleStore store, Map<String, List<Triple>> seeds, Consumer<String> log) {
        List<String> names = new ArrayList<>(seeds.keySet());
        List<ArticleGraph> batch = new ArrayList<>();
        long quads = 0;
        for (int k = 0; k < b.articles; k++) {
            String name = names.get(k % names.size());
            batch.add(GraphReplicator.copy(name, seeds.get(name), k / names.size()));
            quads += seeds.get(name).size();
            if (batch.size() == WRITE_BATCH || k == b.articles - 1) {
                store.replaceAll(batch);
                batch.clear();
                if ((k + 1) % 2000 == 0 || k == b.articles - 1)
                    log.accept("stored " + (k + 1) + " of " + b.articles + " articles");
            }
        }
        return quads;
    }

    /**
     * One warm-up run, then {@code runs} timed runs; a query whose warm-up takes longer than
     * {@link #SLOW} is timed by that one run, and one that exceeds {@link #LIMIT} is reported as timed out.
     */
    private QueryTiming time(ArticleStore store, NamedQuery q, Map<String, String> params, Consumer<String> log) {
        Map<String, Node> bound = q.bind(params);
        StringBuilder shown = new StringBuilder();
        params.forEach((k, v) -> shown.append(shown.isEmpty() ? "" : ", ").append(k).append('=').append(v));
        List<Double> millis = new ArrayList<>();
        long rows;
        long t = System.nanoTime();
        try {
            rows = store.select(q.query(), bound, LIMIT).size();
        } catch (org.newsgraph.error.NewsGraphException e) {
            log.accept(q.name() + " (" + shown + "): timed out after " + LIMIT.toSeconds() + " s");
            return new QueryTiming(q.name(), shown.toString(), QueryTiming.TIMED_OUT, List.of((double) LIMIT.toMillis()));
        }
        double warmUp = (System.nanoTime() - t) / 1e6;
        if (warmUp > SLOW.toMillis())
            millis.add(warmUp);
        else
            for (int i = 0; i < b.runs; i++) {
                long s = System.nanoTime();
                store.select(q.query(), bound, LIMIT).size();
                millis.add((System.nanoTime() - s) / 1e6);
            }
        QueryTiming timing = new QueryTiming(q.name(), shown.toString(), rows, millis);
        log.accept(String.format(java.util.Locale.ROOT, "%s (%s): median %.1f ms, %d rows", q.name(), shown, timing.median(), rows));
        return timing;
    }

    /** Configures a query bench. */
    public static final class Builder {
        private final List<String> sources = new ArrayList<>();
        private Path seedStore;
        private Profile profile = Profile.FAST;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int articles = 10_000;
        private int runs = 5;
        private int limit = Integer.MAX_VALUE;

        private Builder() {
        }

        /** Articles to ingest as the seed (unless {@link #seedStore(Path)}). */
        public Builder sources(List<String> value) {
            sources.addAll(Objects.requireNonNull(value, "The parameter 'sources' must not be null."));
            return this;
        }

        /** At most this many seed articles, the first ones read. */
        public Builder limit(int value) {
            if (value < 1)
                throw new IllegalArgumentException("limit must be >= 1, got " + value);
            this.limit = value;
            return this;
        }

        /** A store whose article graphs are the seed. */
        public Builder seedStore(Path value) {
            this.seedStore = Objects.requireNonNull(value, "The parameter 'seedStore' must not be null.");
            return this;
        }

        public Builder profile(Profile value) {
            this.profile = Objects.requireNonNull(value, "The parameter 'profile' must not be null.");
            return this;
        }

        public Builder threads(int value) {
            if (value < 1)
                throw new IllegalArgumentException("threads must be >= 1, got " + value);
            this.threads = value;
            return this;
        }

        /** Articles in the large store (default 10,000). */
        public Builder articles(int value) {
            if (value < 1)
                throw new IllegalArgumentException("articles must be >= 1, got " + value);
            this.articles = value;
            return this;
        }

        /** Timed runs per query (default 5). */
        public Builder runs(int value) {
            if (value < 1)
                throw new IllegalArgumentException("runs must be >= 1, got " + value);
            this.runs = value;
            return this;
        }

        public QueryBench build() {
            if (seedStore == null && sources.isEmpty())
                throw new IllegalArgumentException("a query bench needs sources to ingest or a seed store");
            return new QueryBench(this);
        }
    }
}
