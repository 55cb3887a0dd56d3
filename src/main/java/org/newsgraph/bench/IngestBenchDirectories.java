package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Temporary directories for bench stores. */
final class IngestBenchDirectories {
    private IngestBenchDirectories() {
    }

    static Path create() {
        try {
            return Files.createTempDirectory("newsgraph-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary directory for the bench store", e);
        }
    }
}
