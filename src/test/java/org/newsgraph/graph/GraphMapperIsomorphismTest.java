package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionKind;
import org.newsgraph.extract.Profile;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;
import org.newsgraph.resolve.NameResolver;
import org.newsgraph.source.Article;

/** The whole graph of a tiny article, compared by isomorphism with one written by hand. */
class GraphMapperIsomorphismTest {
    @Test
    void tinyArticleMapsToTheHandWrittenGraph() {
        Article article = Article.builder("tiny.txt", "Zoë 🙂 met Bo.").datePublished("2026-01-31").build();
        Extraction extraction = new Extraction(List.of(new Sentence(0, new Span(0, 13))),
                List.of(new Entity("e1", EntityType.PERSON, "Bo", Optional.empty(), List.of())),
                List.of(new Mention(new Span(10, 12), "Bo", 0, MentionKind.NAME, "e1")), List.of(), List.of(), List.of(), 5);
        GraphMapper mapper = GraphMapper.builder().version("0.1.0").profile(Profile.FAST)
                .clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build();
        ArticleGraph graph = mapper.map(article, extraction, NameResolver.standard().resolve(article, extraction));

        // "Bo", named by one word alone, is the article's own person: …/person/bo/in/<hash of the article IRI>
        String bo = mapper.minter().base() + "person/bo/in/" + IriText.hash(16, graph.iri());
        String expectedText = Fixtures.read("tiny-expected.ttl")
                .replace("{ARTICLE}", graph.iri())
                .replace("{ACTIVITY}", mapper.minter().activity(graph.iri(), Instant.EPOCH))
                .replace("{HASH}", article.contentHash())
                .replace("{BO}", bo);
        Model expected = ModelFactory.createDefaultModel();
        RDFDataMgr.read(expected, new StringReader(expectedText), null, Lang.TURTLE);

        if (!graph.model().isIsomorphicWith(expected)) {
            RDFDataMgr.write(System.out, graph.model().difference(expected), Lang.TURTLE);
            RDFDataMgr.write(System.out, expected.difference(graph.model()), Lang.TURTLE);
        }
        assertTrue(graph.model().isIsomorphicWith(expected), "the mapped graph is the hand-written one");
    }
}
