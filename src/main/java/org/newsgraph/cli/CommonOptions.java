package org.newsgraph.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
    @Option(names = "--verbose", description = "Show stack traces and debug logging on failure.")
    boolean verbose;
}

/** The store option of the commands that use a store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "./newsgraph-data",
            description = "The store directory (TDB2; created by the first ingest). Default: ${DEFAULT-VALUE}.")
    Path store;
}
