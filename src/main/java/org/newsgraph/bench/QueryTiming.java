package org.newsgraph.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One query timed several times.
 *
 * @param name       the query's name
 * @param parameters the parameters bound, as NAME=VALUE text (empty when none)
 * @param rows       rows it returned, or {@link #TIMED_OUT}
 * @param millis     each run's time in milliseconds
 */
public record QueryTiming(String name, String parameters, long rows, List<Double> millis) {
    /** The rows of a query stopped at the time limit. */
    public static final long TIMED_OUT = -1;

    public QueryTiming {
        Objects.requireNonNull(name, "The parameter 'name' must not be null.");
        Objects.requireNonNull(parameters, "The parameter 'parameters' must not be null.");
        millis = List.copyOf(millis);
        if (millis.isEmpty())
            throw new IllegalArgumentException("a query timing needs at least one run");
    }

    /** The median run (the mean of the middle two for an even count). */
    public double median() {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public double max() {
        return Arrays.stream(millis.stream().mapToDouble(Double::doubleValue).toArray()).max().orElse(0);
    }
}
