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
        try (NewsGraph ng = main.factory().open(store.store, Profile.DEFAULT, false)) {
            ResultSetRewindable rows = name != null ? ng.query(name, values) : ng.querySparql(sparql, values);
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
