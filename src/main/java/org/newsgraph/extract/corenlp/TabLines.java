package org.newsgraph.extract.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The data lines of one of our tab-separated word lists: blank lines and '#' comments left out. */
final class TabLines {
    /**
     * One data line.
     *
     * @param number the 1-based line number in the file, for error messages
     * @param text   the line as written
     * @param cols   its tab-separated columns
     */
    record Line(int number, String text, List<String> cols) {
        Line {
            cols = List.copyOf(cols);
        }

        String col(int i) {
            return cols.get(i);
        }
    }

    private TabLines() {
    }

    /** Reads every data line of a UTF-8 list. */
    static List<Line> read(InputStream in) throws IOException {
        List<Line> lines = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String text;
        int n = 0;
        while ((text = r.readLine()) != null) {
            n++;
            if (!text.isBlank() && !text.startsWith("#"))
                lines.add(new Line(n, text, List.of(text.split("\t"))));
        }
        return lines;
    }
}
