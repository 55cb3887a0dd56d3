package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.newsgraph.error.BadInputException;
import org.newsgraph.eval.BodyBenchmark;
import org.newsgraph.eval.BodyScorer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "body", mixinStandardHelpOptions = true,
        description = { "Article bodies: extract the body of every page of an article-extraction benchmark directory "
                + "and score it against the ground truth as shared/eval/score_body.py does (4-token shingles)." })
final class EvalBodyCommand implements Callable<Integer> {
    static final String LAYOUT = "expected an article-extraction benchmark directory with html/*.html.gz (or *.html) "
            + "and ground-truth.json";

    @ParentCommand
    EvalCommand eval;

    @Mixin
    CommonOptions common;

    @Option(names = "--benchmark", required = true, paramLabel = "DIR",
            description = "Benchmark directory: DIR/html/*.html.gz and DIR/ground-truth.json.")
    Path benchmark;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Also write the predicted bodies as score_body.py's JSON ({key: {\"articleBody\": ...}}).")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(benchmark))
            throw new BadInputException(benchmark.toString(), "no such directory; " + LAYOUT);
        Path truthFile = benchmark.resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile) || !Files.isDirectory(benchmark.resolve("html")))
            throw new BadInputException(benchmark.toString(), "has no " + (Files.isRegularFile(truthFile) ? "html/ directory"
                    : "ground-truth.json") + "; " + LAYOUT);
        Map<String, String> truth;
        try {
            truth = BodyBenchmark.readGroundTruth(truthFile);
        } catch (RuntimeException e) {
            throw new BadInputException(truthFile.toString(), "is not a ground-truth JSON object ({key: {\"articleBody\": ...}}) ("
                    + e.getMessage() + ")", e);
        }
        Map<String, String> predicted = new BodyBenchmark().extractAll(benchmark.resolve("html"));
        if (output != null)
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                BodyBenchmark.writePredictions(predicted, w);
            }
        BodyScorer.BodyScore s = BodyScorer.score(truth, predicted);
        PrintStream out = eval.main.out();
        out.println("pages " + s.pages() + "  empty or missing predictions " + s.empty());
        out.println("precision " + EvalCommand.three(s.precision()) + "  recall " + EvalCommand.three(s.recall()));
        out.println("body F1 " + EvalCommand.three(s.f1()));
        out.flush();
        return 0;
    }
}
