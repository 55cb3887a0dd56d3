package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.newsgraph.NewsGraph;
import org.newsgraph.extract.Profile;
import org.newsgraph.source.Article;

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
        List<Article> articles = new ArrayList<>();
        try (NewsGraph reader = NewsGraph.builder().inMemory().profile(profile).build()) {
            for (String given : sources)
                for (String source : reader.expand(given))
                    for (Article a : reader.read(source)) {
                        if (articles.size() >= limit)
                            return articles;
                        articles.add(a);
                    }
        }
        return articles;
    }
}
