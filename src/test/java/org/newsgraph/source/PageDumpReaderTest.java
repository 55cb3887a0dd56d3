package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Page dumps on small original fixtures (src/test/resources/dumps), one per rendering style. */
class PageDumpReaderTest {
    private final PageDumpReader reader = new PageDumpReader();

    static String fixture(String path) throws IOException {
        try (InputStream in = PageDumpReaderTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void copiedPageKeepsTheArticleParagraphsAndDropsTheChrome() throws IOException {
        String dump = fixture("/dumps/harbour-ferry.txt");
        assertTrue(reader.looksLikeDump(dump));
        Article a = reader.read("harbour-ferry.txt", dump, Optional.empty()).orElseThrow();
        String body = a.text();
        assertTrue(body.startsWith("The first battery-powered ferry between Westport"), body);
        assertTrue(body.contains("Engineer Tomas Berg, who led the project"), body);
        // the paragraph after the inline photo and related headline still belongs to the body
        assertTrue(body.endsWith("sold to a museum in Bergen."), body);
        for (String chrome : List.of("Passengers wait to board", "\u00A9", "Island Schools Reopen", "Related", "Tags",
                "cookies", "Log in", "Comment rules", "moderators", "no insults", "https://", "Subscribe", "Transport"))
            assertFalse(body.contains(chrome), () -> "chrome '" + chrome + "' left in body:\n" + body);
        assertEquals(Article.Format.PAGE_DUMP, a.format());
    }

    @Test
    void copiedPageMetadata() throws IOException {
        Article a = reader.read("harbour-ferry.txt", fixture("/dumps/harbour-ferry.txt"), Optional.empty()).orElseThrow();
        assertEquals(Optional.of("Westport Opens Electric Ferry Line as City Council Bets on Cleaner Harbour"), a.headline());
        assertEquals(Optional.of("https://harbourgazette.example/transport/"
                + "20210614-westport-opens-electric-ferry-line-as-city-council-bets-on-cleaner-harbour/"), a.url());
        assertEquals(Optional.of("2021-06-14"), a.datePublished());
        assertEquals(Optional.of("Harbour Gazette"), a.publisher());
        assertEquals(List.of("Transport", "ferries", "Westport", "energy"), a.keywords());
    }

    @Test
    void bodyIsAFaithfulCopyOfTheBodyLinesWithoutIndentation() throws IOException {
        String dump = fixture("/dumps/harbour-ferry.txt");
        Article a = reader.read("harbour-ferry.txt", dump, Optional.empty()).orElseThrow();
        for (String paragraph : a.text().split("\n\n")) {
            assertFalse(paragraph.startsWith(" "), paragraph);
            assertTrue(dump.contains("    " + paragraph + "\n"), () -> "not a line of the dump: " + paragraph);
        }
    }

    @Test
    void wrappedRenderingJoinsNoParagraphsAndDropsMenusAndSharing() throws IOException {
        String dump = fixture("/dumps/river-festival-w3m.txt");
        assertTrue(reader.looksLikeDump(dump));
        Article a = reader.read("river.txt", dump, Optional.of("https://valley.example/river")).orElseThrow();
        String body = a.text();
        List<String> paragraphs = List.of(body.split("\n\n"));
        assertEquals(4, paragraphs.size(), body);
        assertTrue(paragraphs.get(0).startsWith("More than 30,000 people") && paragraphs.get(0).endsWith("Saturday afternoon."));
        assertTrue(paragraphs.get(3).endsWith("first-aid\ntent."), body);
        for (String chrome : List.of("Share on", "Advertisement", "Photo:", "Fans gather", "newsletter", "Most popular",
                "bridge", "Copyright", "[", "Organisers say"))
            assertFalse(body.contains(chrome), () -> "chrome '" + chrome + "' left in body:\n" + body);
        assertEquals(Optional.of("Riverside festival draws record crowd despite the rain"), a.headline());
        assertEquals(List.of("Jane Okafor"), a.authors());
        assertEquals(Optional.of("2021-03-03"), a.datePublished());
        assertEquals(Optional.of("Valley Times"), a.publisher());
        assertEquals(Optional.of("https://valley.example/river"), a.url());
    }

    @Test
    void lynxStyleDumpWithLinkNumbersAndReferences() throws IOException {
        String dump = fixture("/dumps/library-lynx.txt");
        assertTrue(reader.looksLikeDump(dump));
        Article a = reader.read("library.txt", dump, Optional.empty()).orElseThrow();
        List<String> paragraphs = List.of(a.text().split("\n\n"));
        assertEquals(3, paragraphs.size(), a.text());
        assertTrue(paragraphs.get(0).startsWith("The central library will stay open"));
        assertTrue(paragraphs.get(1).contains("the head\nlibrarian, Rosa Delgado. The longer"), "link numbers go, lines stay");
        assertTrue(paragraphs.get(2).endsWith("until the end of the year."));
        for (String chrome : List.of("Skip to", "Log in", "Share on", "Related", "fire station", "Comments", "\u00A9",
                "References", "https://"))
            assertFalse(a.text().contains(chrome), () -> "chrome '" + chrome + "' left in body:\n" + a.text());
        assertEquals(Optional.of("City library extends opening hours after survey"), a.headline());
        assertEquals(List.of("Sam Whitaker"), a.authors());
        assertEquals(Optional.of("2022-05-12"), a.datePublished());
    }

    @Test
    void cleanArticleIsNotADump() throws IOException {
        assertFalse(reader.looksLikeDump(fixture("/source/clean-article.txt")));
        assertFalse(reader.looksLikeDump("A short note.\n\nWith two paragraphs.\n"));
    }

    @Test
    void wikinewsArticlesAreNotDumps() {
        String shared = System.getProperty("newsgraph.shared", "");
        java.nio.file.Path file = java.nio.file.Path.of(shared, "corpus", "wikinews", "wikinews_2019.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(!shared.isEmpty() && java.nio.file.Files.isRegularFile(file),
                "shared data not present");
        List<Article> rows = SourceReader.standard().read(file.toString()).articles();
        assertTrue(rows.size() > 100);
        for (Article row : rows)
            assertFalse(reader.looksLikeDump(row.headline().orElse("") + "\n\n" + row.text()), row.source());
    }

    @Test
    void menuOnlyPageHasNoBody() {
        String menu = String.join("\n", List.of("  \u2022 Home", "  \u2022 News", "  \u2022 Sport", "  \u2022 Log in",
                "  \u2022 Subscribe", "https://example.org/", "[logo]", "Privacy Policy", "Cookie settings", "\u00A9 Example"));
        assertTrue(reader.looksLikeDump(menu));
        assertTrue(reader.read("menu.txt", menu, Optional.empty()).isEmpty());
    }

    @Test
    void datesInTextAndUrls() {
        assertEquals(Optional.of("2020-02-27"), DateFinder.find("19:13 GMT27 February 2020"));
        assertEquals(Optional.of("2019-11-19"), DateFinder.find("Nov. 19, 2019 8:03 am ET"));
        assertEquals(Optional.of("2021-06-14"), DateFinder.find("date 2021-06-14"));
        assertEquals(Optional.empty(), DateFinder.find("2021-02-30 is not a day"));
        assertEquals(Optional.of("2018-04-05"), DateFinder.find("2018.04.05 ~ OPEN RUN"));
        assertEquals(Optional.empty(), DateFinder.find("version 2018.4.5.1"));
        assertEquals(Optional.of("2019-11-18"), DateFinder.findInUrl("https://x.example/articles/2019/11/18/deals/"));
        assertEquals(Optional.of("2020-02-27"), DateFinder.findInUrl("https://x.example/europe/202002271078421872-a-b/"));
    }
}
