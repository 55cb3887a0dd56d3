package org.newsgraph.source.html;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Prints, for each benchmark page with a JSON-LD articleBody, the F1 of that body and of the extracted one. */
public final class JsonLdBodyProbe {
    private JsonLdBodyProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Map<String, String> truth = BodyBenchmark.readGroundTruth(dir.resolve("ground-truth.json"));
        HtmlArticleReader reader = HtmlArticleReader.builder().jsonLdBody(false).build();
        for (Map.Entry<String, String> page : truth.entrySet()) {
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html/" + page.getKey() + ".html.gz")))) {
                bytes = in.readAllBytes();
            }
            Document doc = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
            Optional<String> declared = new PageMetadata(doc).articleBody().map(JsonLdBody::text);
            if (declared.isEmpty())
                continue;
            String extracted = reader.read("x", bytes, Optional.empty(), Optional.empty()).text();
            System.out.printf("%s %s jsonld %.3f extracted %.3f  lens %d %d  agree %.3f%n",
                    BodyBenchmarkMain.isTuning(page.getKey()) ? "T" : "C", page.getKey().substring(0, 12),
                    ShingleScore.pageF1(page.getValue(), declared.get()), ShingleScore.pageF1(page.getValue(), extracted),
                    declared.get().length(), extracted.length(), ShingleScore.pageF1(declared.get(), extracted));
        }
    }
}
