package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.error.BadInputException;

/** Opening a store directory: a store whose lock someone else holds is reported as locked, other failures are not. */
class StoreDirectoryTest {

    @Test
    void aStoreWhoseLockIsHeldElsewhereIsReportedAsLocked(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("store");
        StoreDirectory.release(StoreDirectory.open(dir, true), Optional.of(dir));
        try (FileChannel channel = FileChannel.open(dir.resolve("tdb.lock"), StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            BadInputException e = assertThrows(BadInputException.class, () -> StoreDirectory.open(dir, false));
            assertTrue(e.getMessage().startsWith(dir + ": the store is locked by another process"), e.getMessage());
        }
        Dataset again = StoreDirectory.open(dir, false);
        StoreDirectory.release(again, Optional.of(dir));
    }

    @Test
    void tdb2LockExceptionsAreLockFailures() {
        assertTrue(StoreDirectory.isLockFailure(new DBOpEnvException("Failed to get a lock: file='/x/tdb.lock': held by process 4242")));
        assertTrue(StoreDirectory.isLockFailure(new AlreadyLocked("Failed to get a lock: file='/x/tdb.lock': Lock already held")));
        assertTrue(StoreDirectory.isLockFailure(new RuntimeException("wrapped",
                new DBOpEnvException("Failed to get a lock: file='/x/tdb.lock': failed to get the holder's process id"))));
    }

    @Test
    void otherFailuresMentioningLockAreNot() {
        assertFalse(StoreDirectory.isLockFailure(new DBOpEnvException("cannot read block 17 of nodes.dat")));
        assertFalse(StoreDirectory.isLockFailure(new IllegalStateException("clock went backwards")));
        assertFalse(StoreDirectory.isLockFailure(new RuntimeException("Blocked", new IOException("file is not unlocked"))));
    }
}
