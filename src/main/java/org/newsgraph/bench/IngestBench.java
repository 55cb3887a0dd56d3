package org.newsgraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.newsgraph.IngestProgress;
import org.newsgraph.IngestReport;
import org.newsgraph.IngestTimeline;
import org.newsgraph.NewsGraph;
import org.newsgraph.extract.Profile;
import org.newsgraph.extract.corenlp.AnnotatorTimings;
import org.newsgraph.extract.corenlp.CoreNlpPipelines;
import org.newsgraph.extract.corenlp.PlainCoreNlpBaseline;
import org.newsgraph.source.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * newsgraph against plain CoreNLP on the same articles, in one JVM: reads the sources (timed as an ingest
 * charges reading, {@link BenchSetup#readTimed}), loads the models and opens the store (timed: ready to ingest),
 * ingests the articles into a temporary store on {@code threads} threads, then annotates
 * the same texts with {@link PlainCoreNlpBaseline}. Built with {@link #builder()}.
 */
public final class IngestBench {
    private static final Logger LOG = LoggerFactory.getLogger(IngestBench.class);

    private final List<String> sources;
    private final Profile profile;
    private final int threads;
    private final int limit;
    private final boolean baseline;
    private final int baselineThreads;
    private final Map<String, String> baselineSettings;
    private final Path keepStore;
    private final boolean newsgraph;

    private IngestBench(Builder b) {
        this.sources = List.copyOf(b.sources);
        this.profile = b.profile;
        this.threads = b.threads;
        this.limit = b.limit;
        this.baseline = b.baseline;
        this.baselineThreads = b.baselineThreads;
        this.baselineSettings = Map.copyOf(b.baselineSettings);
        this.keepStore = b.keepStore;
        this.newsgraph = b.newsgraph;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs the bench; {@code progress} hears about each article newsgraph ingests. */
    public BenchReport run(Consumer<IngestProgress> progress) {
        try (BenchDirectory dir = BenchDirectory.create()) {
            MemoryProbe.resetHeapPeak();
            BenchSetup.Reading reading = BenchSetup.readTimed(sources, limit);
            List<Article> articles = reading.articles();
            Duration read = reading.took();
            LOG.info("read {} articles in {} ms", articles.size(), read.toMillis());
            long load = 0;
            Duration loadCpu = Duration.ZERO;
            Map<String, Duration> annotators = Map.of();
            StageTotals totals = StageTotals.of(List.of());
            IngestTimeline timeline = IngestTimeline.NONE;
            Duration wall = Duration.ZERO;
            Duration cpu = Duration.ZERO;
            if (newsgraph) {
                long loadCpu0 = MemoryProbe.processCpuNanos();
                CoreNlpPipelines.preload(profile);
                loadCpu = Duration.ofNanos(Math.max(0, MemoryProbe.processCpuNanos() - loadCpu0));
                load = CoreNlpPipelines.loadMillis(profile);
                Map<String, Duration> before = AnnotatorTimings.of(profile);
                IngestReport report;
                Path storeDir = keepStore != null ? keepStore : dir.resolve("store");
                // opening the store (and starting Jena) is part of getting ready to ingest
                long open = System.nanoTime();
                long openCpu = MemoryProbe.processCpuNanos();
                try (NewsGraph ng = NewsGraph.builder().store(storeDir).profile(profile).threads(threads).skipUnchanged(false)
                        .build()) {
                    load += (System.nanoTime() - open) / 1_000_000;
                    loadCpu = loadCpu.plus(Duration.ofNanos(Math.max(0, MemoryProbe.processCpuNanos() - openCpu)));
                    long cpu0 = MemoryProbe.processCpuNanos();
                    report = ng.ingestArticles(articles, progress);
                    cpu = Duration.ofNanos(Math.max(0, MemoryProbe.processCpuNanos() - cpu0));
                }
                annotators = AnnotatorTimings.minus(AnnotatorTimings.of(profile), before);
                totals = StageTotals.of(report.results()).withRead(read, reading.cpu());
                timeline = report.timeline();
                wall = report.took().plus(read);
            }
            long heapPeak = MemoryProbe.heapPeakBytes();
            var rss = MemoryProbe.peakRssBytes();
            Optional<BaselineFigures> base = Optional.empty();
            Optional<String> baselineFailure = Optional.empty();
            if (baseline) {
                try {
                    base = Optional.of(baseline(articles));
                } catch (RuntimeException e) {
                    LOG.debug("plain CoreNLP failed", e);
                    baselineFailure = Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
            return new BenchReport(profile.label(), newsgraph ? threads : 0, load, loadCpu, wall, cpu, totals, timeline, annotators, heapPeak, rss,
                    base, baselineFailure);
        }
    }

    private BaselineFigures baseline(List<Article> articles) {
        PlainCoreNlpBaseline plain = PlainCoreNlpBaseline.forProfile(profile, baselineSettings);
        long load = plain.load();
        long cpu0 = MemoryProbe.processCpuNanos();
        PlainCoreNlpBaseline.Run run = plain.annotate(articles.stream().map(Article::text).toList(), baselineThreads);
        Duration cpu = Duration.ofNanos(Math.max(0, MemoryProbe.processCpuNanos() - cpu0));
        return new BaselineFigures(plain.settings(), baselineThreads, run.articles(), run.tokens(), load, run.wall(),
                run.annotators(), cpu);
    }

    /** Configures a bench run. */
    public static final class Builder extends BenchSetup<Builder> {
        private boolean baseline = true;
        private int baselineThreads = 1;
        private Map<String, String> baselineSettings = Map.of();
        private Path keepStore;
        private boolean newsgraph = true;

        private Builder() {
            super(Profile.DEFAULT);
        }

        /** Whether plain CoreNLP runs too (default true). */
        public Builder baseline(boolean value) {
            this.baseline = value;
            return this;
        }

        /** Threads for plain CoreNLP (default 1, CoreNLP's own default). */
        public Builder baselineThreads(int value) {
            if (value < 1)
                throw new IllegalArgumentException("baselineThreads must be >= 1, got " + value);
            this.baselineThreads = value;
            return this;
        }

        /** Extra CoreNLP settings for the baseline only, to measure what a setting costs. */
        public Builder baselineSettings(Map<String, String> value) {
            this.baselineSettings = Objects.requireNonNull(value, "The parameter 'baselineSettings' must not be null.");
            return this;
        }

        /** Whether newsgraph runs (default true); false measures plain CoreNLP alone, for comparing settings. */
        public Builder newsgraph(boolean value) {
            this.newsgraph = value;
            return this;
        }

        /** Ingest into this store directory and keep it (for {@code bench --queries --seed-store}). */
        public Builder keepStore(Path value) {
            this.keepStore = Objects.requireNonNull(value, "The parameter 'keepStore' must not be null.");
            return this;
        }

        public IngestBench build() {
            if (sources.isEmpty())
                throw new IllegalArgumentException("a bench needs at least one source");
            return new IngestBench(this);
        }
    }
}
