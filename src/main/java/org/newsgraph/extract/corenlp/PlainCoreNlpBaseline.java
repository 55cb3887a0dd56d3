package org.newsgraph.extract.corenlp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.newsgraph.error.NewsGraphException;
import org.newsgraph.extract.Profile;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * What a user gets running CoreNLP alone: a {@link StanfordCoreNLP} with CoreNLP's default settings for
 * the annotators of a profile (only what CoreNLP needs to build that list at all), annotating the texts
 * one after another, no newsgraph code around it. {@code bench} compares newsgraph's throughput with this.
 *
 * <p>CoreNLP keeps a JVM-wide cache of annotators by their settings, so annotators whose settings match
 * those of an already loaded newsgraph pipeline are shared, not loaded again.
 */
public final class PlainCoreNlpBaseline {
    private final Properties properties;
    private StanfordCoreNLP pipeline;
    private long loadMillis = -1;

    private PlainCoreNlpBaseline(Properties properties) {
        this.properties = properties;
    }

    /**
     * The baseline for a profile: its annotator list (without newsgraph's own {@code nocoref}, and CoreNLP's
     * {@code entitylink} where newsgraph has its {@link WikiDictLinker}) and CoreNLP's
     * defaults, plus {@code overrides} (for measuring what one setting costs).
     */
    public static PlainCoreNlpBaseline forProfile(Profile profile, Map<String, String> overrides) {
        Objects.requireNonNull(profile, "The parameter 'profile' must not be null.");
        Objects.requireNonNull(overrides, "The parameter 'overrides' must not be null.");
        List<String> annotators = new ArrayList<>(Arrays.asList(
                CoreNlpPipelines.properties(profile).getProperty("annotators").split(",")));
        annotators.remove("nocoref");
        annotators.replaceAll(a -> a.equals("wikilink") ? "entitylink" : a); // plain CoreNLP links with its own annotator
        annotators.replaceAll(a -> a.equals(CoreNlpPipelines.SPARSE_COREF) ? "coref" : a); // and scores coref pairs its own way
        annotators.replaceAll(a -> a.equals(CoreNlpPipelines.SERIAL_QUOTE) ? "quote" : a); // one thread needs no lock
        Properties p = new Properties();
        p.setProperty("annotators", String.join(",", annotators));
        if (annotators.contains("quote") && !annotators.contains("coref")) {
            // CoreNLP attributes quotes only with coref's canonical mentions (newsgraph's nocoref stands in for
            // them); without coref it refuses to build, so plain CoreNLP finds quotes without speakers here
            p.setProperty("quote.attributeQuotes", "false");
        }
        overrides.forEach(p::setProperty);
        return new PlainCoreNlpBaseline(p);
    }

    /** The settings given to CoreNLP, in key order. */
    public Map<String, String> settings() {
        Map<String, String> shown = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(k -> shown.put(k, properties.getProperty(k)));
        return shown;
    }

    /** Builds the CoreNLP pipeline and returns how long that took, in milliseconds. */
    public synchronized long load() {
        if (pipeline == null) {
            long start = System.nanoTime();
            pipeline = new StanfordCoreNLP(properties);
            loadMillis = (System.nanoTime() - start) / 1_000_000;
        }
        return loadMillis;
    }

    /**
     * Annotates every text ({@code threads} at a time; 1 is CoreNLP's default) and returns the wall time,
     * the tokens and the time per annotator.
     */
    public Run annotate(List<String> texts, int threads) {
        Objects.requireNonNull(texts, "The parameter 'texts' must not be null.");
        if (threads < 1)
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        load();
        Map<String, Duration> before = AnnotatorTimings.of(pipeline);
        AtomicLong tokens = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String text : texts)
                done.add(pool.submit(() -> {
                    CoreDocument document = new CoreDocument(text);
                    pipeline.annotate(document);
                    tokens.addAndGet(document.tokens().size());
                }));
            for (Future<?> f : done)
                f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsGraphException("The plain CoreNLP run was interrupted.", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new NewsGraphException("Plain CoreNLP failed on an article: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        return new Run(texts.size(), tokens.get(), wall, AnnotatorTimings.minus(AnnotatorTimings.of(pipeline), before));
    }

    /** One baseline run: articles, tokens, wall time, and CoreNLP's time per annotator. */
    public record Run(int articles, long tokens, Duration wall, Map<String, Duration> annotators) {
        public Run {
            Objects.requireNonNull(wall, "The parameter 'wall' must not be null.");
            annotators = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(annotators));
        }
    }
}
