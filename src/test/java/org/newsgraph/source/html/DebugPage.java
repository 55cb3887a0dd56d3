package org.newsgraph.source.html;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Prints the container the scorer picks for one benchmark page and its cleaned paragraphs. */
public final class DebugPage {
    private DebugPage() {
    }

    public static void main(String[] args) throws Exception {
        Path page;
        try (var files = Files.list(Path.of(args[0]))) {
            page = files.filter(p -> p.getFileName().toString().startsWith(args[1])).findFirst().orElseThrow();
        }
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            bytes = in.readAllBytes();
        }
        Document doc = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
        Document pruned = doc.clone();
        BodyExtractor.prune(pruned);
        ContentScorer scorer = new ContentScorer(true, true);
        Element article = scorer.extract(pruned);
        scorer.scores().entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(8)
                .forEach(en -> System.out.println("CAND " + en.getValue() + " " + en.getKey().normalName() + "."
                        + en.getKey().className() + "#" + en.getKey().id()));
        for (Element child : article.children()) {
            StringBuilder chain = new StringBuilder();
            for (Element e = child; e != null; e = e.parent())
                chain.insert(0, " > " + e.normalName() + "." + e.className().replace(' ', '.') + "#" + e.id());
            System.out.println("CHILD " + chain + " score=" + scorer.score(child));
        }
        if (args.length > 2 && args[2].equals("pre"))
            System.out.println(article.outerHtml());
        new ContentCleaner(true).clean(article);
        if (args.length > 2)
            System.out.println(article.outerHtml());
        BlockText.paragraphs(article).forEach(p -> System.out.println("| " + p));
    }
}
