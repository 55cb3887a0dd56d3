package org.newsgraph.source.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsgraph.error.BadInputException;
import org.newsgraph.source.Article;

class HtmlArticleReaderTest {
    private final HtmlArticleReader reader = HtmlArticleReader.standard();

    private static byte[] fixture(String name) {
        try (InputStream in = HtmlArticleReaderTest.class.getResourceAsStream("/html/" + name)) {
            if (in == null)
                throw new IllegalStateException("missing test fixture " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Article read(String name) {
        return reader.read(name, fixture(name), Optional.empty(), Optional.of("https://ledger.example/energy/x"));
    }

    @Test
    void metadataComesFromJsonLdGraph() {
        Article a = read("jsonld-article.html");
        assertEquals(Article.Format.HTML, a.format());
        assertEquals(Optional.of("Harbour town opens tidal power station"), a.headline());
        assertEquals(Optional.of("https://ledger.example/energy/2021/03/harbour-tidal-station"), a.url(),
                "relative canonical link resolved against the page URL");
        assertEquals(Optional.of("The Coastal Ledger"), a.publisher(), "publisher resolved through its @id");
        assertEquals(List.of("Mara Quinlan", "Tobias Fenn"), a.authors());
        assertEquals(Optional.of("2021-03-04T08:30:00+01:00"), a.datePublished());
        assertEquals(Optional.of("2021-03-05T17:02:11Z"), a.dateModified());
        assertEquals(Optional.of("Energy"), a.section());
        assertEquals(List.of("tidal power", "Port Aldwin", "renewables"), a.keywords());
        assertEquals(Optional.of("en"), a.language(), "<html lang> comes before JSON-LD inLanguage");
    }

    @Test
    void bodyKeepsParagraphsAndHeadingsAndDropsFurniture() {
        String body = read("jsonld-article.html").text();
        List<String> paragraphs = Arrays.asList(body.split("\n\n"));
        assertTrue(paragraphs.get(0).startsWith("The small harbour town of Port Aldwin"), body);
        assertTrue(paragraphs.contains("Years of delay"), "a subheading is its own paragraph: " + body);
        assertTrue(body.endsWith("has begun measuring currents."), body);
        assertEquals(6, paragraphs.size(), body);
        for (String furniture : List.of("Share on", "Email this story", "Related stories", "Wind farm plan",
                "newsletter", "Subscribe", "Great news for the town", "seals", "All rights reserved", "Weather",
                "Engineers lower", "By Mara Quinlan", "Harbour town opens"))
            assertFalse(body.contains(furniture), "'" + furniture + "' must not be in the body: " + body);
    }

    @Test
    void metadataFromOpenGraphOnly() {
        Article a = reader.read("og.html", new String(fixture("opengraph-only.html"), StandardCharsets.UTF_8),
                Optional.empty());
        assertEquals(Optional.of("Night trains return to the valley line"), a.headline());
        assertEquals(Optional.of("https://courier.example/transport/night-trains-return"), a.url());
        assertEquals(Optional.of("Valley Courier"), a.publisher());
        assertEquals(Optional.of("2022-11-08"), a.datePublished());
        assertEquals(Optional.of("2022-11-08T21:15:00-05:00"), a.dateModified());
        assertEquals(Optional.of("Transport"), a.section());
        assertEquals(List.of("railways", "night trains", "tourism"), a.keywords());
        assertEquals(List.of(), a.authors(), "a profile URL is not an author name");
        assertEquals(Optional.of("en-GB"), a.language());
        assertEquals(3, a.text().split("\n\n").length, a.text());
        for (String furniture : List.of("Front page", "Tweet", "Read more", "Bus lane", "Advertise"))
            assertFalse(a.text().contains(furniture), "'" + furniture + "' must not be in the body: " + a.text());
    }

    @Test
    void metadataFromMetaTagsAndCharsetFromMeta() {
        Article a = reader.read("meta.html", fixture("meta-only-windows-1252.html"), Optional.empty(), Optional.empty());
        assertEquals(Optional.of("Café owners fight rent rise on the old market square"), a.headline());
        assertEquals(List.of("Lena Müller", "Oskar Brandt"), a.authors());
        assertEquals(Optional.of("2019-06-14"), a.datePublished(), "from <time datetime>");
        assertEquals(Optional.of("Market Town Weekly"), a.publisher());
        assertEquals(Optional.of("https://weekly.example/news/cafe-rents"), a.url());
        assertEquals(List.of("rents", "cafés"), a.keywords(), "news_keywords before keywords");
        assertEquals(Optional.of("de"), a.language());
        assertTrue(a.text().startsWith("Owners of six cafés on the old market square"), a.text());
        assertTrue(a.text().contains("“We pay more for a table by the fountain"), a.text());
        assertFalse(a.text().contains("Most read"), a.text());
        assertFalse(a.text().contains("Imprint"), a.text());
        assertFalse(a.text().contains("Published"), a.text());
    }

    @Test
    void headerCharsetWinsOverDefault() {
        String html = "<html><body><article><p>" + "Zoë and Søren met at the café to talk about the naïve plan. "
                .repeat(12) + "</p></article></body></html>";
        byte[] latin1 = html.getBytes(StandardCharsets.ISO_8859_1);
        Article a = reader.read("x", latin1, Optional.of("text/html; charset=ISO-8859-1"), Optional.empty());
        assertTrue(a.text().startsWith("Zoë and Søren met at the café"), a.text());
    }

    @Test
    void byteOrderMarkWinsOverHeader() {
        String html = "<html><body><article><p>" + "Ærø ferry timetable changes from Monday, the operator said. "
                .repeat(12) + "</p></article></body></html>";
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Article a = reader.read("x", withBom, Optional.of("text/html; charset=ISO-8859-1"), Optional.empty());
        assertTrue(a.text().startsWith("Ærø ferry"), a.text());
    }

    @Test
    void jsonLdBodyStandsInForAPageRenderedByScript() {
        String sentence = "The library board voted to keep the reading room open until ten at night during exams. ";
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"ReportageNewsArticle\",\"headline\":\"Late opening\",\"articleBody\":\""
                + sentence.repeat(8) + "\"}</script></head><body><div id=\"app\">Loading…</div>"
                + "<script>render()</script></body></html>";
        Article a = reader.read("app.html", html, Optional.empty());
        assertEquals(Optional.of("Late opening"), a.headline());
        assertEquals(sentence.repeat(8).strip(), a.text());
        HtmlArticleReader withoutJsonLd = HtmlArticleReader.builder().jsonLdBody(false).build();
        assertThrows(BadInputException.class, () -> withoutJsonLd.read("app.html", html, Optional.empty()));
    }

    @Test
    void minWordsSetsTheShortestBodyTakenAsAnArticle() {
        String html = "<article><p>" + "The ferry ran late on Tuesday. ".repeat(4) + "</p></article>"; // 24 words
        assertEquals(24, reader.read("short.html", html, Optional.empty()).text().split(" ").length);
        BadInputException e = assertThrows(BadInputException.class,
                () -> HtmlArticleReader.builder().minWords(25).build().read("short.html", html, Optional.empty()));
        assertEquals("short.html: no article text found in this HTML page; newsgraph needs a page with an article body"
                + " of at least 25 words", e.getMessage());
        assertEquals("minWords must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> HtmlArticleReader.builder().minWords(0)).getMessage());
    }

    @Test
    void authorListsInMetaTagsAreSplit() {
        String body = "<article><p>" + "The ferry timetable changes on Monday, the operator said in a statement. "
                .repeat(6) + "</p></article>";
        assertEquals(List.of("Ann Lee", "Bo Chan"), reader.read("a", "<meta name=author content='Ann Lee, Bo Chan'>"
                + body, Optional.empty()).authors());
        assertEquals(List.of("Lee, Ann"), reader.read("a", "<meta name=author content='Lee, Ann'>" + body,
                Optional.empty()).authors());
    }

    @Test
    void bylinesBecomeNames() {
        assertEquals(List.of("Tom Lee"), AuthorNames.parse("By TOM LEE, AP Business Writer"));
        assertEquals(List.of("Ann Lee", "Bo Chan"), AuthorNames.parse("Ann Lee and Bo Chan"));
        assertEquals(List.of("Ann Lee", "Bo Chan"), AuthorNames.parse("Ann Lee, Bo Chan"));
        assertEquals(List.of("Lee, Ann"), AuthorNames.parse("Lee, Ann"));
        assertEquals(List.of("Ilana Muhlstein"), AuthorNames.parse("Ilana Muhlstein, MS, RDN"));
        assertEquals(List.of("Seán O'Brien"), AuthorNames.parse("by SEÁN O'BRIEN"));
        assertEquals(List.of(), AuthorNames.parse("https://www.facebook.com/someone"));
    }

    @Test
    void siteNameIsCutFromTheHeadline() {
        String body = "<article><p>" + "The ferry timetable changes on Monday, the operator said in a statement. "
                .repeat(6) + "</p></article>";
        String head = "<meta property=og:site_name content='Valley Courier'>";
        assertEquals(Optional.of("Ferries change | timetable"), reader.read("a", head
                + "<title>Ferries change | timetable</title>" + body, Optional.empty()).headline());
        assertEquals(Optional.of("Ferries change at last"), reader.read("a", head
                + "<title>Ferries change at last | Valley Courier</title>" + body, Optional.empty()).headline());
        assertEquals(Optional.of("Ferries change at last"), reader.read("a", "<title>Ferries change at last - Courier"
                + "</title>" + body, Optional.of("https://www.courier.example/ferries")).headline(), "named by the host");
    }

    @Test
    void metadataFromMicrodata() {
        String html = "<div itemscope itemtype='https://schema.org/NewsArticle'><h1 itemprop=headline>Bridge reopens</h1>"
                + "<span itemprop=author itemscope><span itemprop=name>Ines Roth</span></span>"
                + "<span itemprop=publisher itemscope><meta itemprop=name content='River Post'></span>"
                + "<time itemprop=datePublished datetime='2023-05-02T07:00:00+02:00'>2 May</time><div itemprop=articleBody>"
                + "<p>The old stone bridge reopened to cyclists and walkers on Tuesday after eighteen months of repairs.</p>"
                + "<p>Tags are still missing from some of the new railings, the engineers said, but that is cosmetic.</p>"
                + "<p>Cars will remain banned from the bridge, which the council now treats as a footpath.</p>"
                + "</div></div>";
        Article a = reader.read("m.html", html, Optional.empty());
        assertEquals(Optional.of("Bridge reopens"), a.headline());
        assertEquals(List.of("Ines Roth"), a.authors());
        assertEquals(Optional.of("River Post"), a.publisher());
        assertEquals(Optional.of("2023-05-02T07:00:00+02:00"), a.datePublished());
        assertEquals(3, a.text().split("\n\n").length, a.text());
        assertTrue(a.text().contains("Tags are still missing"), "a sentence starting with 'Tags' is text");
    }

    @Test
    void shortLinesAreJudgedByWhatTheySay() {
        List<String> text = List.of("Shares of the ferry company rose 4% on Monday.",
                "Related charges were filed against two others.", "Published in 2019, the report found the same.",
                "Copyright law was not the issue, the court said.", "By Tuesday, the queue had reached the harbour.",
                "Updated figures will follow in the spring.");
        List<String> furniture = List.of("Share on Facebook", "Updated Nov 19, 9:41 AM; Posted Nov 19, 6:51 AM",
                "© 2021 The Ledger", "Related stories", "Advertisement", "By Ann Lee", "Posted on March 30, 2015 by Admin");
        StringBuilder html = new StringBuilder("<article><p>The ferry company, which has run the crossing since 1950,"
                + " said on Monday that it would add a second boat, a third crew and a night service in summer.</p>");
        for (int i = 0; i < text.size(); i++)
            html.append("<p>").append(text.get(i)).append("</p><p>").append(furniture.get(i)).append("</p>");
        html.append("<p>").append(furniture.get(furniture.size() - 1)).append("</p></article>");
        List<String> paragraphs = Arrays.asList(reader.read("a", html.toString(), Optional.empty()).text().split("\n\n"));
        for (String t : text)
            assertTrue(paragraphs.contains(t), "'" + t + "' is text: " + paragraphs);
        for (String f : furniture)
            assertFalse(paragraphs.contains(f), "'" + f + "' is furniture: " + paragraphs);
    }

    @Test
    void pageWithoutArticleIsRefused() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> reader.read("login.html", fixture("no-article.html"), Optional.empty(), Optional.empty()));
        assertEquals("login.html", e.input());
        assertTrue(e.getMessage().startsWith("login.html: no article text found in this HTML page"), e.getMessage());
        assertTrue(e.getMessage().contains("newsgraph needs a page with an article body"), e.getMessage());
    }

    @Test
    void binaryContentIsRefused() {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[100] = 0;
        BadInputException e = assertThrows(BadInputException.class,
                () -> reader.read("photo.jpg", bytes, Optional.empty(), Optional.empty()));
        assertEquals("photo.jpg: binary content, not an HTML page; newsgraph reads HTML pages", e.getMessage());
    }

    @Test
    void emptyPageIsRefused() {
        assertThrows(BadInputException.class, () -> reader.read("empty.html", "", Optional.empty()));
    }

    @Test
    void datesAreNormalised() {
        assertEquals(Optional.of("2020-02-27"), DateNormaliser.normalise("2020-02-27"));
        assertEquals(Optional.of("2020-02-27T10:15:00Z"), DateNormaliser.normalise("2020-02-27T10:15:00Z"));
        assertEquals(Optional.of("2020-02-27T10:15:30+03:00"), DateNormaliser.normalise("2020-02-27T10:15:30+0300"));
        assertEquals(Optional.of("2020-02-27"), DateNormaliser.normalise("2020-02-27T10:15:00"),
                "without an offset only the date is certain");
        assertEquals(Optional.of("2020-02-27T10:15:00Z"), DateNormaliser.normalise("Thu, 27 Feb 2020 10:15:00 GMT"));
        assertEquals(Optional.of("2020-02-27"), DateNormaliser.normalise("February 27, 2020"));
        assertEquals(Optional.of("2020-02-27"), DateNormaliser.normalise("27th February 2020"));
        assertEquals(Optional.empty(), DateNormaliser.normalise("yesterday"));
        assertEquals(Optional.empty(), DateNormaliser.normalise("2020-13-45"));
        assertEquals(Optional.empty(), DateNormaliser.normalise("0001-01-01T00:00:00Z"), "a placeholder, not a date");
    }
}
