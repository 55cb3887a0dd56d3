package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A temporary directory for bench stores, deleted with everything in it when closed. */
final class BenchDirectory implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BenchDirectory.class);
    private final Path path;

    private BenchDirectory(Path path) {
        this.path = path;
    }

    static BenchDirectory create() {
        try {
            return new BenchDirectory(Files.createTempDirectory("newsgraph-bench"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary directory for the bench store", e);
        }
    }

    Path resolve(String name) {
        return path.resolve(name);
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete the bench store {}: {}", path, e.getMessage());
        }
    }
}
