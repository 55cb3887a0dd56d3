package org.newsgraph.source.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.error.BadInputException;
import org.newsgraph.source.Article;
import org.newsgraph.source.SourceReader;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** Fetches from a local server on 127.0.0.1 only. */
class UrlFetcherTest {
    private static final byte[] PAGE = ("<html><head><title>Local</title></head><body><article><p>"
            + "A local page served for the fetcher test, long enough to be read as an article body. ".repeat(10)
            + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
    private static final byte[] NOTES = "Harbour notes\n\nThe ferry ran late on Tuesday, the port said.\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] ROWS = ("headline,text\n"
            + "Storm closes port,\"The port closed on Monday, and ships waited outside.\"\n"
            + "Port opens again,The port opened on Wednesday.\n").getBytes(StandardCharsets.UTF_8);
    private static final byte[] ITEMS = ("{\"headline\": \"Bridge shut\", \"text\": \"The bridge was shut for repairs.\"}\n"
            + "{\"headline\": \"Bridge open\", \"text\": \"The bridge opened after a week.\"}\n").getBytes(StandardCharsets.UTF_8);
    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/page", x -> answer(x, 200, "text/html; charset=utf-8", PAGE));
        server.createContext("/moved", x -> redirect(x, "/page"));
        server.createContext("/agent", x -> answer(x, 200, "text/plain",
                String.valueOf(x.getRequestHeaders().getFirst("User-Agent")).getBytes(StandardCharsets.UTF_8)));
        server.createContext("/hop", x -> {
            int n = Integer.parseInt(x.getRequestURI().getQuery());
            redirect(x, n == 0 ? "/page" : "/hop?" + (n - 1));
        });
        server.createContext("/to-ftp", x -> redirect(x, "ftp://127.0.0.1/file"));
        server.createContext("/missing", x -> answer(x, 404, "text/html", "<p>not here</p>".getBytes()));
        server.createContext("/pdf", x -> answer(x, 200, "application/pdf", new byte[] {'%', 'P', 'D', 'F'}));
        server.createContext("/notes", x -> answer(x, 200, "text/plain; charset=utf-8", NOTES));
        server.createContext("/rows", x -> answer(x, 200, "text/csv", ROWS));
        server.createContext("/items", x -> answer(x, 200, "application/x-ndjson", ITEMS));
        server.createContext("/export/items.jsonl", x -> answer(x, 200, "application/octet-stream", ITEMS));
        server.createContext("/blob", x -> answer(x, 200, "application/octet-stream", ITEMS));
        server.createContext("/big", x -> answer(x, 200, "text/html", new byte[5000]));
        server.createContext("/big-chunked", x -> {
            x.getResponseHeaders().add("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 10; i++)
                    out.write(new byte[1000]);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange x, String location) throws IOException {
        x.getResponseHeaders().add("Location", location);
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    @Test
    void fetchesPageWithContentType() {
        FetchedPage page = UrlFetcher.standard().fetch(base + "/page");
        assertArrayEquals(PAGE, page.body());
        assertEquals(Optional.of("text/html; charset=utf-8"), page.contentType());
        assertEquals(base + "/page", page.finalUrl());
        Article article = HtmlArticleReader.standard().read(UrlFetcher.standard().fetch(base + "/moved"));
        assertTrue(article.text().startsWith("A local page served"), article.text());
        assertEquals(base + "/moved", article.source(), "the source is the URL as given");
        assertEquals(Optional.of(base + "/page"), article.url(), "the URL after redirects");
    }

    @Test
    void followsRedirectsUpToTheLimit() {
        assertEquals(base + "/page", UrlFetcher.standard().fetch(base + "/moved").finalUrl());
        assertEquals(base + "/page", UrlFetcher.standard().fetch(base + "/hop?4").finalUrl(), "5 redirects are allowed");
        BadInputException e = assertThrows(BadInputException.class, () -> UrlFetcher.standard().fetch(base + "/hop?5"));
        assertTrue(e.getMessage().contains("more than 5 redirects"), e.getMessage());
    }

    @Test
    void refusesRedirectToAnotherScheme() {
        BadInputException e = assertThrows(BadInputException.class, () -> UrlFetcher.standard().fetch(base + "/to-ftp"));
        assertTrue(e.getMessage().contains("only http and https URLs are allowed"), e.getMessage());
    }

    @Test
    void refusesNotFound() {
        BadInputException e = assertThrows(BadInputException.class, () -> UrlFetcher.standard().fetch(base + "/missing"));
        assertEquals(base + "/missing", e.input());
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    }

    @Test
    void refusesNonHtml() {
        BadInputException e = assertThrows(BadInputException.class, () -> UrlFetcher.standard().fetch(base + "/pdf"));
        assertTrue(e.getMessage().contains("not HTML"), e.getMessage());
    }

    @Test
    void fetchesPlainTextCsvAndJsonLinesAndAGenericTypeOnlyByItsSuffix() {
        UrlFetcher fetcher = UrlFetcher.standard();
        assertArrayEquals(NOTES, fetcher.fetch(base + "/notes").body());
        assertArrayEquals(ROWS, fetcher.fetch(base + "/rows").body());
        assertArrayEquals(ITEMS, fetcher.fetch(base + "/items").body());
        assertEquals(Optional.of("application/octet-stream"), fetcher.fetch(base + "/export/items.jsonl").contentType());
        BadInputException e = assertThrows(BadInputException.class, () -> fetcher.fetch(base + "/blob"));
        assertTrue(e.getMessage().startsWith(base + "/blob: the page is application/octet-stream, not HTML, plain text, CSV"
                + " or JSON Lines; newsgraph reads text/html"), e.getMessage());
    }

    @Test
    void sourceReaderReadsTextCsvAndJsonLinesUrlsByTheirType() {
        SourceReader reader = SourceReader.standard();
        List<Article> rows = reader.read(base + "/rows").articles();
        assertEquals(List.of("Storm closes port", "Port opens again"), rows.stream().map(a -> a.headline().orElseThrow()).toList());
        assertEquals(List.of(base + "/rows#row=1", base + "/rows#row=2"), rows.stream().map(Article::source).toList());
        assertEquals("The port closed on Monday, and ships waited outside.", rows.get(0).text());
        for (String items : List.of(base + "/items", base + "/export/items.jsonl"))
            assertEquals(List.of("The bridge was shut for repairs.", "The bridge opened after a week."),
                    reader.read(items).articles().stream().map(Article::text).toList(), items);
        Article notes = reader.read(base + "/notes").articles().get(0);
        assertEquals(Article.Format.TEXT, notes.format());
        assertTrue(notes.text().contains("The ferry ran late on Tuesday"), notes.text());
    }

    @Test
    void theBuilderSetsTheUserAgentAndTheRedirectLimitAndRefusesBadSettingsByName() {
        assertEquals(UrlFetcher.DEFAULT_USER_AGENT, new String(UrlFetcher.standard().fetch(base + "/agent").body(),
                StandardCharsets.UTF_8));
        UrlFetcher custom = UrlFetcher.builder().userAgent(" harbour-archive/2 ").maxRedirects(0).build();
        assertEquals("harbour-archive/2", new String(custom.fetch(base + "/agent").body(), StandardCharsets.UTF_8));
        BadInputException e = assertThrows(BadInputException.class, () -> custom.fetch(base + "/moved"));
        assertEquals(base + "/moved: more than 0 redirects; newsgraph follows at most 0", e.getMessage());
        assertEquals("The parameter 'userAgent' must not be blank.",
                assertThrows(IllegalArgumentException.class, () -> UrlFetcher.builder().userAgent(" ")).getMessage());
        assertEquals("maxRedirects must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> UrlFetcher.builder().maxRedirects(-1)).getMessage());
        assertEquals("readTimeout must be > 0, got PT0S", assertThrows(IllegalArgumentException.class,
                () -> UrlFetcher.builder().readTimeout(java.time.Duration.ZERO)).getMessage());
    }

    @Test
    void refusesPagesOverTheSizeCap() {
        UrlFetcher small = UrlFetcher.builder().maxBytes(4096).build();
        for (String path : new String[] {"/big", "/big-chunked"}) {
            BadInputException e = assertThrows(BadInputException.class, () -> small.fetch(base + path));
            assertTrue(e.getMessage().contains("larger than 4096 bytes"), path + ": " + e.getMessage());
        }
        assertEquals(5000, UrlFetcher.standard().fetch(base + "/big").body().length, "the default cap is 10 MB");
    }

    @Test
    void refusesOtherSchemes() {
        for (String url : new String[] {"ftp://127.0.0.1/file", "file:///etc/hosts", "javascript:alert(1)", "news.html"}) {
            BadInputException e = assertThrows(BadInputException.class, () -> UrlFetcher.standard().fetch(url));
            assertEquals(url + ": only http and https URLs are allowed", e.getMessage());
        }
    }

    @Test
    void refusesUnreachableHost() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/";
        BadInputException e = assertThrows(BadInputException.class, () -> UrlFetcher.standard().fetch(url));
        assertTrue(e.getMessage().startsWith(url + ": could not be reached"), e.getMessage());
    }
}
