package org.newsgraph.cli;

import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import org.newsgraph.source.Article;

/** One article as a JSON object on one line (JSON Lines), keys in a fixed order. */
final class ArticleJson {
    private ArticleJson() {
    }

    static String of(Article a) {
        StringJoiner o = new StringJoiner(",", "{", "}");
        o.add(pair("source", string(a.source())));
        o.add(pair("headline", optional(a.headline())));
        o.add(pair("url", optional(a.url())));
        o.add(pair("datePublished", optional(a.datePublished())));
        o.add(pair("dateModified", optional(a.dateModified())));
        o.add(pair("publisher", optional(a.publisher())));
        o.add(pair("authors", array(a.authors())));
        o.add(pair("language", optional(a.language())));
        o.add(pair("section", optional(a.section())));
        o.add(pair("keywords", array(a.keywords())));
        o.add(pair("format", string(a.format().name().toLowerCase(java.util.Locale.ROOT))));
        o.add(pair("body", string(a.text())));
        return o.toString();
    }

    private static String pair(String key, String json) {
        return string(key) + ":" + json;
    }

    private static String optional(Optional<String> value) {
        return value.map(ArticleJson::string).orElse("null");
    }

    private static String array(List<String> values) {
        StringJoiner a = new StringJoiner(",", "[", "]");
        values.forEach(v -> a.add(string(v)));
        return a.toString();
    }

    static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029)
                        b.append(String.format("\\u%04x", (int) c));
                    else
                        b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
