package org.newsgraph.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.newsgraph.error.NewsGraphException;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Span;
import org.newsgraph.resolve.EntityKey;
import org.newsgraph.source.Article;
import org.newsgraph.vocab.DBR;
import org.newsgraph.vocab.EnWiki;
import org.newsgraph.vocab.NGID;

/**
 * The one place newsgraph mints IRIs. Text is normalised (NFC, trimmed, white space collapsed),
 * slugged or hashed, percent-encoded where an IRI cannot hold it, and every result is checked with
 * Jena's IRI parser. Immutable and thread-safe; built with {@link #builder()}.
 *
 * <pre>
 * article       {base}article/{sha-256 of canonical URL, else source, 16 hex}
 * span          {article}#char={begin},{end}          (NIF / RFC 5147, code points)
 * entity        {base}person|organization|place/{slug of Wikipedia title, else of name}
 * local entity  {entity}/in/{hash of article}   (a person named by one word alone)
 * unnamed       {base}unnamed/{hash of article and local entity id}   (never named: "he" alone)
 * claim         {base}claim/{hash of article and spans}
 * role          {base}role/{hash of holder, organisation and title; else of article and span}
 * relation      {base}relation/{hash of article, subject, predicate, object and sentence}
 * activity      {base}activity/{hash of article and time}
 * agent         {base}agent/newsgraph-{version}
 * summary       {base}summary                          (the store's counts across articles)
 *               {base}summary/pair-level/{articles}
 *               {base}summary/{kind}/{hash of the row's key, 32 hex}
 * </pre>
 */
public final class IriMinter {
    private static final int HASH_DIGITS = 16;
    /** summary rows are many more than facts of one kind: a longer hash keeps them apart */
    private static final int SUMMARY_HASH_DIGITS = 32;
    private final String base;

    private IriMinter(String base) {
        this.base = base;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A minter on the default base {@value NGID#NS}. */
    public static IriMinter standard() {
        return builder().build();
    }

    public String base() {
        return base;
    }

    /** The article's IRI: stable across re-reads, from its canonical URL when known, else its source. */
    public String article(Article article) {
        Objects.requireNonNull(article, "The parameter 'article' must not be null.");
        return article(article.url().orElse(article.source()));
    }

    /** The IRI of the article whose canonical URL (or, lacking one, source as given) is {@code identity}. */
    public String article(String identity) {
        String id = IriText.normalise(requireText(identity, "article", "a canonical URL or source"));
        return checked(base + "article/" + IriText.hash(HASH_DIGITS, id));
    }

    /** The NIF span IRI of [begin, end) in the article: {@code <article>#char=begin,end}. */
    public String span(String articleIri, Span span) {
        Objects.requireNonNull(span, "The parameter 'span' must not be null.");
        return checked(requireText(articleIri, "span", "an article IRI") + "#char=" + span.begin() + "," + span.end());
    }

    /** One IRI per family and Wikipedia title, or family and name where not linked. */
    public String entity(EntityKey key) {
        Objects.requireNonNull(key, "The parameter 'key' must not be null.");
        String family = key.family().name().toLowerCase(java.util.Locale.ROOT);
        String from = key.wikipediaTitle().map(t -> t.replace('_', ' ')).orElse(key.name());
        return named(family, from, "entity name");
    }

    /**
     * The IRI of a person an article names by one word alone ("Smith"): the name's IRI with the article's
     * hash below it, {@code …/person/smith/in/<hash>}, so namesakes in other articles stay apart.
     */
    public String articleLocalEntity(String articleIri, EntityKey key) {
        return checked(entity(key) + "/in/" + IriText.hash(HASH_DIGITS, requireText(articleIri, "local entity", "an article IRI")));
    }

    /** The IRI of an entity the article never names ("he" with no named antecedent): the article's own. */
    public String unnamedEntity(String articleIri, String localId) {
        return checked(base + "unnamed/" + IriText.hash(HASH_DIGITS, requireText(articleIri, "unnamed entity", "an article IRI"),
                requireText(localId, "unnamed entity", "a local entity id")));
    }

    /** The publisher's IRI: an organisation, shared with an unlinked organisation of that name. */
    public String publisher(String name) {
        return entity(new EntityKey(EntityType.ORGANIZATION, requireText(name, "publisher", "a publisher name"),
                Optional.empty()));
    }

    /** An author's IRI: a person, shared with an unlinked person of that name. */
    public String author(String name) {
        return entity(new EntityKey(EntityType.PERSON, requireText(name, "author", "an author name"), Optional.empty()));
    }

    /** The claim's IRI, from its article and the spans of its parts. */
    public String claim(String articleIri, Claim claim) {
        Objects.requireNonNull(claim, "The parameter 'claim' must not be null.");
        return checked(base + "claim/" + IriText.hash(HASH_DIGITS, requireText(articleIri, "claim", "an article IRI"),
                claim.speaker(), claim.cue(), claim.content()));
    }

    /**
     * A role's IRI. With a holder, the role is the same in every article ("Liang Hua, chairman of
     * Huawei"); without one, it is the article's own.
     */
    public String role(Optional<String> holderIri, Optional<String> roleInIri, String title, String articleIri,
            Span evidence) {
        String roleName = IriText.normalise(requireText(title, "role", "a role title")).toLowerCase(java.util.Locale.ROOT);
        String hash = holderIri.isPresent()
                ? IriText.hash(HASH_DIGITS, holderIri.get(), roleInIri.orElse(""), roleName)
                : IriText.hash(HASH_DIGITS, requireText(articleIri, "role", "an article IRI"), evidence, roleInIri.orElse(""),
                        roleName);
        return checked(base + "role/" + hash);
    }

    /** A relation's IRI, local to its article. */
    public String relation(String articleIri, String subjectIri, String predicate, String object, int sentence) {
        return checked(base + "relation/" + IriText.hash(HASH_DIGITS, requireText(articleIri, "relation", "an article IRI"),
                subjectIri, predicate, object, sentence));
    }

    /** The activity that made the article's graph at {@code ended}. */
    public String activity(String articleIri, Instant ended) {
        Objects.requireNonNull(ended, "The parameter 'ended' must not be null.");
        return checked(base + "activity/"
                + IriText.hash(HASH_DIGITS, requireText(articleIri, "activity", "an article IRI"), ended));
    }

    /** The software agent: {@code agent/newsgraph-<version>}. */
    public String agent(String version) {
        return named("agent", "newsgraph-" + requireText(version, "agent", "a version"), "version");
    }

    /** The node of the counts a store keeps across articles: its {@code ng:articleCount} is the number counted. */
    public String summary() {
        return checked(base + "summary");
    }

    /** The count of pairs of entities mentioned together in at least {@code articles} articles. */
    public String summaryPairLevel(long articles) {
        if (articles < 0)
            throw new IllegalArgumentException("Cannot mint the pair level IRI from " + articles + " articles; it needs 0 or more.");
        return checked(base + "summary/pair-level/" + articles);
    }

    /**
     * One count row of the summary, of a {@code kind} ("pair", "speaker", "saying", "link"), keyed by the nodes
     * (or other values, by their string form) that the row counts.
     */
    public String summaryRow(String kind, Object... key) {
        String segment = IriText.slug(requireText(kind, "summary row", "a kind of count"));
        Objects.requireNonNull(key, "The parameter 'key' must not be null.");
        return checked(base + "summary/" + segment + "/" + IriText.hash(SUMMARY_HASH_DIGITS, key));
    }

    /** The DBpedia resource for a Wikipedia title: {@code http://dbpedia.org/resource/Title_With_Underscores}. */
    public String dbpedia(String wikipediaTitle) {
        return checked(DBR.NS + IriText.pageName(requireText(wikipediaTitle, "DBpedia", "a Wikipedia title")));
    }

    /** The English Wikipedia page for a title. */
    public String wikipedia(String wikipediaTitle) {
        return checked(EnWiki.NS + IriText.pageName(requireText(wikipediaTitle, "Wikipedia", "a Wikipedia title")));
    }

    private String named(String segment, String text, String what) {
        String slug = IriText.slug(text);
        if (slug.isEmpty())
            throw new IllegalArgumentException("Cannot mint a " + segment + " IRI from the blank " + what + " '" + text
                    + "'; it needs at least one character that is not white space.");
        return checked(base + segment + "/" + slug);
    }

    private static String requireText(String value, String what, String expected) {
        if (value == null || IriText.normalise(value).isEmpty())
            throw new IllegalArgumentException("Cannot mint the " + what + " IRI from "
                    + (value == null ? "null" : "a blank string") + "; it needs " + expected + ".");
        return value;
    }

    /** Parses {@code iri} with Jena's IRI checker and refuses it when it has any violation. */
    static String checked(String iri) {
        try {
            IRIx parsed = IRIx.create(iri);
            List<String> problems = new ArrayList<>();
            parsed.handleViolations((error, message) -> problems.add(message));
            if (parsed.isRelative() || !problems.isEmpty())
                throw new NewsGraphException("The minted IRI <" + iri + "> is not a valid IRI with a scheme"
                        + (problems.isEmpty() ? "" : ": " + String.join("; ", problems)) + ".");
            return iri;
        } catch (IRIException e) {
            throw new NewsGraphException("The minted IRI <" + iri + "> is not a valid IRI: " + e.getMessage(), e);
        }
    }

    /** Configures a minter. */
    public static final class Builder {
        private String base = NGID.NS;

        private Builder() {
        }

        /** The base every instance IRI starts with; absolute, ending in "/". Default {@value NGID#NS}. */
        public Builder base(String value) {
            this.base = value;
            return this;
        }

        public IriMinter build() {
            if (base == null || !base.endsWith("/"))
                throw new IllegalArgumentException("The IRI base must be an absolute IRI ending in '/', got " + base);
            checked(base);
            return new IriMinter(base);
        }
    }
}
