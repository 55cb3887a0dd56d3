package org.newsgraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.NewsGraph;
import org.newsgraph.error.NewsGraphException;
import org.newsgraph.extract.Profile;
import org.newsgraph.graph.ArticleGraph;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.NamedQueries;
import org.newsgraph.store.NamedQuery;
import org.newsgraph.store.QueryPage;

/**
 * Query speed on a large store: takes real article graphs (ingested from sources, or from a store), copies
 * them under distinct IRIs ({@link GraphReplicator}) into a TDB2 store of {@code articles} articles (kept
 * when asked, else temporary), or takes such a store as it is, and times every named query (the median of
 * {@code runs} runs after one warm-up run), with parameters taken from the seed articles
 * ({@link QueryParameterChoice}). Several query directories can be timed side by side on the same store.
 */
public final class QueryBench {
    private static final int WRITE_BATCH = 500;
    /** A query slower than this in its warm-up run is not run again. */
    static final Duration SLOW = Duration.ofSeconds(10);
    /** A query is stopped after this. */
    static final Duration LIMIT = Duration.ofSeconds(120);
    /** At most this many articles of a store timed as it is choose the parameters (all are read into memory). */
    private static final int CHOOSING_ARTICLES = 200;

    private final Builder b;

    private QueryBench(Builder b) {
        this.b = b;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds (or opens) the store and times the queries; {@code log} hears how far it has come. */
    public QueryBenchReport run(Consumer<String> log) {
        if (b.store != null)
            return timeExisting(log);
        try (BenchDirectory dir = BenchDirectory.create()) {
            Map<String, List<Triple>> seeds = seeds(dir, log);
            if (seeds.isEmpty())
                throw new NewsGraphException("No article graph to copy: the ingest stored nothing.");
            long t = System.nanoTime();
            Path large = b.keepStore != null ? b.keepStore : dir.resolve("large");
            try (ArticleStore store = ArticleStore.builder().directory(large).queryTimeout(LIMIT).build()) {
                long quads = build(store, seeds, log);
                Duration built = Duration.ofNanos(System.nanoTime() - t);
                return new QueryBenchReport(b.articles, seeds.size(), quads, built, timeAll(store, seeds, log));
            }
        }
    }

    /**
     * Times the queries on the store given, as it is; its original (not copied) articles, the first
     * {@value #CHOOSING_ARTICLES} of them, choose the parameters.
     */
    private QueryBenchReport timeExisting(Consumer<String> log) {
        try (ArticleStore store = ArticleStore.builder().directory(b.store).createIfMissing(false).queryTimeout(LIMIT).build()) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Map<String, List<Triple>> seeds = graphs(dsg, GraphReplicator::isOriginal, CHOOSING_ARTICLES);
            long[] counts = Txn.calculateRead(dsg, () -> new long[] { count(dsg.listGraphNodes()),
                    count(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)) });
            log.accept("store " + b.store + ": " + counts[0] + " articles, " + counts[1] + " quads");
            return new QueryBenchReport(counts[0], seeds.size(), counts[1], Duration.ZERO, timeAll(store, seeds, log));
        }
    }

    private static long count(java.util.Iterator<?> it) {
        long n = 0;
        for (; it.hasNext(); it.next())
            n++;
        return n;
    }

    private List<QueryTiming> timeAll(ArticleStore store, Map<String, List<Triple>> seeds, Consumer<String> log) {
        QueryParameterChoice choice = QueryParameterChoice.from(seeds);
        Map<String, NamedQueries> sets = new TreeMap<>();
        if (b.queryDirs.isEmpty())
            sets.put("", NamedQueries.standard());
        for (Path d : b.queryDirs)
            sets.put(b.queryDirs.size() == 1 ? "" : d.getFileName() + ":", NamedQueries.builder().directory(d).classpath(false).build());
        List<String> names = sets.values().stream().flatMap(q -> q.names().stream()).distinct().sorted().toList();
        log.accept("timing " + names.size() + " queries, " + b.runs + " runs each");
        List<QueryTiming> timings = new ArrayList<>();
        for (String name : names) {
            if (sets.size() > 1)
                warmUp(sets, name, store, choice);
            sets.forEach((label, queries) -> {
                if (!queries.names().contains(name))
                    return;
                NamedQuery q = queries.get(name);
                List<Map<String, String>> variants = choice.variants(name, q.parameters());
                for (Map<String, String> params : variants)
                    timings.add(time(label + name, q, params, bound -> store.select(q, bound, LIMIT).size(), log));
                if (q.pageable())
                    for (Map<String, String> params : variants)
                        timings.add(time(label + name + PAGE_LABEL, q, params, bound -> store.select(q, bound, PAGE, LIMIT).size(), log));
            });
        }
        return timings;
    }

    /**
     * Runs every version of query {@code name} once before any is timed: with two versions side by side, the one
     * timed first would otherwise be the only one to run while the JIT is still compiling the code both share.
     */
    private static void warmUp(Map<String, NamedQueries> sets, String name, ArticleStore store, QueryParameterChoice choice) {
        for (NamedQueries queries : sets.values()) {
            if (!queries.names().contains(name))
                continue;
            NamedQuery q = queries.get(name);
            for (Map<String, String> params : choice.variants(name, q.parameters())) {
                try {
                    store.select(q, q.bind(params), LIMIT);
                } catch (NewsGraphException e) {
                    // timed out: its timing says so
                }
            }
        }
    }

    private Map<String, List<Triple>> seeds(BenchDirectory dir, Consumer<String> log) {
        if (b.seedStore != null) {
            try (ArticleStore seed = ArticleStore.builder().directory(b.seedStore).createIfMissing(false).build()) {
                return graphs(seed.dataset().asDatasetGraph(), g -> true, Integer.MAX_VALUE);
            }
        }
        log.accept("ingesting the seed articles with profile " + b.profile.label());
        try (NewsGraph ng = NewsGraph.builder().store(dir.resolve("seed")).profile(b.profile).threads(b.threads).build()) {
            ng.ingestArticles(BenchSetup.read(b.sources, b.profile, b.limit), p -> log.accept(p.done() + "/" + p.known() + " "
                    + p.result().status() + " " + p.result().source()));
            return graphs(ng.dataset().asDatasetGraph(), g -> true, Integer.MAX_VALUE);
        }
    }

    private static Map<String, List<Triple>> graphs(DatasetGraph dsg, Predicate<String> which, int most) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, List<Triple>> graphs = new TreeMap<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (graphs.size() >= most || !which.test(g.getURI()))
                    return;
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
            ArticleGraph copy = GraphReplicator.copy(name, seeds.get(name), k / names.size());
            batch.add(copy);
            quads += copy.model().size();
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
     * A query whose header names a way to read pages ({@code # Pages: ...}) is timed twice: its whole answer, and
     * its first page of this many rows as {@code query --limit} reads it (labelled {@link #PAGE_LABEL}).
     */
    static final QueryPage PAGE = QueryPage.first(100);
    static final String PAGE_LABEL = " --limit " + PAGE.limit();

    /**
     * One warm-up run, then {@code runs} timed runs (clock, and CPU time of the whole process: a whole list runs on
     * several threads, and the garbage collector's work is part of what a query costs); a query whose warm-up takes
     * longer than {@link #SLOW} is timed by that one run, and one that exceeds {@link #LIMIT} is reported as timed out.
     */
    private QueryTiming time(String label, NamedQuery q, Map<String, String> params, java.util.function.ToLongFunction<Map<String, Node>> run,
            Consumer<String> log) {
        Map<String, Node> bound = q.bind(params);
        StringBuilder shown = new StringBuilder();
        params.forEach((k, v) -> shown.append(shown.isEmpty() ? "" : ", ").append(k).append('=').append(v));
        List<Double> millis = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        long rows;
        long t = System.nanoTime();
        long c = processCpu();
        try {
            rows = run.applyAsLong(bound);
        } catch (NewsGraphException e) {
            log.accept(label + " (" + shown + "): timed out after " + LIMIT.toSeconds() + " s");
            return new QueryTiming(label, shown.toString(), QueryTiming.TIMED_OUT, List.of((double) LIMIT.toMillis()));
        }
        double warmUp = (System.nanoTime() - t) / 1e6;
        if (warmUp > SLOW.toMillis()) {
            millis.add(warmUp);
            if (c >= 0)
                cpu.add((processCpu() - c) / 1e6);
        } else
            for (int i = 0; i < b.runs; i++) {
                long s = System.nanoTime();
                long sc = processCpu();
                run.applyAsLong(bound);
                millis.add((System.nanoTime() - s) / 1e6);
                if (sc >= 0)
                    cpu.add((processCpu() - sc) / 1e6);
            }
        QueryTiming timing = new QueryTiming(label, shown.toString(), rows, millis, cpu);
        log.accept(String.format(Locale.ROOT, "%s (%s): median %.1f ms (CPU %.1f ms), %d rows", label, shown, timing.median(),
                timing.cpuMedian(), rows));
        return timing;
    }

    /** The CPU time of this process so far in nanoseconds (every thread, the garbage collector's too), or -1 where not measured. */
    static long processCpu() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** Configures a query bench. */
    public static final class Builder extends BenchSetup<Builder> {
        private Path seedStore;
        private Path keepStore;
        private Path store;
        private final List<Path> queryDirs = new ArrayList<>();
        private int articles = 10_000;
        private int runs = 5;

        private Builder() {
            super(Profile.FAST);
        }

        /** A store whose article graphs are the seed. */
        public Builder seedStore(Path value) {
            this.seedStore = Objects.requireNonNull(value, "The parameter 'seedStore' must not be null.");
            return this;
        }

        /** Build the large store in this directory and keep it (to time it again with {@link #store(Path)}). */
        public Builder keepStore(Path value) {
            this.keepStore = Objects.requireNonNull(value, "The parameter 'keepStore' must not be null.");
            return this;
        }

        /** Time the queries on this store as it is (one built with {@link #keepStore(Path)}), building none. */
        public Builder store(Path value) {
            this.store = Objects.requireNonNull(value, "The parameter 'store' must not be null.");
            return this;
        }

        /**
         * Time the queries of this directory instead of the standard ones; given more than once, each
         * query is timed from every directory in turn, labelled with the directory's name.
         */
        public Builder queryDir(Path value) {
            queryDirs.add(Objects.requireNonNull(value, "The parameter 'queryDir' must not be null."));
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
            if (store == null && seedStore == null && sources.isEmpty())
                throw new IllegalArgumentException("a query bench needs sources to ingest, a seed store or a store to time");
            return new QueryBench(this);
        }
    }
}
