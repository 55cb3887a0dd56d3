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

/** The predicted-identity TSV of {@code score_identity.py}: {@code doc begin end entity}. */
public final class IdentityTsv {
    static final String FORMAT = "expected doc<TAB>begin<TAB>end<TAB>entity per line";

    private IdentityTsv() {
    }

    public static void write(List<IdentityScorer.Mention> mentions, Writer out) {
        try {
            for (IdentityScorer.Mention m : mentions)
                out.write(String.join("\t", m.doc(), Integer.toString(m.begin()), Integer.toString(m.end()), m.entity()) + "\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads predictions as the script does: rows with begin, end and entity all present. */
    public static List<IdentityScorer.Mention> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file.toString(), "cannot be read as UTF-8 text (" + e.getMessage() + "); " + FORMAT, e);
        }
        List<IdentityScorer.Mention> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).isBlank())
                continue;
            String[] c = Arrays.stream(Arrays.copyOf(lines.get(n).split("\t", -1), 4)).map(x -> x == null ? "" : x)
                    .toArray(String[]::new);
            if (c[1].isEmpty() || c[2].isEmpty() || c[3].isEmpty())
                continue;
            try {
                out.add(new IdentityScorer.Mention(c[0], Integer.parseInt(c[1].strip()), Integer.parseInt(c[2].strip()), c[3]));
            } catch (NumberFormatException e) {
                throw new BadInputException(file + ":" + (n + 1), "has a bad offset (" + e.getMessage() + "); " + FORMAT, e);
            }
        }
        return out;
    }
}
