package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The store's counts refuse what no store holds: a count below 0, no map of entity counts. */
class StatsTest {
    @Test
    void countsBelowZeroAndAMissingMapAreRefused() {
        Stats stats = new Stats(2, Map.of("Person", 3L), 9, 4, 1, 1, 120);
        assertEquals(Map.of("Person", 3L), stats.entitiesByTypeSorted());
        assertEquals("claims must be >= 0, got -4",
                assertThrows(IllegalArgumentException.class, () -> new Stats(2, Map.of(), 9, -4, 1, 1, 120)).getMessage());
        assertEquals("the count of Place must be >= 0, got -1", assertThrows(IllegalArgumentException.class,
                () -> new Stats(2, Map.of("Place", -1L), 9, 4, 1, 1, 120)).getMessage());
        assertEquals("The parameter 'entitiesByType' must not be null.",
                assertThrows(NullPointerException.class, () -> new Stats(2, null, 9, 4, 1, 1, 120)).getMessage());
    }
}
