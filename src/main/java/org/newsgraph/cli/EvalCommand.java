package org.newsgraph.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.newsgraph.eval.Prf;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsgraph eval}: measures newsgraph against gold standards. Each subcommand prints the same
 * lines, with the same figures, as the matching {@code shared/eval/score_*.py} script.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure newsgraph against gold standards (attribution, entities, article bodies, identity).",
        subcommands = { EvalAttributionCommand.class, EvalEntitiesCommand.class, EvalBodyCommand.class,
                EvalIdentityCommand.class })
final class EvalCommand implements Runnable {
    @ParentCommand
    Main main;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(main.out());
    }

    /** Python's {@code '%.3f' % x}: the double's exact value rounded half-even to 3 places. */
    static String three(double value) {
        return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** "P 0.500 R 0.250 F1 0.333" */
    static String prf(Prf s) {
        return "P " + three(s.precision()) + " R " + three(s.recall()) + " F1 " + three(s.f1());
    }

    /** A fresh temporary directory for an evaluation store. */
    static Path temporaryStore() {
        try {
            return Files.createTempDirectory("newsgraph-eval-");
        } catch (IOException e) {
            throw new org.newsgraph.error.NewsGraphException("cannot create a temporary store directory (" + e.getMessage()
                    + "); set java.io.tmpdir to a writable directory", e);
        }
    }

    /** Deletes a temporary store directory and everything in it, quietly. */
    static void delete(Path dir) {
        if (!Files.exists(dir))
            return;
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
