package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import org.newsgraph.IngestResult;
import org.newsgraph.NewsGraph;

/**
 * What the eval commands share: gold texts go through the pipeline into a temporary store (deleted
 * afterwards), each ingest is reported on stderr, and failures are counted so that the command can end
 * with one line and a non-zero exit code.
 */
final class EvalIngest {
    /** One evaluation's prediction step over an open store. */
    interface Prediction<T> {
        T predict(NewsGraph graph, Consumer<IngestResult> progress);
    }

    private final Main main;
    private final int total;
    private final String unit;
    private final boolean everyLine;
    private int done;
    private int failed;

    /**
     * @param total     the number of gold texts
     * @param unit      what a gold text is called in messages ("articles", "documents")
     * @param everyLine a line per text with its summary and time; else a short line every 20 texts
     */
    EvalIngest(Main main, int total, String unit, boolean everyLine) {
        this.main = main;
        this.total = total;
        this.unit = unit;
        this.everyLine = everyLine;
    }

    <T> T predict(String profile, Prediction<T> prediction) {
        Path tmp = EvalCommand.temporaryStore();
        try (NewsGraph ng = main.factory().open(tmp.resolve("store"), IngestCommand.profile(profile), true)) {
            return prediction.predict(ng, this::progress);
        } finally {
            EvalCommand.delete(tmp);
        }
    }

    private void progress(IngestResult r) {
        done++;
        if (r.failed()) {
            failed++;
            main.err().println(Main.oneLine(r.message()));
            if (main.verbose())
                r.error().ifPresent(e -> e.printStackTrace(main.err()));
        } else if (everyLine) {
            main.err().printf(Locale.ROOT, "[%d/%d] %s (%s; %.1f s)%n", done, total, Path.of(r.source()).getFileName(),
                    r.message(), r.took().toMillis() / 1000.0);
        } else if (main.verbose() || done % 20 == 0 || done == total) {
            main.err().printf(Locale.ROOT, "[%d/%d] %s%n", done, total, r.source());
        }
        main.notices(r);
        main.err().flush();
    }

    /** The command's exit code: after failed ingests, one line saying how many and {@link Main#FAILED}. */
    int exitCode() {
        if (failed == 0)
            return 0;
        main.err().println(failed + " of " + done + " gold " + unit + " failed to ingest; they count as " + unit
                + " with no predictions");
        return Main.FAILED;
    }
}
