package org.newsgraph.source.html;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * Removes page furniture from the chosen article container: share bars, related links, newsletter
 * boxes, captions and credits, link lists and other blocks that do not read like article text.
 */
final class ContentCleaner {
    /** Posts quoted from social networks, which belong to the article. */
    private static final String EMBEDS = "blockquote.twitter-tweet, blockquote.instagram-media, blockquote[class*=embed]";
    private final boolean conditional;

    ContentCleaner(boolean conditional) {
        this.conditional = conditional;
    }

    void clean(Element article) {
        removeInlineCards(article);
        article.select("object, embed, footer, link, aside, iframe, input, textarea, select, button, figcaption,"
                + " nav, form:not(:has(p)), fieldset, video, audio, picture, img, svg").remove();
        removeFigures(article);
        int total = Math.max(1, article.text().length());
        for (Element header : article.select("header")) {
            if (header.text().length() < 0.4 * total)
                header.remove();
        }
        total = Math.max(1, article.text().length());
        for (Element e : new ArrayList<>(article.getAllElements())) {
            if (e == article || e.parent() == null)
                continue;
            String classAndId = Signals.classAndId(e);
            if ((Signals.FURNITURE.matcher(classAndId).find() || Signals.LABELS.matcher(classAndId).find())
                    && e.text().length() < 0.4 * total)
                e.remove();
        }
        for (Element h : article.select("h1, h2")) {
            if (Signals.classWeight(h) < 0)
                h.remove();
        }
        if (conditional) {
            cleanConditionally(article, "table");
            cleanConditionally(article, "ul, ol");
            cleanConditionally(article, "div, section");
        }
        removeBoilerplateParagraphs(article);
        removeLinkParagraphs(article);
    }

    /** Hover cards inside running text: an inline element holding a picture and several links. */
    private static void removeInlineCards(Element article) {
        List<Element> inline = article.select("p span, p div");
        for (int i = inline.size() - 1; i >= 0; i--) {
            Element e = inline.get(i);
            if (e.parent() != null && !e.select("img").isEmpty() && e.select("a").size() >= 2
                    && Density.links(e) > 0.8)
                e.remove();
        }
    }

    /**
     * Paragraphs that are nothing but a link (teasers of other stories), with a short label such as
     * "Don't miss" or "You may also like" right before them.
     */
    private static void removeLinkParagraphs(Element article) {
        for (Element p : article.select("p, h2, h3, h4, h5, h6")) {
            if (p.parent() == null)
                continue;
            String text = p.text().strip();
            if (text.isEmpty() || text.length() > 150 || Density.links(p) < 0.9 || text.startsWith("http"))
                continue;
            Element previous = p.previousElementSibling();
            p.remove();
            while (previous != null && previous.text().length() < 40 && previous.select("a").isEmpty()
                    && !previous.text().matches("(?s).*[^.][.!?\"”]$")) {
                Element before = previous.previousElementSibling();
                previous.remove();
                previous = before;
            }
        }
    }

    private static void removeFigures(Element article) {
        for (Element figure : article.select("figure")) {
            if (figure.select("p").size() < 2)
                figure.remove();
        }
    }

    private void cleanConditionally(Element article, String query) {
        List<Element> elements = article.select(query);
        for (int i = elements.size() - 1; i >= 0; i--) {
            Element e = elements.get(i);
            if (e.parent() == null || e == article)
                continue;
            if (!e.select(EMBEDS).isEmpty())
                continue;
            boolean isList = e.normalName().equals("ul") || e.normalName().equals("ol");
            int weight = Signals.classWeight(e);
            if (weight < 0) {
                e.remove();
                continue;
            }
            String text = e.text();
            if (count(text, ',') >= 10)
                continue;
            int paragraphs = e.select("p").size();
            int items = e.select("li").size() - 100;
            int inputs = e.select("input").size();
            double linkDensity = Density.links(e);
            int length = text.length();
            double headingDensity = length == 0 ? 0 : (double) e.select("h1, h2, h3, h4, h5, h6").text().length() / length;
            boolean remove = !isList && items > paragraphs
                    || inputs > paragraphs / 3
                    || !isList && headingDensity < 0.9 && length < 25
                    || !isList && weight < 25 && linkDensity > 0.2
                    || weight >= 25 && linkDensity > 0.5
                    || isList && linkDensity > 0.5;
            if (remove)
                e.remove();
        }
    }

    private static void removeBoilerplateParagraphs(Element article) {
        for (Element e : article.select("p, div, li, h2, h3, h4, h5, h6, blockquote")) {
            if (e.parent() == null)
                continue;
            String text = e.text().strip();
            if (text.isEmpty() && e.select("img").isEmpty()) {
                e.remove();
                continue;
            }
            if (text.length() < 120 && Signals.BOILERPLATE_TEXT.matcher(text).matches() || Signals.isDateLine(text)
                    || text.length() < 70 && Signals.DATE_LINE.matcher(text).find() && Signals.TIME.matcher(text).find()
                    || Signals.SHORTCODE.matcher(text).matches())
                e.remove();
        }
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++)
            if (text.charAt(i) == c)
                n++;
        return n;
    }
}
