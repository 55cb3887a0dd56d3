package org.newsgraph.extract.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.newsgraph.extract.Claim;
import org.newsgraph.extract.CodePoints;
import org.newsgraph.extract.DateExpressions;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Profile;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.Sentence;
import org.newsgraph.source.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The CoreNLP extractor: annotates an article with the shared pipeline of its profile and turns the
 * annotations into our records. The chain, in order: sentences; entities and mentions ({@link EntityClusterer}: with
 * coreference chains, or by name alone in the fast profile); roles ({@link RoleFinder}), found again when title
 * nominals name a role's holder ({@link TitleNominals}); KBP relations ({@link KbpRelations}); claims: direct quotes
 * ({@link QuoteClaims}) and reported speech ({@link ClaimFinder}), joined by {@link ClaimMerger}; then each claim's
 * source kind and date ({@link ClaimDetails}). Thread-safe: the pipeline is shared, everything else is per call.
 */
public final class CoreNlpExtractor implements Extractor {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpExtractor.class);

    private final Profile profile;

    /** An extractor for {@code profile}; the models load on the first {@link #extract(Article)}. */
    public CoreNlpExtractor(Profile profile) {
        this.profile = Objects.requireNonNull(profile, "The parameter 'profile' must not be null.");
    }

    @Override
    public Profile profile() {
        return profile;
    }

    @Override
    public Extraction extract(Article article) {
        Objects.requireNonNull(article, "The parameter 'article' must not be null.");
        String text = article.text();
        if (text.isBlank())
            return Extraction.empty();
        long start = System.nanoTime();
        CoreDocument document = annotate(text);
        LOG.debug("Annotated {} in {} ms", article.source(), (System.nanoTime() - start) / 1_000_000);
        return ClaimDetails.add(toExtraction(document, text, profile != Profile.FAST), document, text,
                DateExpressions.anchor(article.datePublished()), article.publisher());
    }

    /** Reported speech and quotes' cues from the dependency parse; immutable and thread-safe. */
    private static final ClaimFinder CLAIM_FINDER = new ClaimFinder();

    /** The text annotated with this profile's shared pipeline. */
    CoreDocument annotate(String text) {
        StanfordCoreNLP pipeline = CoreNlpPipelines.get(profile);
        CoreDocument document = new CoreDocument(text);
        pipeline.annotate(document);
        return document;
    }

    /** Our records for an annotated document. */
    static Extraction toExtraction(CoreDocument document, String text, boolean useCoref) {
        CodePoints codePoints = new CodePoints(text);
        List<Sentence> sentences = new ArrayList<>();
        int tokens = 0;
        for (CoreSentence s : document.sentences()) {
            sentences.add(new Sentence(sentences.size(), codePoints.span(s.charOffsets().first, s.charOffsets().second)));
            tokens += s.tokens().size();
        }
        EntityClusters clusters = new EntityClusterer(useCoref).cluster(document, text);
        List<Role> roles = new RoleFinder(document, text, codePoints, clusters).find();
        if (TitleNominals.attach(document, codePoints, clusters, roles)) {
            clusters = clusters.rebuilt();
            roles = new RoleFinder(document, text, codePoints, clusters).find();
        }
        List<Relation> relations = KbpRelations.find(document, clusters.index(), codePoints);
        List<Claim> claims = ClaimMerger.mergeClaims(QuoteClaims.find(document, text, codePoints, clusters),
                CLAIM_FINDER.find(document, text, codePoints, clusters.index()));
        claims = AboutEntities.of(ContentGaps.joined(claims, text), clusters.mentions());
        return new Extraction(sentences, clusters.entities(), clusters.mentions(), roles, relations, claims, tokens);
    }
}
