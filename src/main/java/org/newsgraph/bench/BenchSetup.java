package org.newsgraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.newsgraph.extract.Profile;
import org.newsgraph.source.Article;
import org.newsgraph.source.SourceReader;

/**
 * What every bench starts from, configured the same way: the articles to ingest (the first {@code limit}
 * read from the sources), the profile and the threads. The ingest bench and the query bench builders extend it.
 *
 * @param <B> the builder itself, so that the setters chain
 */
public abstract class BenchSetup<B extends BenchSetup<B>> {
    final List<String> sources = new ArrayList<>();
    Profile profile;
    int threads = Runtime.getRuntime().availableProcessors();
    int limit = Integer.MAX_VALUE;

    BenchSetup(Profile profile) {
        this.profile = profile;
    }

    private B self() {
        @SuppressWarnings("unchecked")
        B b = (B) this;
        return b;
    }

    /** Articles to ingest: files, directories, URLs. */
    public B sources(List<String> value) {
        sources.addAll(Objects.requireNonNull(value, "The parameter 'sources' must not be null."));
        return self();
    }

    public B profile(Profile value) {
        this.profile = Objects.requireNonNull(value, "The parameter 'profile' must not be null.");
        return self();
    }

    /** Articles analysed at once (default: the number of processors). */
    public B threads(int value) {
        if (value < 1)
            throw new IllegalArgumentException("threads must be >= 1, got " + value);
        this.threads = value;
        return self();
    }

    /** At most this many articles, the first ones read. */
    public B limit(int value) {
        if (value < 1)
            throw new IllegalArgumentException("limit must be >= 1, got " + value);
        this.limit = value;
        return self();
    }

    /** The first {@code limit} articles of the sources, read without language processing. */
    static List<Article> read(List<String> sources, Profile profile, int limit) {
        return readTimed(sources, limit).articles();
    }

    /**
     * The first {@code limit} articles of the sources, and the time their reading took as an ingest charges
     * it: each source's read time shared by the articles it gives, for those taken (a collection read for its
     * first 20 rows charges 20 rows' share, not the whole file's).
     */
    static Reading readTimed(List<String> sources, int limit) {
        SourceReader reader = SourceReader.standard();
        List<Article> articles = new ArrayList<>();
        long nanos = 0;
        long cpu = 0;
        for (String given : sources) {
            long t = System.nanoTime();
            long c = MemoryProbe.threadCpuNanos();
            List<String> expanded = reader.expand(given);
            nanos += System.nanoTime() - t;
            cpu += MemoryProbe.threadCpuNanos() - c;
            for (String source : expanded) {
                if (articles.size() >= limit)
                    return new Reading(articles, Duration.ofNanos(nanos), Duration.ofNanos(cpu));
                long t0 = System.nanoTime();
                long c0 = MemoryProbe.threadCpuNanos();
                List<Article> read = reader.read(source).articles();
                long took = System.nanoTime() - t0;
                long tookCpu = MemoryProbe.threadCpuNanos() - c0;
                int taken = Math.min(read.size(), limit - articles.size());
                nanos += read.isEmpty() ? took : took * taken / read.size();
                cpu += read.isEmpty() ? tookCpu : tookCpu * taken / read.size();
                articles.addAll(read.subList(0, taken));
            }
        }
        return new Reading(articles, Duration.ofNanos(nanos), Duration.ofNanos(cpu));
    }

    /** Articles read, and the time (thread and CPU) charged for reading them. */
    record Reading(List<Article> articles, Duration took, Duration cpu) {
        Reading {
            articles = List.copyOf(articles);
            Objects.requireNonNull(took, "The parameter 'took' must not be null.");
            Objects.requireNonNull(cpu, "The parameter 'cpu' must not be null.");
        }
    }
}
