package org.newsgraph.source;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a page dump: the text of a rendered news page (copied from a browser, or rendered by w3m or
 * lynx) with the site's chrome around the article. {@link #looksLikeDump(String)} tells a dump from a
 * clean article by the share of chrome lines (menus and lists, URLs alone on a line, image
 * placeholders, credits, words of login, sharing, cookies and related links). {@link #read} keeps the
 * body found by {@link DumpBodyExtractor} and the metadata found by {@link DumpMetadata}.
 *
 * <p>The article text is the body: its blocks, each with its lines' indentation removed, joined by a
 * blank line ("\n\n"); offsets count into it.
 */
public final class PageDumpReader {
    private static final int MIN_BLOCKS = 8;
    private static final double MIN_CHROME_SHARE = 0.25;

    /** Whether the text looks like a rendered page rather than a clean article. */
    public boolean looksLikeDump(String text) {
        List<DumpBlock> blocks = DumpBlocks.split(text);
        if (blocks.size() < MIN_BLOCKS)
            return false;
        long chrome = blocks.stream().filter(b -> DumpBodyExtractor.classify(b, true) == DumpBodyExtractor.Kind.CHROME).count();
        long marks = blocks.stream().filter(b -> b.urlOnly() || b.credit() || b.bracketed()).count();
        double share = (double) chrome / blocks.size();
        return share >= MIN_CHROME_SHARE || marks >= 2 && share >= MIN_CHROME_SHARE / 2;
    }

    /**
     * The article in a dump, or empty when no body is found.
     *
     * @param source  the input as given
     * @param text    the dump's text
     * @param pageUrl the URL the dump came from, where known; a URL in the dump is preferred
     */
    public Optional<Article> read(String source, String text, Optional<String> pageUrl) {
        List<DumpBlock> blocks = DumpBlocks.split(text);
        List<DumpBlock> body = DumpBodyExtractor.body(blocks);
        if (body.isEmpty())
            return Optional.empty();
        int bodyStart = blocks.indexOf(body.get(0));
        DumpMetadata meta = new DumpMetadata(blocks, bodyStart);
        Optional<String> url = meta.url().or(() -> pageUrl);
        Optional<String> headline = meta.headline(url);
        List<DumpBlock> kept = body.stream().filter(b -> headline.isEmpty() || !b.flat().equals(headline.get())).toList();
        if (kept.isEmpty())
            return Optional.empty();
        String articleText = kept.stream().map(DumpBlock::text).collect(Collectors.joining("\n\n"));
        Article.Builder article = Article.builder(source, articleText).format(Article.Format.PAGE_DUMP);
        headline.ifPresent(article::headline);
        url.ifPresent(article::url);
        meta.datePublished(url).ifPresent(article::datePublished);
        meta.publisher(url).ifPresent(article::publisher);
        meta.tags().forEach(article::keyword);
        meta.authors().forEach(article::author);
        return Optional.of(article.build());
    }
}
