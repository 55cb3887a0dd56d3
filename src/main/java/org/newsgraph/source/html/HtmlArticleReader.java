package org.newsgraph.source.html;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsgraph.error.BadInputException;
import org.newsgraph.source.Article;

/** PLACEHOLDER (to be replaced by the html package's real reader): title and body text of a page. */
public final class HtmlArticleReader {
    public static HtmlArticleReader create() {
        return new HtmlArticleReader();
    }

    public Article read(String source, byte[] bytes, Optional<String> contentType, Optional<String> pageUrl) {
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), pageUrl.orElse(""));
        String text = doc.body() == null ? "" : doc.body().wholeText().strip();
        if (text.isEmpty())
            throw new BadInputException(source, "the HTML page has no article text; give a page with an article body");
        Article.Builder a = Article.builder(source, text).format(Article.Format.HTML).headline(doc.title());
        pageUrl.ifPresent(a::url);
        return a.build();
    }
}
