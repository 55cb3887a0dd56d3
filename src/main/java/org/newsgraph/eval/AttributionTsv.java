package org.newsgraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsgraph.error.BadInputException;
import org.newsgraph.extract.Span;

/**
 * The predicted-attribution TSV of {@code score_attribution.py}: one attribution a line,
 * {@code doc source_begin source_end cue_begin cue_end content_begin content_end}, an empty field where
 * a part is absent. A discontinuous part is written as its first begin and last end.
 */
public final class AttributionTsv {
    static final String FORMAT = "expected doc<TAB>source_begin<TAB>source_end<TAB>cue_begin<TAB>cue_end"
            + "<TAB>content_begin<TAB>content_end per line";

    private AttributionTsv() {
    }

    /** Writes the attributions, document by document in the map's order. */
    public static void write(Map<String, List<Attribution>> byDoc, Writer out) {
        try {
            for (Map.Entry<String, List<Attribution>> doc : byDoc.entrySet())
                for (Attribution a : doc.getValue())
                    out.write(String.join("\t", doc.getKey(), field(a.source()), field(a.cue()), field(a.content())) + "\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a TSV as the script does: blank lines and '#' lines skipped, missing fields empty. */
    public static Map<String, List<Attribution>> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file.toString(), "cannot be read as UTF-8 text (" + e.getMessage() + "); " + FORMAT, e);
        }
        Map<String, List<Attribution>> byDoc = new LinkedHashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#"))
                continue;
            String[] c = Arrays.copyOf(line.split("\t", -1), 7);
            try {
                byDoc.computeIfAbsent(c[0], d -> new ArrayList<>())
                        .add(new Attribution(span(c[1], c[2]), span(c[3], c[4]), span(c[5], c[6])));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(file + ":" + (n + 1), "has a bad offset (" + e.getMessage() + "); " + FORMAT, e);
            }
        }
        return byDoc;
    }

    private static List<Span> span(String begin, String end) {
        if (begin == null || end == null || begin.isEmpty() || end.isEmpty())
            return List.of();
        return List.of(new Span(Integer.parseInt(begin.strip()), Integer.parseInt(end.strip())));
    }

    private static String field(List<Span> spans) {
        Optional<Span> hull = hull(spans);
        return hull.map(s -> s.begin() + "\t" + s.end()).orElse("\t");
    }

    static Optional<Span> hull(List<Span> spans) {
        if (spans.isEmpty())
            return Optional.empty();
        int b = spans.stream().mapToInt(Span::begin).min().orElseThrow();
        int e = spans.stream().mapToInt(Span::end).max().orElseThrow();
        return Optional.of(new Span(b, e));
    }
}
