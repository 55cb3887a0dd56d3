package org.newsgraph.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The query timings on a large store.
 *
 * @param articles   articles in the store
 * @param seeds      real articles they were copied from
 * @param quads      quads in the store
 * @param buildTime  how long making the copies and storing them took (zero for a store timed as it was)
 * @param timings    one per query (and parameter choice)
 */
public record QueryBenchReport(long articles, int seeds, long quads, Duration buildTime, List<QueryTiming> timings) {
    public QueryBenchReport {
        Objects.requireNonNull(buildTime, "The parameter 'buildTime' must not be null.");
        timings = List.copyOf(timings);
    }

    /** The report as a table. */
    public String format() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "store: %d articles (copies of %d ingested), %d quads, %s%n", articles, seeds, quads,
                buildTime.isZero() ? "timed as it was" : "built in " + BenchReport.seconds(buildTime)));
        b.append("answer: 'whole' is every row of the query; 'page' is its first page (query --limit N), read as its header's\n"
                + "'# Pages:' line says (source by source, or by its inner query). median ms: by the clock; CPU ms: the CPU time of\n"
                + "the process while it ran, every thread (what the query cost, whatever else the machine was doing; a whole list\n"
                + "read source by source runs on every core, so its CPU time can exceed its clock time)\n");
        int width = timings.stream().mapToInt(t -> label(t).length()).max().orElse(10);
        b.append(String.format(Locale.ROOT, "%-" + width + "s  %-6s  %10s  %10s  %10s  %8s  %4s%n", "query", "answer", "median ms",
                "CPU ms", "max ms", "rows", "runs"));
        for (QueryTiming t : timings) {
            String cpu = Double.isNaN(t.cpuMedian()) ? "-" : String.format(Locale.ROOT, "%.1f", t.cpuMedian());
            if (t.rows() == QueryTiming.TIMED_OUT)
                b.append(String.format(Locale.ROOT, "%-" + width + "s  %-6s  %10s  %10s  %10.1f  %8s  %4d%n", label(t), answer(t), "timeout",
                        cpu, t.max(), "-", t.millis().size()));
            else
                b.append(String.format(Locale.ROOT, "%-" + width + "s  %-6s  %10.1f  %10s  %10.1f  %8d  %4d%n", label(t), answer(t),
                        t.median(), cpu, t.max(), t.rows(), t.millis().size()));
        }
        return b.toString();
    }

    /** "page" for the first page of a query (its name ends in {@code --limit N}), "whole" for its whole answer. */
    static String answer(QueryTiming t) {
        return t.name().matches(".* --limit \\d+") ? "page" : "whole";
    }

    private static String label(QueryTiming t) {
        return t.parameters().isEmpty() ? t.name() : t.name() + " (" + t.parameters() + ")";
    }
}
