package org.newsgraph.cli;

import java.time.Duration;
import java.util.Locale;

import org.newsgraph.IngestProgress;
import org.newsgraph.IngestResult;

/** How ingest progress looks: a line per article in a log, a one-line bar on a terminal. */
final class ProgressLine {
    static final int BAR_WIDTH = 20;

    private ProgressLine() {
    }

    /** "[3/171] stored FILE (12 mentions; 2.1 s) 0.8 articles/s, ETA 3m 35s" */
    static String line(IngestProgress p) {
        IngestResult r = p.result();
        String what = switch (r.status()) {
            case STORED -> "stored";
            case SKIPPED_UNCHANGED -> "unchanged";
            case FAILED -> "failed";
        };
        return String.format(Locale.ROOT, "[%d/%s] %s %s (%s; %.1f s) %s", p.done(), total(p), what, r.source(),
                Main.oneLine(r.message()), r.took().toMillis() / 1000.0, rateAndEta(p));
    }

    /** "[#########...........] 45/100 0.8 articles/s, ETA 1m 09s" — for a terminal, no source names. */
    static String bar(IngestProgress p) {
        int filled = (int) Math.round((double) p.done() / p.known() * BAR_WIDTH);
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < BAR_WIDTH; i++)
            b.append(i < filled ? '#' : '.');
        return b.append("] ").append(p.done()).append('/').append(total(p)).append(' ').append(rateAndEta(p)).toString();
    }

    static String rateAndEta(IngestProgress p) {
        String rate = String.format(Locale.ROOT, "%.2f articles/s", p.rate());
        return p.eta().map(eta -> rate + ", ETA " + (p.allRead() ? "" : ">= ") + duration(eta)).orElse(rate);
    }

    /** "4s", "3m 05s", "2h 07m" */
    static String duration(Duration d) {
        long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
        if (s < 60)
            return s + "s";
        if (s < 3600)
            return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        return String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60);
    }

    private static String total(IngestProgress p) {
        return p.allRead() ? Integer.toString(p.known()) : p.known() + "+";
    }
}
