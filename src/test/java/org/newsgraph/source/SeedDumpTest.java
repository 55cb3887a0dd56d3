package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The project's seed page dump from ../shared (skipped when the shared data is absent). */
class SeedDumpTest {

    @Test
    void seedReadsWithItsMetadataAndBodyOnly() {
        String shared = System.getProperty("newsgraph.shared", "");
        Path seed = Path.of(shared, "corpus", "seed", "huawei-france-plant.txt");
        assumeTrue(!shared.isEmpty() && Files.isRegularFile(seed), "shared data not present");
        List<Article> articles = SourceReader.standard().read(seed.toString()).articles();
        assertEquals(1, articles.size());
        Article a = articles.get(0);
        assertEquals(Article.Format.PAGE_DUMP, a.format());
        assertEquals(seed.toString(), a.source());
        assertEquals(Optional.of("Huawei Plans to Open Plant in France as It Struggles to Prove Its Devices Are Safe to Use"),
                a.headline());
        assertEquals(Optional.of("https://sputniknews.com/europe/202002271078421872-huawei-plans-to-open-plant-in-france-"
                + "as-it-struggles-to-prove-its-devices-are-safe-to-use/"), a.url());
        assertEquals(Optional.of("2020-02-27"), a.datePublished());
        assertTrue(a.publisher().orElse("").startsWith("Sputnik"), a.publisher().toString());
        assertEquals(List.of("Europe", "factory", "plant", "France", "Huawei"), a.keywords());
        String body = a.text();
        assertTrue(body.startsWith("The US accused the Chinese tech giant"), body);
        assertTrue(body.contains("Huawei's chairman Liang Hua has announced"), body);
        assertTrue(body.contains("France and Germany are yet to clarify"), body);
        assertTrue(body.endsWith("unable to keep up with it."), body);
        for (String chrome : List.of("Register", "Listen Live", "company logo", "\u00A9", "cameraman", "US Carriers",
                "Related", "Tags", "Google Reportedly", "Privacy", "Community standards", "moderator", "Sharapova",
                "https://", "Subscribe", "Get short URL"))
            assertFalse(body.contains(chrome), () -> "chrome '" + chrome + "' left in body");
    }
}
