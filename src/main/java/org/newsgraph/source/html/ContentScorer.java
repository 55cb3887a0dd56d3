package org.newsgraph.source.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article, readability-style: paragraphs score their ancestors by
 * length and commas, class and id words nudge the score, link-heavy blocks lose, and the best
 * candidate is merged with siblings that look like more of the same article.
 */
final class ContentScorer {
    private static final Set<String> SCORED_TAGS = Set.of("p", "td", "pre", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> DIV_BLOCK_CHILDREN = Set.of("a", "blockquote", "dl", "div", "img", "ol", "p",
            "pre", "table", "ul", "section", "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "footer", "aside", "form", "main", "nav", "iframe", "video", "picture");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog", "banner", "contentinfo", "search");

    private final boolean stripUnlikely;
    private final boolean weighClasses;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    ContentScorer(boolean stripUnlikely, boolean weighClasses) {
        this.stripUnlikely = stripUnlikely;
        this.weighClasses = weighClasses;
    }

    /**
     * The article container found in the (already pruned) document: a new element holding the best
     * candidate and its merged siblings, or the body when no paragraph scored.
     */
    Element extract(Document doc) {
        Element body = doc.body();
        if (stripUnlikely)
            removeUnlikely(body);
        convertDivs(body);
        List<Element> candidates = scoreParagraphs(body);
        Element top = null;
        double topScore = 0;
        for (Element candidate : candidates) {
            double score = scores.get(candidate) * (1 - Density.links(candidate));
            scores.put(candidate, score);
            if (top == null || score > topScore) {
                top = candidate;
                topScore = score;
            }
        }
        if (top == null || top == body)
            return body;
        top = climb(top, candidates);
        return mergeSiblings(top);
    }

    /** The scored candidates, for diagnostics. */
    Map<Element, Double> scores() {
        return scores;
    }

    double score(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    private void removeUnlikely(Element body) {
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e == body || e.parent() == null)
                continue;
            String tag = e.normalName();
            if (tag.equals("article") || tag.equals("main") || tag.equals("a") || tag.equals("p"))
                continue;
            String role = e.attr("role");
            if (UNLIKELY_ROLES.contains(role)) {
                e.remove();
                continue;
            }
            String match = Signals.classAndId(e);
            if (Signals.UNLIKELY.matcher(match).find() && !Signals.MAYBE.matcher(match).find()
                    && e.closest("table, code") == null)
                e.remove();
        }
    }

    /** Divs holding only phrasing content become paragraphs; loose text beside blocks is wrapped in one. */
    private static void convertDivs(Element body) {
        for (Element e : new ArrayList<>(body.getAllElements())) {
            String tag = e.normalName();
            if (!tag.equals("div") && !tag.equals("section"))
                continue;
            boolean hasBlock = false;
            for (Element child : e.getAllElements()) {
                if (child != e && DIV_BLOCK_CHILDREN.contains(child.normalName()) && !isPhrasingLink(child)) {
                    hasBlock = true;
                    break;
                }
            }
            if (!hasBlock) {
                e.tagName("p");
            } else {
                wrapLooseText(e);
            }
        }
    }

    private static boolean isPhrasingLink(Element e) {
        return e.normalName().equals("a") && e.select("div, p, ul, ol, table, h1, h2, h3, h4, img").isEmpty();
    }

    private static void wrapLooseText(Element e) {
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(e.childNodes())) {
            boolean inline = child instanceof TextNode
                    || child instanceof Element c && !BlockText.BLOCK_TAGS.contains(c.normalName())
                            && !DIV_BLOCK_CHILDREN.contains(c.normalName()) && !containsBlock(c)
                    || child instanceof Element a && isPhrasingLink(a);
            if (inline) {
                run.add(child);
            } else {
                wrap(run);
                run.clear();
            }
        }
        wrap(run);
    }

    private static boolean containsBlock(Element e) {
        for (Element d : e.getAllElements())
            if (d != e && BlockText.BLOCK_TAGS.contains(d.normalName()))
                return true;
        return false;
    }

    private static void wrap(List<Node> run) {
        StringBuilder text = new StringBuilder();
        for (Node n : run)
            text.append(n instanceof TextNode t ? t.text() : ((Element) n).text());
        if (text.toString().strip().length() < 25)
            return;
        Element p = new Element("p");
        run.get(0).before(p);
        for (Node n : run)
            p.appendChild(n);
    }

    private List<Element> scoreParagraphs(Element body) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (!SCORED_TAGS.contains(e.normalName()))
                continue;
            String text = e.text();
            if (text.length() < 25)
                continue;
            double content = 1 + count(text, ',') + count(text, '，') + Math.min(text.length() / 100, 3);
            Element ancestor = e.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                if (ancestor.normalName().equals("html") || ancestor.normalName().equals("#root"))
                    break;
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor));
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, content / divider, Double::sum);
            }
        }
        return candidates;
    }

    private double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article") || e.attr("itemprop").equals("articleBody"))
            score += 10;
        return weighClasses ? score + Signals.classWeight(e) : score;
    }

    private Element climb(Element best, List<Element> candidates) {
        Element top = best;
        double topScore = score(top);
        List<Element> alternatives = new ArrayList<>();
        candidates.stream().filter(c -> c != best).sorted((a, b) -> Double.compare(score(b), score(a))).limit(4)
                .filter(c -> score(c) / topScore >= 0.75).forEach(alternatives::add);
        if (alternatives.size() >= 3) {
            Element parent = top.parent();
            while (parent != null && !parent.normalName().equals("body")) {
                int containing = 0;
                for (Element alt : alternatives)
                    if (isAncestor(parent, alt))
                        containing++;
                if (containing >= 3) {
                    top = parent;
                    break;
                }
                parent = parent.parent();
            }
        }
        double lastScore = score(top);
        double threshold = lastScore / 3;
        Element parent = top.parent();
        while (parent != null && !parent.normalName().equals("body")) {
            if (!scores.containsKey(parent)) {
                parent = parent.parent();
                continue;
            }
            double parentScore = score(parent);
            if (parentScore < threshold)
                break;
            if (parentScore > lastScore) {
                top = parent;
                break;
            }
            lastScore = parentScore;
            parent = parent.parent();
        }
        while (top.parent() != null && !top.parent().normalName().equals("body") && top.parent().children().size() == 1)
            top = top.parent();
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent())
            if (p == ancestor)
                return true;
        return false;
    }

    private Element mergeSiblings(Element top) {
        Element parent = top.parent();
        Element article = new Element("div");
        if (parent == null) {
            article.appendChild(top);
            return article;
        }
        double topScore = score(top);
        double threshold = Math.max(10, topScore * 0.2);
        for (Element sibling : new ArrayList<>(parent.children())) {
            boolean append = sibling == top;
            if (!append) {
                double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                        ? topScore * 0.2 : 0;
                if (scores.containsKey(sibling) && score(sibling) + bonus >= threshold) {
                    append = true;
                } else if (sibling.normalName().equals("p")) {
                    double density = Density.links(sibling);
                    String text = sibling.text();
                    append = text.length() > 80 && density < 0.25
                            || text.length() > 0 && text.length() <= 80 && density == 0 && text.matches("(?s).*\\.( .*|$)");
                }
            }
            if (append)
                article.appendChild(sibling);
        }
        return article;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++)
            if (text.charAt(i) == c)
                n++;
        return n;
    }
}
