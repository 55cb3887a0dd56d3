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
 * @param cpuMillis  each run's CPU time in milliseconds, of the whole process while the query ran (what the query
 *                   cost, on every thread, whatever else the machine was doing), or empty where not measured
 */
public record QueryTiming(String name, String parameters, long rows, List<Double> millis, List<Double> cpuMillis) {
    /** The rows of a query stopped at the time limit. */
    public static final long TIMED_OUT = -1;

    public QueryTiming {
        Objects.requireNonNull(name, "The parameter 'name' must not be null.");
        Objects.requireNonNull(parameters, "The parameter 'parameters' must not be null.");
        millis = List.copyOf(millis);
        if (millis.isEmpty())
            throw new IllegalArgumentException("a query timing needs at least one run");
        cpuMillis = List.copyOf(cpuMillis);
        if (!cpuMillis.isEmpty() && cpuMillis.size() != millis.size())
            throw new IllegalArgumentException("a query timing needs a CPU time per run or none, got " + cpuMillis.size() + " for "
                    + millis.size() + " runs");
    }

    /** Runs timed by the clock only. */
    public QueryTiming(String name, String parameters, long rows, List<Double> millis) {
        this(name, parameters, rows, millis, List.of());
    }

    /** The median run (the mean of the middle two for an even count). */
    public double median() {
        return median(millis);
    }

    /** The median CPU time of a run, or NaN where not measured. */
    public double cpuMedian() {
        return cpuMillis.isEmpty() ? Double.NaN : median(cpuMillis);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public double max() {
        return Arrays.stream(millis.stream().mapToDouble(Double::doubleValue).toArray()).max().orElse(0);
    }
}
