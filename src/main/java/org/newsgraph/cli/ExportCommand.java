package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.newsgraph.NewsGraph;
import org.newsgraph.error.BadInputException;
import org.newsgraph.extract.Profile;
import org.newsgraph.store.ExportFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole store: trig/nquads keep one graph per article, turtle/jsonld/rdfxml write their union.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    CommonOptions common;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "trig", paramLabel = "trig|nquads|turtle|jsonld|rdfxml",
            description = "Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    Path output;

    @Override
    public Integer call() {
        ExportFormat f = ExportFormat.parse(format);
        try (NewsGraph ng = main.factory().open(store.store, Profile.DEFAULT, false)) {
            if (output == null) {
                ng.export(f.label(), main.out());
                main.out().flush();
                return 0;
            }
            Path target = output.toAbsolutePath();
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    ng.export(f.label(), out);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new BadInputException(output.toString(), "cannot write the export (" + e.getMessage()
                        + "); give a writable file path", e);
            } finally {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // the partial file is only a leftover
                }
            }
            main.err().println("Exported the store " + store.store + " as " + f.label() + " to " + output);
        }
        return 0;
    }
}
