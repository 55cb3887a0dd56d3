package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.newsgraph.IngestProgress;
import org.newsgraph.IngestReport;
import org.newsgraph.IngestResult;
import org.newsgraph.NewsGraph;
import org.newsgraph.error.BadInputException;
import org.newsgraph.extract.Profile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read, analyse and store articles: one named graph per article, replaced on re-ingest.")
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    CommonOptions common;

    @Mixin
    StoreOption store;

    @Option(names = "--profile", defaultValue = "default", paramLabel = "fast|default|full",
            description = "How much language work to do (see README for time and memory). Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles analysed at once; the models are loaded once and shared. Default: the number of processors.")
    Integer threads;

    @Parameters(arity = "1..*", paramLabel = "SOURCE",
            description = "A file, a directory (recursive), an http(s) URL, or - for stdin.")
    List<String> sources;

    private int done;

    @Override
    public Integer call() {
        Profile p = profile(profile);
        PrintStream err = main.err();
        int n = threads(threads);
        try (NewsGraph ng = main.factory().open(store.store, p, true, n)) {
            IngestReport report = ng.ingestWithProgress(sources, this::progress);
            if (main.interactive() && done > 0)
                err.println();
            main.out().printf(Locale.ROOT, "Ingest finished: %d stored, %d unchanged, %d failed (%.1f s); "
                    + "the store %s holds %d articles.%n", report.stored(), report.skipped(), report.failed(),
                    report.took().toMillis() / 1000.0, store.store, ng.stats().articles());
            return report.hasFailures() ? Main.FAILED : 0;
        }
    }

    static Profile profile(String label) {
        try {
            return Profile.parse(label.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(label, "unknown profile; allowed: fast, default, full");
        }
    }

    static int threads(Integer given) {
        if (given == null)
            return Runtime.getRuntime().availableProcessors();
        if (given < 1)
            throw new BadInputException("--threads " + given, "the number of threads must be 1 or more");
        return given;
    }

    private void progress(IngestProgress p) {
        done++;
        PrintStream err = main.err();
        IngestResult r = p.result();
        if (main.interactive()) {
            err.print("\r\033[K");
            if (r.failed())
                err.println(Main.oneLine(r.message()));
            main.notices(r);
            err.print(ProgressLine.bar(p));
        } else {
            err.println(r.failed() ? Main.oneLine(r.message()) + " " + ProgressLine.rateAndEta(p) : ProgressLine.line(p));
            main.notices(r);
        }
        if (r.failed() && main.verbose())
            r.error().ifPresent(e -> e.printStackTrace(err));
        err.flush();
    }
}
