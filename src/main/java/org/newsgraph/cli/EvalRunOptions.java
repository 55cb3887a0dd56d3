package org.newsgraph.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * The options the scoring eval commands share: which profile runs the pipeline, or a prediction file that
 * replaces the run, and where to write the predictions in the shared scorer's TSV layout.
 */
final class EvalRunOptions {
    /** Writes a value in one of the scorers' TSV layouts. */
    @FunctionalInterface
    interface TsvWriter<T> {
        void write(T value, Writer out) throws IOException;
    }

    @Option(names = "--output", paramLabel = "FILE",
            description = "Also write the predictions in the shared scorer's TSV layout (shared/eval/score_*.py).")
    Path output;

    @Option(names = "--predicted", paramLabel = "FILE",
            description = "Score this prediction TSV instead of running the pipeline.")
    Path predicted;

    @Option(names = "--profile", defaultValue = "default", paramLabel = "fast|default|full",
            description = "The extraction profile. Default: ${DEFAULT-VALUE}.")
    String profile;

    /** Writes the predictions to --output when it was given. */
    <T> void writeOutput(T predictions, TsvWriter<T> tsv) throws IOException {
        if (output != null)
            write(output, predictions, tsv);
    }

    static <T> void write(Path file, T value, TsvWriter<T> tsv) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            tsv.write(value, w);
        }
    }
}
