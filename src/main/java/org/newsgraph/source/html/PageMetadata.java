package org.newsgraph.source.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.source.Article;

/**
 * An article's metadata as a page declares it, taking JSON-LD first, then OpenGraph, then other meta
 * tags ({@code author}, {@code keywords}, {@code news_keywords}, Dublin Core), then the page itself
 * ({@code <time datetime>}, {@code <link rel=canonical>}, {@code <html lang>}, {@code <h1>}).
 */
final class PageMetadata {
    private static final Pattern SITE_SUFFIX = Pattern.compile("(.{10,}?)\\s+[|\\-–—:]\\s+([^|\\-–—]{2,40})");
    private final Document doc;
    private final Optional<JsonLdArticle> jsonLd;

    PageMetadata(Document doc) {
        this.doc = doc;
        this.jsonLd = JsonLdArticle.find(doc);
    }

    /** The JSON-LD {@code articleBody}, where the page has one. */
    Optional<String> articleBody() {
        return jsonLd.flatMap(JsonLdArticle::articleBody);
    }

    Optional<String> headline() {
        return rawHeadline().map(this::withoutSiteName);
    }

    private Optional<String> rawHeadline() {
        return first(() -> jsonLd.flatMap(JsonLdArticle::headline), () -> meta("og:title"), () -> meta("twitter:title"),
                () -> meta("dc.title"), () -> text("h1"), () -> text("title"));
    }

    /**
     * The headline without a trailing " | Site" or " - Site" naming the publisher or the web site
     * ("Night trains return | Valley Courier").
     */
    private String withoutSiteName(String headline) {
        Matcher m = SITE_SUFFIX.matcher(headline);
        if (!m.matches())
            return headline;
        String suffix = squash(m.group(2));
        String host = url(Optional.of(doc.location())).map(PageMetadata::host).orElse("");
        boolean names = publisher().map(PageMetadata::squash).filter(suffix::equals).isPresent()
                || meta("og:site_name").map(PageMetadata::squash).filter(suffix::equals).isPresent()
                || !suffix.isEmpty() && squash(host).contains(suffix);
        return names ? m.group(1).strip() : headline;
    }

    private static String host(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null ? "" : host;
        } catch (URISyntaxException e) {
            return "";
        }
    }

    private static String squash(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Every headline the page states (JSON-LD, OpenGraph, Twitter, first {@code <h1>}, {@code <title>}). */
    List<String> titles() {
        List<String> titles = new ArrayList<>();
        Stream.of(jsonLd.flatMap(JsonLdArticle::headline), meta("og:title"), meta("twitter:title"), text("h1"),
                text("title")).flatMap(Optional::stream).filter(t -> !titles.contains(t)).forEach(titles::add);
        return titles;
    }

    Optional<String> url(Optional<String> pageUrl) {
        return first(() -> absolute(doc.select("link[rel~=(?i)^canonical$]").attr("abs:href")),
                () -> absolute(meta("og:url").orElse("")), () -> absolute(jsonLd.flatMap(JsonLdArticle::url).orElse("")),
                () -> pageUrl.flatMap(PageMetadata::absolute));
    }

    Optional<String> publisher() {
        return first(() -> jsonLd.flatMap(JsonLdArticle::publisher), () -> meta("og:site_name"),
                () -> itemValue("[itemprop=publisher] [itemprop=name]"),
                () -> meta("dc.publisher"), () -> meta("dcterms.publisher"), () -> meta("application-name"));
    }

    List<String> authors() {
        List<String> fromJsonLd = jsonLd.map(JsonLdArticle::authors).orElse(List.of());
        Stream<String> raw = !fromJsonLd.isEmpty() ? fromJsonLd.stream()
                : Stream.of(metas("author"), metas("article:author"), metas("dc.creator"), metas("dcterms.creator"),
                        metas("byl"), metas("parsely-author"), metas("sailthru.author"), microdataAuthors())
                        .filter(list -> !list.isEmpty()).findFirst().orElse(List.<String>of()).stream();
        List<String> authors = new ArrayList<>();
        raw.flatMap(a -> AuthorNames.parse(a).stream()).filter(a -> !authors.contains(a)).forEach(authors::add);
        return authors;
    }

    Optional<String> datePublished() {
        return firstDate(() -> jsonLd.flatMap(JsonLdArticle::datePublished), () -> meta("article:published_time"),
                () -> meta("og:published_time"), () -> meta("datePublished"), () -> meta("dc.date"),
                () -> meta("dc.date.issued"), () -> meta("dcterms.created"), () -> meta("pubdate"),
                () -> meta("publish-date"), () -> meta("sailthru.date"), () -> meta("parsely-pub-date"),
                () -> attr("[itemprop=datePublished]", "content"), () -> attr("[itemprop=datePublished]", "datetime"),
                () -> attr("time[datetime]", "datetime"));
    }

    Optional<String> dateModified() {
        return firstDate(() -> jsonLd.flatMap(JsonLdArticle::dateModified), () -> meta("article:modified_time"),
                () -> meta("og:updated_time"), () -> meta("dateModified"), () -> meta("dcterms.modified"),
                () -> attr("[itemprop=dateModified]", "content"), () -> attr("[itemprop=dateModified]", "datetime"));
    }

    Optional<String> section() {
        return first(() -> jsonLd.flatMap(JsonLdArticle::section), () -> meta("article:section"),
                () -> meta("section"), () -> meta("dc.subject"));
    }

    List<String> keywords() {
        List<String> fromJsonLd = jsonLd.map(JsonLdArticle::keywords).orElse(List.of());
        if (!fromJsonLd.isEmpty())
            return fromJsonLd;
        List<String> tags = metas("article:tag");
        if (tags.isEmpty())
            tags = Stream.of(metas("news_keywords"), metas("keywords")).filter(l -> !l.isEmpty()).findFirst()
                    .orElse(List.of());
        return tags.stream().flatMap(t -> Stream.of(t.split("[,;]"))).map(String::strip).filter(t -> !t.isEmpty())
                .distinct().toList();
    }

    Optional<String> language() {
        return first(() -> Optional.of(doc.select("html").attr("lang")), () -> jsonLd.flatMap(JsonLdArticle::language),
                () -> meta("og:locale"), () -> meta("dc.language"), () -> meta("content-language"),
                () -> attr("meta[http-equiv~=(?i)content-language]", "content")).flatMap(PageMetadata::languageTag);
    }

    /** Fills the builder with every field the page declares. */
    void fill(Article.Builder builder, Optional<String> pageUrl) {
        headline().ifPresent(builder::headline);
        url(pageUrl).ifPresent(builder::url);
        publisher().ifPresent(builder::publisher);
        authors().forEach(builder::author);
        datePublished().ifPresent(builder::datePublished);
        dateModified().ifPresent(builder::dateModified);
        section().ifPresent(builder::section);
        keywords().forEach(builder::keyword);
        language().ifPresent(builder::language);
    }

    private static Optional<String> languageTag(String value) {
        String tag = Locale.forLanguageTag(value.strip().replace('_', '-')).toLanguageTag();
        return tag.equals("und") ? Optional.empty() : Optional.of(tag);
    }

    private static Optional<String> absolute(String url) {
        String u = url.strip();
        return u.matches("(?i)https?://\\S+") ? Optional.of(u) : Optional.empty();
    }

    private Optional<String> meta(String name) {
        return metas(name).stream().findFirst();
    }

    /** Content of meta tags whose name, property or itemprop is the given one (case-insensitive). */
    private List<String> metas(String name) {
        List<String> values = new ArrayList<>();
        for (Element meta : doc.select("meta[content]")) {
            String key = !meta.attr("property").isEmpty() ? meta.attr("property")
                    : !meta.attr("name").isEmpty() ? meta.attr("name") : meta.attr("itemprop");
            if (key.equalsIgnoreCase(name) && !meta.attr("content").isBlank())
                values.add(meta.attr("content").strip());
        }
        return values;
    }

    /** Authors marked up as microdata ({@code itemprop=author}) or linked with {@code rel=author}. */
    private List<String> microdataAuthors() {
        List<String> names = new ArrayList<>();
        for (Element author : doc.select("[itemprop=author]")) {
            Element name = author.selectFirst("[itemprop=name]");
            Element source = name != null ? name : author;
            String value = source.hasAttr("content") ? source.attr("content") : source.text();
            if (!value.isBlank() && value.length() < 120)
                names.add(value.strip());
        }
        if (names.isEmpty())
            doc.select("a[rel=author]").eachText().stream().filter(t -> t.length() < 80).forEach(names::add);
        return names;
    }

    /** The content attribute or, failing that, the text of the first element matching the query. */
    private Optional<String> itemValue(String query) {
        Element e = doc.selectFirst(query);
        if (e == null)
            return Optional.empty();
        return Optional.of(e.hasAttr("content") ? e.attr("content") : e.text());
    }

    private Optional<String> attr(String query, String attribute) {
        Element e = doc.selectFirst(query);
        return e == null ? Optional.empty() : Optional.of(e.attr(attribute));
    }

    private Optional<String> text(String query) {
        Element e = doc.selectFirst(query);
        return e == null ? Optional.empty() : Optional.of(e.text());
    }

    /** The first source whose value is a date {@link DateNormaliser} understands, normalised. */
    @SafeVarargs
    private static Optional<String> firstDate(Supplier<Optional<String>>... sources) {
        for (Supplier<Optional<String>> source : sources) {
            Optional<String> value = source.get().flatMap(DateNormaliser::normalise);
            if (value.isPresent())
                return value;
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static Optional<String> first(Supplier<Optional<String>>... sources) {
        for (Supplier<Optional<String>> source : sources) {
            Optional<String> value = source.get().map(String::strip).filter(s -> !s.isEmpty());
            if (value.isPresent())
                return value;
        }
        return Optional.empty();
    }
}
