package org.newsgraph.bench;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What plain CoreNLP did with the same articles.
 *
 * @param settings   the settings given to CoreNLP (the annotator list and what it needs to build it)
 * @param threads    how many articles it annotated at once
 * @param articles   articles annotated
 * @param tokens     tokens CoreNLP counted
 * @param loadMillis how long building its pipeline took
 * @param wall       how long annotating took
 * @param annotators CoreNLP's time per annotator, in pipeline order
 * @param cpu        the CPU time the process used while annotating (robust where other programs share the machine)
 */
public record BaselineFigures(Map<String, String> settings, int threads, int articles, long tokens, long loadMillis,
        Duration wall, Map<String, Duration> annotators, Duration cpu) {
    public BaselineFigures {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        Objects.requireNonNull(wall, "The parameter 'wall' must not be null.");
        annotators = Collections.unmodifiableMap(new LinkedHashMap<>(annotators));
        Objects.requireNonNull(cpu, "The parameter 'cpu' must not be null.");
    }

    public double articlesPerSecond() {
        return BenchReport.perSecond(articles, wall);
    }

    public double tokensPerSecond() {
        return BenchReport.perSecond(tokens, wall);
    }
}
