package org.newsgraph.source;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a page dump: the text of a rendered news page (copied from a browser, or rendered by w3m or
 * lynx) with the site's chrome around the article. {@link #looksLikeDump(String)} tells a dump from a
 * clean article by the share of chrome lines (menus and lists, URLs alone on a line, image
 * placeholders, credits, words of login, sharing, cookies and related links). {@link #read} keeps the
 * body found by {@link DumpBodyExtractor} and the metadata found by {@link DumpMetadata}.
 *
 * <p>The article text is the body: its blocks, each with its lines' indentation removed, joined by a
 * blank line ("\n\n"); offsets count into it. Where the renderer numbered the links ("[12]home", five
 * or more in the dump), the numbers are removed from the body too; nothing else is changed.
 */
public final class PageDumpReader {
    private static final int MIN_BLOCKS = 8;
    private static final double MIN_FURNITURE_SHARE = 0.3;
    /** Link numbers such as "[12]" that lynx and w3m can put before each link; dropped from the body. */
    private static final Pattern LINK_NUMBER = Pattern.compile("\\[\\d{1,4}\\]");
    private static final int NUMBERED_LINKS = 5;
    private static final List<Predicate<DumpBlock>> CHROME_KINDS = List.of(b -> b.bullet() && b.wordCount() < 20,
            DumpBlock::urlOnly, DumpBlock::bracketed, DumpBlock::credit, b -> b.chromeWords() && b.wordCount() < 15);

    /**
     * Whether the text looks like a rendered page rather than a clean article: at least two kinds of
     * chrome (menu or list lines, URLs alone on a line, image placeholders, credits, words of login,
     * sharing and cookies) and a large share of lines that are neither sentences nor paragraphs. A clean
     * article with a photo credit or a few subheads stays plain text.
     */
    public boolean looksLikeDump(String text) {
        List<DumpBlock> blocks = DumpBlocks.split(text);
        if (blocks.size() < MIN_BLOCKS)
            return false;
        int kinds = 0;
        for (Predicate<DumpBlock> kind : CHROME_KINDS)
            if (blocks.stream().anyMatch(kind))
                kinds++;
        long furniture = blocks.stream().filter(b -> b.wordCount() < 8 && !b.endsSentence()
                || DumpBodyExtractor.classify(b, true) == DumpBodyExtractor.Kind.CHROME).count();
        return kinds >= 2 && furniture >= MIN_FURNITURE_SHARE * blocks.size();
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
        Optional<String> headline = new DumpHeadline(blocks, bodyStart, body).find(url);
        List<DumpBlock> kept = body.stream().filter(b -> headline.isEmpty() || !b.flat().equals(headline.get())).toList();
        if (kept.isEmpty())
            return Optional.empty();
        boolean numberedLinks = LINK_NUMBER.matcher(text).results().limit(NUMBERED_LINKS).count() >= NUMBERED_LINKS;
        String articleText = kept.stream().map(b -> numberedLinks ? LINK_NUMBER.matcher(b.text()).replaceAll("") : b.text())
                .collect(Collectors.joining("\n\n"));
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
