package org.newsgraph.source;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.error.BadInputException;

/**
 * A small RFC 4180 parser: comma-separated fields, fields in double quotes may hold commas, line breaks
 * and doubled quotes ({@code ""}); records end with LF or CRLF. A quote inside an unquoted field is
 * kept as a character (as spreadsheet programs do).
 */
final class CsvParser {

    /** One record and the 1-based line it starts on. */
    record Row(int line, List<String> fields) {
        Row {
            fields = List.copyOf(fields);
        }
    }

    private CsvParser() {
    }

    /** All records, blank lines skipped. */
    static List<Row> parse(String source, String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int i = 0;
        int n = text.length();
        boolean fieldStarted = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0 && !fieldStarted) {
                int quoteLine = line;
                i++;
                while (true) {
                    if (i >= n)
                        throw new BadInputException(source, "the CSV has a quoted field opened on line " + quoteLine
                                + " that is never closed; give RFC 4180 CSV (double quotes doubled inside quoted fields)");
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n')
                        line++;
                    field.append(q);
                    i++;
                }
                fieldStarted = true;
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                i++;
            } else if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' || c == '\n') {
                endRecord(rows, fields, field, rowLine, fieldStarted);
                fieldStarted = false;
                i += c == '\r' ? 2 : 1;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
                i++;
            }
        }
        endRecord(rows, fields, field, rowLine, fieldStarted);
        return rows;
    }

    private static void endRecord(List<Row> rows, List<String> fields, StringBuilder field, int line, boolean started) {
        if (started || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(line, fields));
        }
        fields.clear();
        field.setLength(0);
    }
}
