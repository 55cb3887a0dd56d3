package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.source.Article;

/** The articles a bench ingests: the first ones of the sources, in order, with the time their reading is charged. */
class BenchSetupTest {
    @Test
    void theFirstArticlesAreTakenInOrderAcrossSources(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Ana Sousa opened an office in Lisbon.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Liang Hua visited Paris on Monday.\n");
        Path c = Files.writeString(dir.resolve("c.txt"), "Nobody reads this one.\n");
        BenchSetup.Reading reading = BenchSetup.readTimed(List.of(a.toString(), b.toString(), c.toString()), 2);
        assertEquals(List.of(a.toString(), b.toString()), reading.articles().stream().map(Article::source).toList());
        assertTrue(reading.articles().get(1).text().contains("Liang Hua"), reading.articles().get(1).text());
        assertTrue(!reading.took().isNegative(), "a reading time");
    }
}
