package org.newsgraph.source.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an element as plain text the way a reader sees it: block elements become paragraphs separated
 * by a blank line, runs of white space collapse to one space, {@code <br>} becomes a line break and
 * {@code <pre>} keeps its lines.
 */
final class BlockText {
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "center", "dd", "details",
            "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
            "tbody", "thead", "tfoot", "tr", "ul", "caption", "body", "html", "noscript", "menu");

    private BlockText() {
    }

    /** The paragraphs of the element, in document order, each stripped and non-empty. */
    static List<String> paragraphs(Element root) {
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.paragraphs;
    }

    /** The element's text with paragraphs separated by a blank line. */
    static String text(Element root) {
        return String.join("\n\n", paragraphs(root));
    }

    private static final class Collector implements NodeVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int preDepth;
        private int cellIndex;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                appendText(textNode.getWholeText());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    trimTrailingSpace();
                    current.append('\n');
                } else if (tag.equals("td") || tag.equals("th")) {
                    if (cellIndex++ > 0)
                        appendText(" ");
                } else if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    if (tag.equals("tr"))
                        cellIndex = 0;
                }
                if (tag.equals("pre"))
                    preDepth++;
                if (tag.equals("img") && current.length() > 0)
                    appendText(" ");
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (BLOCK_TAGS.contains(tag))
                    flush();
                if (tag.equals("pre"))
                    preDepth--;
            }
        }

        private void appendText(String raw) {
            if (preDepth > 0) {
                current.append(raw);
                return;
            }
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u2007' || c == '\u202f') {
                    if (current.length() > 0 && !endsWithSpace())
                        current.append(' ');
                } else if (c != '\u00ad' && c != '\ufeff') {
                    current.append(c);
                }
            }
        }

        private boolean endsWithSpace() {
            char last = current.charAt(current.length() - 1);
            return last == ' ' || last == '\n';
        }

        private void trimTrailingSpace() {
            while (current.length() > 0 && current.charAt(current.length() - 1) == ' ')
                current.setLength(current.length() - 1);
        }

        void flush() {
            String paragraph = current.toString().strip();
            current.setLength(0);
            if (paragraph.isEmpty())
                return;
            paragraph = paragraph.replaceAll(" *\n *", "\n").replaceAll("\n{2,}", "\n\n");
            paragraphs.add(paragraph);
        }
    }
}
