package org.newsgraph.bench;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import org.newsgraph.IngestTimeline;
import org.newsgraph.StageDurations;
import org.newsgraph.StageTimes;

/**
 * The figures of one {@code bench} run, and their text.
 *
 * @param profile      the profile
 * @param threads      articles analysed at once
 * @param loadMillis   loading the models and opening the store (ready to ingest after this)
 * @param loadCpu      the CPU time the process used loading the models and opening the store (all threads, GC included): the load
 *                     figure that other programs on the machine disturb least
 * @param wall         the ingest, from the first article read to the last stored (models loaded before): the articles'
 *                     reading (before the ingest proper, as {@code totals}' read time) and the ingest
 * @param cpu          the CPU time the process used during the ingest (all threads)
 * @param totals       per-stage totals (thread and CPU time)
 * @param timeline     when the ingest's stages ran ({@link IngestTimeline#NONE} where not known)
 * @param annotators   CoreNLP's own time per annotator during the ingest (thread time), in pipeline order
 * @param heapPeak     peak heap use during load and ingest, bytes
 * @param peakRss      the process's peak resident set, bytes, where known
 * @param baseline     plain CoreNLP on the same articles, where it ran
 * @param baselineFailure why plain CoreNLP could not run, where it failed
 */
public record BenchReport(String profile, int threads, long loadMillis, Duration loadCpu, Duration wall, Duration cpu, StageTotals totals,
        IngestTimeline timeline, Map<String, Duration> annotators, long heapPeak, OptionalLong peakRss, Optional<BaselineFigures> baseline,
        Optional<String> baselineFailure) {
    public BenchReport {
        Objects.requireNonNull(profile, "The parameter 'profile' must not be null.");
        Objects.requireNonNull(loadCpu, "The parameter 'loadCpu' must not be null.");
        Objects.requireNonNull(wall, "The parameter 'wall' must not be null.");
        Objects.requireNonNull(cpu, "The parameter 'cpu' must not be null.");
        Objects.requireNonNull(totals, "The parameter 'totals' must not be null.");
        Objects.requireNonNull(timeline, "The parameter 'timeline' must not be null.");
        annotators = Collections.unmodifiableMap(new LinkedHashMap<>(annotators));
        Objects.requireNonNull(peakRss, "The parameter 'peakRss' must not be null.");
        Objects.requireNonNull(baseline, "The parameter 'baseline' must not be null.");
        Objects.requireNonNull(baselineFailure, "The parameter 'baselineFailure' must not be null.");
    }

    public double articlesPerSecond() {
        return perSecond(totals.stored(), wall);
    }

    public double tokensPerSecond() {
        return perSecond(totals.sum().tokens(), wall);
    }

    /** newsgraph's articles/s over plain CoreNLP's on the same articles, where the baseline ran. */
    public Optional<Double> ratio() {
        return baseline.filter(b -> threads > 0 && b.articlesPerSecond() > 0).map(b -> articlesPerSecond() / b.articlesPerSecond());
    }

    /**
     * Plain CoreNLP's CPU time per article over newsgraph's: the ratio that other programs on the machine
     * disturb least (wall-time ratios swing with their load).
     */
    public Optional<Double> cpuRatio() {
        return baseline.filter(b -> threads > 0 && totals.stored() > 0 && b.articles() > 0 && cpu.toNanos() > 0)
                .map(b -> (b.cpu().toNanos() / (double) b.articles()) / (cpu.toNanos() / (double) totals.stored()));
    }

    /**
     * The wall time before the first article's analysis began: reading the articles, then handing the first to
     * a worker. The user waits for it.
     */
    public Duration readingFirst() {
        return totals.sum().thread().read().plus(timeline.firstHanded());
    }

    /** The wall time after the last article's analysis ended: storing what was left. The user waits for it. */
    public Duration storeTail() {
        return timeline.tail(wall.minus(totals.sum().thread().read()));
    }

    /**
     * What newsgraph's own stages add to the wall time, beside what they do while articles are analysed:
     * {@link #readingFirst()} and {@link #storeTail()}.
     */
    public Duration ownWall() {
        return readingFirst().plus(storeTail());
    }

    static double perSecond(double count, Duration d) {
        double s = d.toNanos() / 1e9;
        return s <= 0 ? 0 : count / s;
    }

    /** The report as lines of text. */
    public String format() {
        StringBuilder b = new StringBuilder();
        if (threads == 0)
            line(b, "newsgraph, profile %s: not run", profile);
        else
            newsgraph(b);
        baseline.ifPresent(base -> {
            line(b, "plain CoreNLP, %d thread%s, CoreNLP's defaults except: %s", base.threads(), base.threads() == 1 ? "" : "s",
                    base.settings());
            line(b, "  pipeline build                %8s", seconds(Duration.ofMillis(base.loadMillis())));
            line(b, "  annotate wall time            %8s   %.3f articles/s   %.1f tokens/s (%d articles, %d tokens)",
                    seconds(base.wall()), base.articlesPerSecond(), base.tokensPerSecond(), base.articles(), base.tokens());
            line(b, "  annotate CPU time             %8s   %.2f CPU s per article", seconds(base.cpu()),
                    base.articles() == 0 ? 0.0 : base.cpu().toNanos() / 1e9 / base.articles());
            Duration baseTotal = base.annotators().values().stream().reduce(Duration.ZERO, Duration::plus);
            base.annotators().forEach((name, time) -> stage(b, "  " + name, time, baseTotal));
        });
        baselineFailure.ifPresent(f -> line(b, "plain CoreNLP failed: %s", f.strip().replaceAll("\\s*\\R\\s*", " ")));
        ratio().ifPresent(r -> line(b, "throughput ratio newsgraph / plain CoreNLP: %.2fx (articles/s, same articles)", r));
        cpuRatio().ifPresent(r -> line(b, "CPU efficiency ratio newsgraph / plain CoreNLP: %.2fx (articles per CPU second)", r));
        return b.toString();
    }

    private void newsgraph(StringBuilder b) {
        StageTimes s = totals.sum();
        line(b, "newsgraph, profile %s, %d thread%s: %d articles stored, %d failed, %d tokens", profile, threads,
                threads == 1 ? "" : "s", totals.stored(), totals.failed(), s.tokens());
        line(b, "  model load (ready to ingest)  %8s   %s CPU", seconds(Duration.ofMillis(loadMillis)), seconds(loadCpu));
        line(b, "  ingest wall time              %8s   %.3f articles/s   %.1f tokens/s", seconds(wall), articlesPerSecond(),
                tokensPerSecond());
        line(b, "  ingest CPU time               %8s   %.2f CPU s per article", seconds(cpu),
                totals.stored() == 0 ? 0.0 : cpu.toNanos() / 1e9 / totals.stored());
        line(b, "  stage                   thread time   share     CPU time   share");
        Duration total = s.thread().total();
        stage(b, "read", StageDurations::read, s);
        stage(b, "extract", StageDurations::extract, s);
        Duration extract = s.thread().extract();
        Duration annotated = Duration.ZERO;
        for (Map.Entry<String, Duration> a : annotators.entrySet()) {
            stage(b, "  " + a.getKey(), a.getValue(), total);
            annotated = annotated.plus(a.getValue());
        }
        if (!annotators.isEmpty())
            stage(b, "  (to our records)", extract.minus(annotated).isNegative() ? Duration.ZERO : extract.minus(annotated), total);
        stage(b, "resolve", StageDurations::resolve, s);
        stage(b, "map", StageDurations::map, s);
        stage(b, "store", StageDurations::store, s);
        line(b, "  newsgraph's own stages (read, resolve, map, store): %.1f%% of stage thread time, %.1f%% of stage CPU time",
                100 * totals.ownShare(), 100 * totals.ownCpuShare());
        line(b, "  the stages' CPU time is %s of the process's %s (the rest: garbage collection, JIT compilation); own stages %.1f%% of it",
                seconds(s.cpu().total()), seconds(cpu), percent(s.cpu().own(), cpu));
        line(b, "  what they add to the wall time: %s (%.1f%%) = reading before the first analysis %s + storing after the last %s",
                seconds(ownWall()), percent(ownWall(), wall), seconds(readingFirst()), seconds(storeTail()));
        Duration analysed = timeline.lastAnalysed();
        line(b, "  workers idle before the last analysis ended: %s of %d x %s (%.1f%%); the reader, ahead, waited %s for room in the queue",
                seconds(timeline.idle(threads)), threads, seconds(analysed), percent(timeline.idle(threads), analysed.multipliedBy(threads)),
                seconds(timeline.readerBlocked()));
        line(b, "  write transactions: %d, their commits %s of writer thread time", timeline.transactions(), seconds(timeline.commits()));
        line(b, "  peak heap %s, peak RSS %s", gigabytes(heapPeak),
                peakRss.isPresent() ? gigabytes(peakRss.getAsLong()) : "unknown");
    }

    private static double percent(Duration part, Duration whole) {
        return whole.isZero() ? 0 : 100.0 * part.toNanos() / whole.toNanos();
    }

    /** A stage with thread time only (CoreNLP's annotators time themselves on the wall clock). */
    private static void stage(StringBuilder b, String name, Duration time, Duration total) {
        line(b, "    %-22s %9s  %5.1f%%", name, seconds(time), percent(time, total));
    }

    /** A stage on both clocks, each with its share of all stages on that clock. */
    private static void stage(StringBuilder b, String name, Function<StageDurations, Duration> stage, StageTimes s) {
        Duration time = stage.apply(s.thread());
        Duration cpu = stage.apply(s.cpu());
        Duration total = s.thread().total();
        Duration totalCpu = s.cpu().total();
        line(b, "    %-22s %9s  %5.1f%%   %9s  %5.1f%%", name, seconds(time), percent(time, total), seconds(cpu), percent(cpu, totalCpu));
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }

    static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
