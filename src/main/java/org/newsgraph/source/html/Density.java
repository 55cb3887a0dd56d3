package org.newsgraph.source.html;

import org.jsoup.nodes.Element;

/** Text measures of an element: how much of its text sits inside links. */
final class Density {
    private Density() {
    }

    /** The share of the element's text inside {@code <a>} elements (in-page anchors count a third). */
    static double links(Element e) {
        int length = e.text().length();
        if (length == 0)
            return 0;
        double linkLength = 0;
        for (Element a : e.select("a")) {
            String href = a.attr("href");
            double coefficient = href.startsWith("#") && href.length() > 1 ? 0.3 : 1;
            linkLength += a.text().length() * coefficient;
        }
        return Math.min(1, linkLength / length);
    }
}
