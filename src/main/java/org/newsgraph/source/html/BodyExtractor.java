package org.newsgraph.source.html;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article body of a page as paragraphs: prunes what is never content, lets
 * {@link ContentScorer} pick the container, lets {@link ContentCleaner} strip furniture, and relaxes
 * its filters step by step when the result is too short to be an article.
 */
final class BodyExtractor {
    /** A body shorter than this (in characters) makes the extractor try again with fewer filters. */
    static final int MIN_LENGTH = 500;

    private static final boolean[][] ATTEMPTS = {
            {true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};

    private BodyExtractor() {
    }

    /**
     * The body's paragraphs, possibly empty when the page holds no readable text.
     *
     * @param titles  the page's headline candidates, dropped where the body starts with one
     * @param authors the author names, dropped where a paragraph is only a name
     */
    static List<String> paragraphs(Document page, List<String> titles, List<String> authors) {
        Document pruned = page.clone();
        prune(pruned);
        List<String> best = List.of();
        int bestLength = -1;
        for (boolean[] flags : ATTEMPTS) {
            Document doc = pruned.clone();
            ContentScorer scorer = new ContentScorer(flags[0], flags[1]);
            Element article = scorer.extract(doc);
            new ContentCleaner(flags[2]).clean(article);
            List<String> paragraphs = BlockText.paragraphs(article);
            paragraphs = Headlines.strip(paragraphs, titles, authors);
            int length = paragraphs.stream().mapToInt(String::length).sum();
            if (length >= MIN_LENGTH)
                return paragraphs;
            if (length > bestLength) {
                best = paragraphs;
                bestLength = length;
            }
        }
        return best;
    }

    /** Removes what never belongs to an article body: scripts, styles, form controls, menus, hidden blocks. */
    static void prune(Document doc) {
        doc.select("script, style, noscript, template, svg, canvas, iframe, object, embed, link, meta, input,"
                + " button, select, textarea, dialog, nav").remove();
        doc.select("[hidden], [aria-hidden=true]:not(:has(p)), [style~=(?i)display:\\s*none], "
                + "[style~=(?i)visibility:\\s*hidden]").remove();
    }
}
