package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which content each article graph holds: a correction makes the content it replaced changed again. */
class StoredVersionsTest {
    private static final String X = "https://example.org/article/x";

    @Test
    void whatTheStoreHeldIsUnchangedUntilItsGraphGetsOtherContent() {
        StoredVersions v = new StoredVersions(Map.of("a", X));
        assertEquals(Optional.of(X), v.unchanged(X, "a"));
        assertEquals(Optional.empty(), v.unchanged(X, "a-corrected"));
        v.stored(X, "a-corrected");
        assertEquals(Optional.of(X), v.unchanged(X, "a-corrected"));
        assertEquals(Optional.empty(), v.unchanged(X, "a"), "the correction replaced it");
        v.stored(X, "a");
        assertEquals(Optional.of(X), v.unchanged(X, "a"));
    }

    @Test
    void aLayerSeesWhatLiesUnderItAndKeepsItsWritesOnlyWhenAsked() {
        StoredVersions v = new StoredVersions(Map.of("a", X));
        StoredVersions planned = v.above();
        planned.stored(X, "b");
        assertEquals(Optional.empty(), planned.unchanged(X, "a"));
        assertEquals(Optional.of(X), v.unchanged(X, "a"), "not kept yet");
        planned.keep();
        assertEquals(Optional.of(X), v.unchanged(X, "b"));
        assertEquals(Optional.empty(), v.unchanged(X, "a"));
        assertThrows(IllegalStateException.class, v::keep, "only a layer can be kept");
    }
}
