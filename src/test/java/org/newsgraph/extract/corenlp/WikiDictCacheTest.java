package org.newsgraph.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.error.NewsGraphException;

/** The index cache: built once into the cache directory from a class-path dictionary, then reused. */
class WikiDictCacheTest {
    @TempDir
    Path cache;
    private String before;

    @BeforeEach
    void useTemporaryCache() {
        before = System.getProperty("newsgraph.cache");
        System.setProperty("newsgraph.cache", cache.toString());
    }

    @AfterEach
    void restoreCache() {
        if (before == null)
            System.clearProperty("newsgraph.cache");
        else
            System.setProperty("newsgraph.cache", before);
    }

    @Test
    void buildsTheIndexOnceIntoTheCacheDirectoryAndReusesIt() throws IOException {
        WikiDictIndex index = WikiDictCache.index("wikidict/lakeside.tab");
        assertEquals(Optional.of("Lakeside_Ferry_Company"), index.get("Lakeside Ferries"));
        assertEquals(Optional.empty(), index.get("lakeside ferries"));
        List<Path> files;
        try (Stream<Path> s = Files.list(cache)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".ngidx")).toList();
        }
        assertEquals(1, files.size(), "one index file: " + files);
        assertSame(index, WikiDictCache.index("wikidict/lakeside.tab"), "one index per dictionary per JVM");
    }

    @Test
    void aDictionaryMissingFromTheClassPathIsNamed() {
        NewsGraphException e = assertThrows(NewsGraphException.class, () -> WikiDictCache.index("wikidict/no-such-dictionary.tab.gz"));
        assertTrue(e.getMessage().contains("no-such-dictionary") && e.getMessage().contains("models-english-kbp"), e.getMessage());
    }
}
