package org.newsgraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.newsgraph.error.BadInputException;
import org.newsgraph.source.html.HtmlArticleReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Runs {@link HtmlArticleReader} over a directory of pages, like the article-extraction benchmark's
 * {@code html/*.html.gz}, reads its {@code ground-truth.json} and writes predictions in its format; {@link BodyScorer}
 * scores them.
 */
public final class BodyBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(BodyBenchmark.class);
    private static final String SUFFIX = ".html.gz";

    private final HtmlArticleReader reader;

    public BodyBenchmark(HtmlArticleReader reader) {
        this.reader = reader;
    }

    public BodyBenchmark() {
        this(HtmlArticleReader.standard());
    }

    /**
     * The body extracted from each {@code *.html.gz} (or {@code *.html}) page of the directory, keyed by
     * file name without the suffix; a page without article text maps to an empty body.
     */
    public Map<String, String> extractAll(Path htmlDir) throws IOException {
        Map<String, String> bodies = new TreeMap<>();
        List<Path> pages;
        try (Stream<Path> files = Files.list(htmlDir)) {
            pages = files.filter(p -> name(p).endsWith(SUFFIX) || name(p).endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            String key = name(page).endsWith(SUFFIX) ? name(page).substring(0, name(page).length() - SUFFIX.length())
                    : name(page).substring(0, name(page).length() - ".html".length());
            bodies.put(key, extract(page));
        }
        return bodies;
    }

    /** The body of one page file, or an empty string when the page has no article text. */
    public String extract(Path page) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(page)) {
            bytes = name(page).endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        }
        try {
            return reader.read(page.toString(), bytes, Optional.empty(), Optional.empty()).text();
        } catch (BadInputException e) {
            LOG.debug("no body for {}: {}", page, e.getMessage());
            return "";
        }
    }

    /** Writes bodies as the benchmark's prediction file: {@code {key: {"articleBody": ...}}}. */
    public static void writePredictions(Map<String, String> bodies, Writer out) throws IOException {
        JsonObject root = new JsonObject();
        bodies.forEach((key, body) -> {
            JsonObject page = new JsonObject();
            page.addProperty("articleBody", body);
            root.add(key, page);
        });
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root, out);
        out.flush();
    }

    /** The {@code articleBody} of each page of a ground-truth file ({@code {key: {"articleBody": ...}}}). */
    public static Map<String, String> readGroundTruth(Path groundTruth) throws IOException {
        Map<String, String> truth = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(groundTruth, StandardCharsets.UTF_8)) {
            JsonObject root = JsonParser.parseReader(in).getAsJsonObject();
            for (Map.Entry<String, JsonElement> page : root.entrySet()) {
                JsonElement body = page.getValue().getAsJsonObject().get("articleBody");
                truth.put(page.getKey(), body == null || body.isJsonNull() ? "" : body.getAsString());
            }
        }
        return truth;
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
