package org.newsgraph.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * The whole answer of {@code entity-mentions} for one name read the two ways {@link InnerBatches} can read it, in one JVM,
 * turn by turn, so that both see the same machine: in batches of the inner query's rows ({@link InnerBatches#batched},
 * the way before session 7) and as {@link InnerBatches#rows} reads it now (in parts, {@link SeedParts}, with the article's
 * text read apart, {@link KeyedElement}), on one thread and on two; each query directory given (holding an
 * {@code entity-mentions.rq}) is timed both ways. First it checks that every way gives the plain query's rows in its
 * order. Not a test: a measurement, run by hand on a large store (opened read only):
 *
 * <pre>
 * mvn -o -q -B -DskipTests test-compile
 * java -Xmx4g -XX:+UseParallelGC -cp "target/test-classes:target/classes:target/lib/*" org.newsgraph.store.InnerAnswerTimes STORE RUNS NAME DIR...
 * </pre>
 *
 * Each figure is the median of RUNS runs after one warm-up run: by the clock, in CPU time of the calling thread (all the
 * work, on one thread) and in CPU time of the process (every thread and the garbage collector).
 */
public final class InnerAnswerTimes {
    private InnerAnswerTimes() {
    }

    public static void main(String[] args) {
        if (args.length < 4) {
            System.err.println("usage: InnerAnswerTimes TDB2-STORE RUNS NAME QUERY-DIR...");
            System.exit(2);
        }
        int runs = Integer.parseInt(args[1]);
        try (ArticleStore store = ArticleStore.builder().directory(Path.of(args[0])).createIfMissing(false).build()) {
            SourcePages.Execution run = (q, values) -> {
                BindingBuilder b = BindingBuilder.create();
                values.forEach((n, v) -> b.add(Var.alloc(n), v));
                return QueryExecution.dataset(store.dataset()).query(q).substitution(b.build()).set(TDB2.symUnionDefaultGraph, true).build();
            };
            Map<String, Supplier<List<Binding>>> ways = new LinkedHashMap<>();
            for (int i = 3; i < args.length; i++) {
                NamedQuery q = NamedQueries.builder().directory(Path.of(args[i])).classpath(false).build().get("entity-mentions");
                Map<String, Node> bound = q.bind(Map.of("entity", args[2]));
                List<Binding> plain = Txn.calculateRead(store.dataset(), () -> SourceBatches.runBatch(q.query(), bound, run));
                String dir = Path.of(args[i]).getFileName().toString();
                for (int threads : new int[] { 1, 2 }) {
                    ways.put(dir + " batches, " + threads + " thread(s)",
                            () -> InnerBatches.batched(store.dataset(), q, bound, threads, InnerBatches.BATCH_ROWS, run));
                    ways.put(dir + " now, " + threads + " thread(s)", () -> InnerBatches.rows(store.dataset(), q, bound, threads, InnerBatches.BATCH_ROWS, run));
                }
                ways.forEach((label, way) -> {
                    if (label.startsWith(dir + " ") && !way.get().equals(plain))
                        throw new IllegalStateException(label + " differs from the plain query's answer");
                });
                System.out.println(dir + ": " + plain.size() + " rows, every way the plain query's rows in its order");
            }
            Map<String, List<double[]>> times = new LinkedHashMap<>();
            ways.keySet().forEach(k -> times.put(k, new ArrayList<>()));
            ThreadMXBean tb = ManagementFactory.getThreadMXBean();
            for (int r = 0; r <= runs; r++)
                for (var e : ways.entrySet()) {
                    long t = System.nanoTime(), c = tb.getCurrentThreadCpuTime(), p = processCpu();
                    e.getValue().get();
                    if (r > 0)
                        times.get(e.getKey()).add(new double[] { (System.nanoTime() - t) / 1e6, (tb.getCurrentThreadCpuTime() - c) / 1e6,
                                (processCpu() - p) / 1e6 });
                }
            System.out.printf(Locale.ROOT, "%-34s %10s %12s %12s%n", "median of " + runs + " runs", "clock ms", "thread CPU", "process CPU");
            times.forEach((label, t) -> System.out.printf(Locale.ROOT, "%-34s %10.1f %12.1f %12.1f%n", label, median(t, 0), median(t, 1), median(t, 2)));
        }
    }

    private static double median(List<double[]> t, int i) {
        List<Double> v = new ArrayList<>(t.stream().map(x -> x[i]).toList());
        Collections.sort(v);
        return v.get(v.size() / 2);
    }

    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }
}
