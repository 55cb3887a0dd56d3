package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

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

    @Parameters(arity = "1..*", paramLabel = "SOURCE",
            description = "A file, a directory (recursive), an http(s) URL, or - for stdin.")
    List<String> sources;

    private int done;

    @Override
    public Integer call() {
        Profile p = profile(profile);
        PrintStream err = main.err();
        try (NewsGraph ng = main.factory().open(store.store, p, true)) {
            IngestReport report = ng.ingest(sources, this::progress);
            if (main.interactive() && done > 0)
                err.println();
            main.out().printf(Locale.ROOT, "Ingested %d article(s) into %s: %d stored, %d unchanged, %d failed (%.1f s); "
                    + "the store holds %d articles.%n", report.results().size(), store.store, report.stored(),
                    report.skipped(), report.failed(), report.took().toMillis() / 1000.0, ng.stats().articles());
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

    private void progress(IngestResult r) {
        done++;
        PrintStream err = main.err();
        if (r.failed()) {
            if (main.interactive())
                err.print("\r\033[K");
            err.println(Main.oneLine(r.message()));
            if (main.verbose())
                r.error().ifPresent(e -> e.printStackTrace(err));
            return;
        }
        String line = String.format(Locale.ROOT, "[%d] %s %s (%s; %.1f s)", done,
                r.status() == IngestResult.Status.STORED ? "stored" : "unchanged", r.source(), r.message(),
                r.took().toMillis() / 1000.0);
        if (main.interactive())
            err.print("\r\033[K" + bar(done) + " " + line);
        else
            err.println(line);
        err.flush();
    }

    private static String bar(int n) {
        int width = 20;
        int pos = n % (2 * width);
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < width; i++)
            b.append(i == (pos < width ? pos : 2 * width - pos - 1) ? '#' : '.');
        return b.append(']').toString();
    }
}
