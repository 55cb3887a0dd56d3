package org.newsgraph.store;

import java.io.IOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.error.BadInputException;
import org.newsgraph.error.NewsGraphException;

/** Opens and checks the directory of a TDB2 store: refuses files, foreign directories and locked stores. */
final class StoreDirectory {
    private static final String ALLOWED = "give an existing newsgraph store or an empty or new directory";
    /** how TDB2's lock failures begin (org.apache.jena.dboe.base.file.ProcessFileLock) */
    private static final String LOCK_FAILED = "Failed to get a lock: ";

    private StoreDirectory() {
    }

    static Dataset open(Path dir, boolean create) {
        String name = dir.toString();
        if (Files.exists(dir) && !Files.isDirectory(dir))
            throw new BadInputException(name, "is a file, not a store directory; " + ALLOWED);
        if (!Files.exists(dir)) {
            if (!create)
                throw new BadInputException(name, "there is no store here yet; create one with 'newsgraph ingest --store "
                        + name + " SOURCE...'");
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new BadInputException(name, "cannot create the store directory (" + e.getMessage() + "); " + ALLOWED, e);
            }
        } else if (!isEmpty(dir) && !isTdb2(dir)) {
            throw new BadInputException(name, "is not a newsgraph store (a TDB2 database directory) and not empty; " + ALLOWED);
        }
        try {
            return TDB2Factory.connectDataset(dir.toString());
        } catch (RuntimeException e) {
            if (isLockFailure(e))
                throw new BadInputException(name, "the store is locked by another process (a running ingest or serve?); "
                        + "stop it or give another --store directory", e);
            throw new NewsGraphException(name + ": cannot open the store (" + e.getMessage() + "); " + ALLOWED, e);
        }
    }

    static void release(Dataset dataset, Optional<Path> dir) {
        try {
            TDBInternal.expel(dataset.asDatasetGraph());
        } catch (RuntimeException e) {
            throw new NewsGraphException(dir.map(Path::toString).orElse("in-memory store") + ": cannot close the store cleanly (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Whether opening failed because another process holds the store's {@code tdb.lock}. TDB2 (Jena 5.6,
     * {@code ProcessFileLock.lockEx}) throws {@link AlreadyLocked} when this process holds it already, and a plain
     * {@link DBOpEnvException} "Failed to get a lock: file='…/tdb.lock': held by process N" when another one does
     * (or with an {@link OverlappingFileLockException} as cause when another channel of this JVM does).
     */
    static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AlreadyLocked || t instanceof OverlappingFileLockException)
                return true;
            if (t instanceof DBOpEnvException && t.getMessage() != null && t.getMessage().startsWith(LOCK_FAILED))
                return true;
        }
        return false;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new BadInputException(dir.toString(), "cannot list the directory (" + e.getMessage() + "); " + ALLOWED, e);
        }
    }

    /** A TDB2 database directory holds Data-NNNN generations (and tdb.lock). */
    private static boolean isTdb2(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d{4}"));
        } catch (IOException e) {
            return false;
        }
    }
}
