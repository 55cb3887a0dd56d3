package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.newsgraph.NewsGraph;
import org.newsgraph.error.BadInputException;
import org.newsgraph.extract.Profile;
import org.newsgraph.store.QueryPage;
import org.newsgraph.store.QueryParameters;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Ask the store a question: a named query from queries/, a .rq file, or SPARQL text.")
final class QueryCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    CommonOptions common;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|tsv|json",
            description = "Output format. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--sparql", paramLabel = "TEXT", description = "SPARQL SELECT text to run instead of a named query.")
    String sparql;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A value bound into the parsed query: <IRI> or http(s) IRI, integer, or text.")
    List<String> params = List.of();

    @Option(names = "--limit", paramLabel = "N",
            description = "Only the first N rows (after --offset): a page of a large answer, the same slice of its ordered rows "
                    + "(a query whose header says '# Pages: by ?source' is read source by source, one that says '# Pages: by its inner query' gets the page on its inner query; others get LIMIT and OFFSET).")
    Long limit;

    @Option(names = "--offset", paramLabel = "K", description = "With --limit: skip the first K rows. Default: 0.")
    Long offset;

    @Parameters(arity = "0..1", paramLabel = "NAME|FILE.rq",
            description = "A query name (a file in queries/ without .rq) or a .rq file.")
    String name;

    @Override
    public Integer call() {
        if ((name == null) == (sparql == null))
            throw new BadInputException(name == null ? "query" : name,
                    "give either a query NAME or FILE.rq, or --sparql TEXT (exactly one)");
        Map<String, String> values = new LinkedHashMap<>();
        for (String p : params) {
            Map.Entry<String, String> e = QueryParameters.split(p);
            values.put(e.getKey(), e.getValue());
        }
        String fmt = format.toLowerCase(java.util.Locale.ROOT);
        if (!List.of("table", "csv", "tsv", "json").contains(fmt))
            throw new BadInputException(format, "unknown query output format; allowed: table, csv, tsv, json");
        if (limit != null && limit < 1)
            throw new BadInputException("--limit " + limit, "a page needs at least one row (--limit N with N >= 1)");
        if (offset != null && (offset < 0 || limit == null))
            throw new BadInputException("--offset " + offset, "--offset K needs K >= 0 and a --limit N");
        QueryPage page = limit == null ? null : new QueryPage(limit, offset == null ? 0 : offset);
        try (NewsGraph ng = main.factory().open(store.store, Profile.DEFAULT, false)) {
            ResultSetRewindable rows = page == null
                    ? (name != null ? ng.query(name, values) : ng.querySparql(sparql, values))
                    : (name != null ? ng.query(name, values, page) : ng.querySparql(sparql, values, page));
            write(rows, fmt, main.out());
        }
        return 0;
    }

    static void write(ResultSetRewindable rows, String format, PrintStream out) {
        switch (format) {
            case "csv" -> ResultSetFormatter.outputAsCSV(out, rows);
            case "tsv" -> ResultSetFormatter.outputAsTSV(out, rows);
            case "json" -> ResultSetFormatter.outputAsJSON(out, rows);
            default -> ResultSetFormatter.out(out, rows);
        }
        out.flush();
    }
}
