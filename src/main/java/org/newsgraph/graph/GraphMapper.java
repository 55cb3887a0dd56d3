package org.newsgraph.graph;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Profile;
import org.newsgraph.extract.Sentence;
import org.newsgraph.resolve.Resolution;
import org.newsgraph.source.Article;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;
import org.newsgraph.vocab.PROV;
import org.newsgraph.vocab.Prefixes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one article, what was extracted from it and the resolved identities into the article's named
 * graph: the article (schema:NewsArticle and nif:Context), its sentences, mentions, entities, roles,
 * relations and claims, and the provenance of the graph (PROV-O) — all in one model, so replacing or
 * dropping the graph replaces or drops every fact read from the article. A value of the article that cannot
 * be written (a URL that is not an absolute IRI, a date that is not ISO 8601) is left out, and the graph's
 * {@link ArticleGraph#notices()} say so. Immutable and thread-safe; built with {@link #builder()}.
 *
 * <pre>
 * ArticleGraph g = GraphMapper.builder().version("0.1.0").profile(Profile.DEFAULT).build()
 *         .map(article, extraction, resolver.resolve(article, extraction));
 * </pre>
 */
public final class GraphMapper {
    private static final Logger LOG = LoggerFactory.getLogger(GraphMapper.class);
    private final IriMinter minter;
    private final String version;
    private final Profile profile;
    private final Clock clock;

    private GraphMapper(Builder b) {
        this.minter = b.minter;
        this.version = b.version;
        this.profile = b.profile;
        this.clock = b.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    public IriMinter minter() {
        return minter;
    }

    /** The article's graph; its name is the article's IRI. */
    public ArticleGraph map(Article article, Extraction extraction, Resolution resolution) {
        Objects.requireNonNull(article, "The parameter 'article' must not be null.");
        Objects.requireNonNull(extraction, "The parameter 'extraction' must not be null.");
        Objects.requireNonNull(resolution, "The parameter 'resolution' must not be null.");
        Model model = ModelFactory.createDefaultModel().setNsPrefixes(Prefixes.standard());
        String iri = minter.article(article);
        Resource node = model.createResource(iri);
        ArticleText text = new ArticleText(model, minter, node, article.source(), article.text());

        List<String> notices = new ArrayList<>();
        writeArticle(node, article, extraction, text, notices);
        for (Sentence sentence : extraction.sentences())
            text.addSentence(sentence);
        EntityWriter entityWriter = new EntityWriter(model, minter, text);
        Map<String, Resource> entities = entityWriter.writeEntities(extraction.entities(), resolution);
        entityWriter.writeMentions(extraction.mentions(), entities);
        RoleWriter roleWriter = new RoleWriter(model, minter, text, iri);
        roleWriter.writeRoles(extraction.roles(), entities);
        roleWriter.writeRelations(extraction.relations(), entities);
        new ClaimWriter(model, minter, text, node).writeClaims(extraction.claims(), entities);
        writeProvenance(node, iri);
        SummaryFacts.add(model, node);
        LOG.debug("Mapped {} to {} triples", article.source(), model.size());
        return new ArticleGraph(iri, model, notices);
    }

    private void writeArticle(Resource node, Article article, Extraction extraction, ArticleText text, List<String> notices) {
        Model model = node.getModel();
        node.addProperty(RDF.type, SchemaDO.NewsArticle)
                .addProperty(RDF.type, NIF.Context)
                .addProperty(NIF.isString, article.text())
                .addLiteral(NIF.beginIndex, Literals.nonNegative(0))
                .addLiteral(NIF.endIndex, Literals.nonNegative(text.length()))
                .addProperty(NG.source, article.source())
                .addProperty(NG.contentHash, article.contentHash())
                .addLiteral(NG.tokenCount, Literals.nonNegative(extraction.tokens()));
        article.headline().ifPresent(h -> node.addProperty(SchemaDO.headline, h));
        article.url().flatMap(url -> iri(url, article.source(), notices))
                .ifPresent(url -> node.addProperty(SchemaDO.url, model.createResource(url)));
        article.datePublished().flatMap(d -> date(d, "datePublished", article.source(), notices))
                .ifPresent(l -> node.addLiteral(SchemaDO.datePublished, l));
        article.dateModified().flatMap(d -> date(d, "dateModified", article.source(), notices))
                .ifPresent(l -> node.addLiteral(SchemaDO.dateModified, l));
        article.publisher().ifPresent(p -> node.addProperty(SchemaDO.publisher, model.createResource(minter.publisher(p))
                .addProperty(RDF.type, SchemaDO.Organization)
                .addProperty(SchemaDO.name, IriText.normalise(p))));
        article.authors().stream().filter(a -> !a.isBlank()).forEach(author -> node.addProperty(SchemaDO.author,
                model.createResource(minter.author(author))
                        .addProperty(RDF.type, SchemaDO.Person)
                        .addProperty(SchemaDO.name, IriText.normalise(author))));
        article.keywords().stream().filter(k -> !k.isBlank()).forEach(k -> node.addProperty(SchemaDO.keywords, k));
        article.section().ifPresent(s -> node.addProperty(SchemaDO.articleSection, s));
        article.language().ifPresent(l -> node.addProperty(SchemaDO.inLanguage, l));
    }

    private void writeProvenance(Resource article, String iri) {
        Model model = article.getModel();
        Instant ended = clock.instant();
        Resource agent = model.createResource(minter.agent(version))
                .addProperty(RDF.type, PROV.SoftwareAgent)
                .addProperty(RDFS.label, "newsgraph " + version)
                .addProperty(SchemaDO.softwareVersion, version);
        Resource activity = model.createResource(minter.activity(iri, ended))
                .addProperty(RDF.type, PROV.Activity)
                .addProperty(PROV.wasAssociatedWith, agent)
                .addProperty(NG.profile, profile.label())
                .addLiteral(PROV.endedAtTime, Literals.dateTime(ended));
        article.addProperty(PROV.wasGeneratedBy, activity);
    }

    /** The URL as an absolute IRI, or empty with a notice. */
    private static Optional<String> iri(String url, String source, List<String> notices) {
        try {
            IRIx parsed = IRIx.create(url.strip());
            if (parsed.isAbsolute() && !parsed.hasViolations())
                return Optional.of(parsed.str());
        } catch (IRIException e) {
            // not an IRI at all: the notice below
        }
        notices.add(source + ": the URL '" + url + "' is not an absolute IRI, so schema:url is left out");
        return Optional.empty();
    }

    /** The date as a typed literal (xsd:date or xsd:dateTime), or empty with a notice. */
    private static Optional<Literal> date(String value, String property, String source, List<String> notices) {
        Optional<Literal> literal = Literals.date(value);
        if (literal.isEmpty())
            notices.add(source + ": the " + property + " '" + value + "' is neither an ISO-8601 date nor a date-time,"
                    + " so schema:" + property + " is left out");
        return literal;
    }

    /** Configures a mapper. */
    public static final class Builder {
        private IriMinter minter = IriMinter.standard();
        private String version = Optional.ofNullable(GraphMapper.class.getPackage().getImplementationVersion()).orElse("dev");
        private Profile profile = Profile.DEFAULT;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The IRI minter (default: {@link IriMinter#standard()}). */
        public Builder minter(IriMinter value) {
            this.minter = Objects.requireNonNull(value, "The parameter 'minter' must not be null.");
            return this;
        }

        /** The newsgraph version recorded as the generating agent (default: the jar's version, else "dev"). */
        public Builder version(String value) {
            this.version = Objects.requireNonNull(value, "The parameter 'version' must not be null.");
            return this;
        }

        /** The profile the extraction ran (default {@link Profile#DEFAULT}). */
        public Builder profile(Profile value) {
            this.profile = Objects.requireNonNull(value, "The parameter 'profile' must not be null.");
            return this;
        }

        /** The clock that dates each graph's generation (default: the UTC system clock). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "The parameter 'clock' must not be null.");
            return this;
        }

        public GraphMapper build() {
            if (version.isBlank())
                throw new IllegalArgumentException("The parameter 'version' must not be blank.");
            return new GraphMapper(this);
        }
    }
}
