package org.newsgraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.newsgraph.error.BadInputException;

/** The TSV of {@code score_entities.py}, for gold and predictions alike: {@code doc begin end type link}. */
public final class EntityTsv {
    static final String FORMAT = "expected doc<TAB>begin<TAB>end<TAB>type<TAB>link per line";

    private EntityTsv() {
    }

    public static void write(List<EntityMention> mentions, Writer out) {
        try {
            for (EntityMention m : mentions)
                out.write(String.join("\t", m.doc(), Integer.toString(m.begin()), Integer.toString(m.end()), m.type(),
                        m.link()) + "\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a TSV as the script does: blank lines and '#' lines skipped, missing fields empty. */
    public static List<EntityMention> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file.toString(), "cannot be read as UTF-8 text (" + e.getMessage() + "); " + FORMAT, e);
        }
        List<EntityMention> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#"))
                continue;
            String[] c = Arrays.stream(Arrays.copyOf(line.split("\t", -1), 5)).map(x -> x == null ? "" : x)
                    .toArray(String[]::new);
            try {
                out.add(new EntityMention(c[0], Integer.parseInt(c[1].strip()), Integer.parseInt(c[2].strip()), c[3], c[4]));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(file + ":" + (n + 1), "has a bad offset (" + e.getMessage() + "); " + FORMAT, e);
            }
        }
        return out;
    }
}
