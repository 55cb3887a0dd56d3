package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.newsgraph.IngestProgress;
import org.newsgraph.bench.BenchReport;
import org.newsgraph.bench.IngestBench;
import org.newsgraph.bench.QueryBench;
import org.newsgraph.error.BadInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = { "Measure newsgraph: ingest SOURCE into a temporary store and compare with plain CoreNLP on the same articles;",
                "or, with --queries, time every queries/*.rq on a store of many articles." })
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    CommonOptions common;

    @Option(names = "--profile", defaultValue = "default", paramLabel = "fast|default|full",
            description = "The profile to measure. Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = "--threads", paramLabel = "N", description = "Articles analysed at once. Default: the number of processors.")
    Integer threads;

    @Option(names = "--limit", paramLabel = "K", description = "Only the first K articles read.")
    Integer limit;

    @Option(names = "--no-baseline", description = "Skip the plain CoreNLP run.")
    boolean noBaseline;

    @Option(names = "--baseline-only", description = "Run plain CoreNLP alone (with --corenlp settings: what a setting costs).")
    boolean baselineOnly;

    @Option(names = "--baseline-threads", paramLabel = "N", defaultValue = "1",
            description = "Threads for plain CoreNLP. Default: ${DEFAULT-VALUE} (CoreNLP's default).")
    int baselineThreads;

    @Option(names = "--corenlp", paramLabel = "KEY=VALUE",
            description = "An extra CoreNLP setting for the plain CoreNLP run only (to measure what a setting costs).")
    List<String> corenlp = List.of();

    @Option(names = "--queries", description = "Time the queries on a store of --articles articles instead.")
    boolean queries;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
            description = "With --queries: articles in the store, copies of the ingested ones. Default: ${DEFAULT-VALUE}.")
    int articles;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "With --queries: runs per query (the median is shown). Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--seed-store", paramLabel = "DIR",
            description = "With --queries: copy the articles of this store instead of ingesting SOURCE.")
    java.nio.file.Path seedStore;

    @Option(names = "--keep-store", paramLabel = "DIR",
            description = { "Ingest into this store directory and keep it (a seed for --queries --seed-store);",
                    "with --queries: build the large store here and keep it (to time it again with --store)." })
    java.nio.file.Path keepStore;

    @Option(names = "--store", paramLabel = "DIR",
            description = "With --queries: time the queries on this store as it is (one kept by --queries --keep-store), building none.")
    java.nio.file.Path store;

    @Option(names = "--query-dir", paramLabel = "DIR",
            description = { "With --queries: time the .rq files of DIR instead of the standard queries; give it more than once",
                    "to time each query from every directory in turn on the same store (e.g. before and after a change)." })
    List<java.nio.file.Path> queryDirs = List.of();

    @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "Articles: files, directories, URLs.")
    List<String> sources = List.of();

    @Override
    public Integer call() {
        PrintStream err = main.err();
        int n = IngestCommand.threads(threads);
        if (queries) {
            if (store == null && seedStore == null && sources.isEmpty())
                throw new BadInputException("bench --queries",
                        "give SOURCE articles to ingest, --seed-store DIR to copy from or --store DIR to time as it is");
            QueryBench.Builder qb = QueryBench.builder().articles(articles).runs(runs).profile(IngestCommand.profile(profile))
                    .threads(n).sources(sources);
            if (seedStore != null)
                qb.seedStore(seedStore);
            if (keepStore != null)
                qb.keepStore(keepStore);
            if (store != null)
                qb.store(store);
            queryDirs.forEach(qb::queryDir);
            if (limit != null)
                qb.limit(limit);
            main.out().print(qb.build().run(line -> err.println(line)).format());
            return 0;
        }
        if (sources.isEmpty())
            throw new BadInputException("bench", "give at least one SOURCE (a file, directory or URL) to measure on");
        Map<String, String> settings = new LinkedHashMap<>();
        for (String s : corenlp) {
            int eq = s.indexOf('=');
            if (eq <= 0)
                throw new BadInputException(s, "a CoreNLP setting must be given as KEY=VALUE, e.g. ner.useSUTime=false");
            settings.put(s.substring(0, eq).strip(), s.substring(eq + 1).strip());
        }
        IngestBench.Builder b = IngestBench.builder().sources(sources).profile(IngestCommand.profile(profile)).threads(n)
                .baseline(!noBaseline).newsgraph(!baselineOnly).baselineThreads(baselineThreads).baselineSettings(settings);
        if (limit != null)
            b.limit(limit);
        if (keepStore != null)
            b.keepStore(keepStore);
        BenchReport report = b.build().run(this::progress);
        if (main.interactive())
            err.println();
        main.out().print(report.format());
        return report.totals().failed() > 0 ? Main.FAILED : 0;
    }

    private void progress(IngestProgress p) {
        PrintStream err = main.err();
        if (main.interactive()) {
            err.print("\r\033[K");
            main.notices(p.result());
            err.print(ProgressLine.bar(p));
        } else {
            err.println(ProgressLine.line(p));
            main.notices(p.result());
        }
        err.flush();
    }
}
