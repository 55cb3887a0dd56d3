package org.newsgraph.source.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The schema.org article described by a page's JSON-LD blocks ({@code NewsArticle}, {@code Article},
 * {@code ReportageNewsArticle}, {@code BlogPosting} and kin, also inside {@code @graph} arrays), with
 * references by {@code @id} to publisher and author nodes resolved.
 */
final class JsonLdArticle {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLdArticle.class);
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "BlogPosting", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
            "LiveBlogPosting", "SocialMediaPosting", "TechArticle", "ScholarlyArticle", "Report", "AskPublicMediaNewsArticle");

    private final JsonObject article;
    private final Map<String, JsonObject> byId;

    private JsonLdArticle(JsonObject article, Map<String, JsonObject> byId) {
        this.article = article;
        this.byId = byId;
    }

    /** The first article node of the page's JSON-LD, if any block holds one. */
    static Optional<JsonLdArticle> find(Document doc) {
        List<JsonObject> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().strip();
            if (json.startsWith("<!--"))
                json = json.replaceFirst("^<!--", "").replaceFirst("-->$", "");
            try {
                collect(JsonParser.parseString(json), nodes, 0);
            } catch (RuntimeException e) {
                LOG.debug("skipping a JSON-LD block that does not parse: {}", e.getMessage());
            }
        }
        Map<String, JsonObject> byId = new HashMap<>();
        for (JsonObject node : nodes) {
            String id = string(node.get("@id")).orElse(null);
            if (id != null)
                byId.putIfAbsent(id, node);
        }
        return nodes.stream().filter(JsonLdArticle::isArticle).findFirst().map(a -> new JsonLdArticle(a, byId));
    }

    private static void collect(JsonElement element, List<JsonObject> nodes, int depth) {
        if (element == null || depth > 4)
            return;
        if (element.isJsonArray()) {
            for (JsonElement item : element.getAsJsonArray())
                collect(item, nodes, depth + 1);
        } else if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            nodes.add(object);
            collect(object.get("@graph"), nodes, depth + 1);
            collect(object.get("mainEntity"), nodes, depth + 1);
        }
    }

    private static boolean isArticle(JsonObject node) {
        JsonElement type = node.get("@type");
        if (type == null)
            return false;
        if (type.isJsonArray()) {
            for (JsonElement t : type.getAsJsonArray())
                if (t.isJsonPrimitive() && ARTICLE_TYPES.contains(localName(t.getAsString())))
                    return true;
            return false;
        }
        return type.isJsonPrimitive() && ARTICLE_TYPES.contains(localName(type.getAsString()));
    }

    private static String localName(String type) {
        int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return type.substring(cut + 1);
    }

    Optional<String> headline() {
        return text("headline").or(() -> text("name"));
    }

    Optional<String> url() {
        Optional<String> url = text("url");
        if (url.isPresent())
            return url;
        JsonElement main = article.get("mainEntityOfPage");
        if (main != null && main.isJsonObject())
            return string(main.getAsJsonObject().get("@id")).or(() -> string(main.getAsJsonObject().get("url")));
        return string(main);
    }

    Optional<String> datePublished() {
        return text("datePublished").or(() -> text("dateCreated"));
    }

    Optional<String> dateModified() {
        return text("dateModified");
    }

    Optional<String> section() {
        return texts("articleSection").stream().findFirst();
    }

    Optional<String> language() {
        return text("inLanguage");
    }

    Optional<String> articleBody() {
        return text("articleBody");
    }

    Optional<String> publisher() {
        return names(article.get("publisher")).stream().findFirst();
    }

    List<String> authors() {
        return names(article.get("author"));
    }

    List<String> keywords() {
        List<String> keywords = new ArrayList<>();
        for (String value : texts("keywords"))
            for (String part : value.split(","))
                if (!part.isBlank())
                    keywords.add(part.strip());
        return keywords;
    }

    private Optional<String> text(String key) {
        return texts(key).stream().findFirst();
    }

    private List<String> texts(String key) {
        List<String> values = new ArrayList<>();
        JsonElement value = article.get(key);
        if (value != null && value.isJsonArray()) {
            for (JsonElement item : value.getAsJsonArray())
                string(item).ifPresent(values::add);
        } else {
            string(value).ifPresent(values::add);
        }
        return values;
    }

    /** Names of the nodes a property points to: strings, objects with a name, or {@code @id} references. */
    private List<String> names(JsonElement value) {
        List<String> names = new ArrayList<>();
        if (value == null)
            return names;
        JsonArray items = new JsonArray();
        if (value.isJsonArray())
            items = value.getAsJsonArray();
        else
            items.add(value);
        for (JsonElement item : items) {
            if (item.isJsonPrimitive()) {
                string(item).filter(s -> !s.startsWith("http")).ifPresent(names::add);
            } else if (item.isJsonObject()) {
                JsonObject node = item.getAsJsonObject();
                Optional<String> ref = string(node.get("@id"));
                if (!node.has("name") && ref.isPresent() && byId.containsKey(ref.get()))
                    node = byId.get(ref.get());
                string(node.get("name")).ifPresent(names::add);
            }
        }
        return names;
    }

    private static Optional<String> string(JsonElement value) {
        if (value == null || !value.isJsonPrimitive())
            return Optional.empty();
        String s = Parser.unescapeEntities(value.getAsString(), false).strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
