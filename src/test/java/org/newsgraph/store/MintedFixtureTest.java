package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.store.StoreFixture.MINTED_A1;
import static org.newsgraph.store.StoreFixture.MINTED_B2;
import static org.newsgraph.store.StoreFixture.MINTED_FRANCE;
import static org.newsgraph.store.StoreFixture.MINTED_HUAWEI;
import static org.newsgraph.store.StoreFixture.MINTED_PARIS;
import static org.newsgraph.store.StoreFixture.MINTED_PERSON;
import static org.newsgraph.store.StoreFixture.MINTED_RELATION_A1;
import static org.newsgraph.store.StoreFixture.MINTED_ROLE;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.SpeechAct;
import org.newsgraph.graph.ArticleGraph;
import org.newsgraph.graph.IriMinter;
import org.newsgraph.resolve.EntityKey;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;
import org.newsgraph.vocab.PROV;

/**
 * The fixture the queries are tested on (two-articles-minted.trig) holds only IRIs that newsgraph's minter makes
 * for its facts, so that NamedQueriesTest meets the shapes a real store has.
 */
class MintedFixtureTest {
    @Test
    void theFixtureUsesTheIrisTheMinterMakes() {
        IriMinter minter = IriMinter.standard();
        assertEquals(minter.article("https://example.org/news/huawei-plant"), MINTED_A1,
                "an article's IRI comes from its URL");
        assertEquals(minter.article("https://example.org/news/b"), MINTED_B2);
        assertEquals(minter.entity(new EntityKey(EntityType.PERSON, "Liang Hua", Optional.of("Liang_Hua"))), MINTED_PERSON);
        assertEquals(minter.entity(new EntityKey(EntityType.ORGANIZATION, "Huawei", Optional.of("Huawei"))), MINTED_HUAWEI);
        assertEquals(minter.entity(new EntityKey(EntityType.COUNTRY, "France", Optional.of("France"))), MINTED_FRANCE);
        assertEquals(minter.entity(new EntityKey(EntityType.CITY, "Paris", Optional.empty())), MINTED_PARIS);
        assertEquals(minter.role(Optional.of(MINTED_PERSON), Optional.of(MINTED_HUAWEI), "chairman", MINTED_A1,
                new Span(9, 17)), MINTED_ROLE);
        assertEquals(minter.relation(MINTED_A1, MINTED_PERSON, "per:employee_or_member_of", MINTED_HUAWEI, 0),
                MINTED_RELATION_A1);
        Set<String> checked = new HashSet<>(Set.of(MINTED_A1, MINTED_B2, MINTED_PERSON, MINTED_HUAWEI, MINTED_FRANCE,
                MINTED_PARIS, MINTED_ROLE, MINTED_RELATION_A1));
        for (ArticleGraph g : StoreFixture.mintedArticles()) {
            Model m = g.model();
            // every span from its article and its offsets; every claim from its article and its parts' spans
            m.listSubjectsWithProperty(NIF.referenceContext).forEach(span -> {
                assertEquals(minter.span(g.iri(), span(span)), span.getURI());
                checked.add(span.getURI());
            });
            m.listSubjectsWithProperty(RDF.type, SchemaDO.Claim).forEach(claim -> {
                List<Span> content = m.listObjectsOfProperty(claim, NG.content).mapWith(c -> span(c.asResource()))
                        .toList().stream().sorted().toList();
                Claim parts = new Claim(part(claim, NG.speakerMention), Optional.empty(), part(claim, NG.cue), "say",
                        SpeechAct.STATEMENT, content, false, false, false, 0, List.of());
                assertEquals(minter.claim(g.iri(), parts), claim.getURI());
                checked.add(claim.getURI());
            });
            Resource activity = m.getResource(g.iri()).getPropertyResourceValue(PROV.wasGeneratedBy);
            Instant ended = Instant.parse(activity.getProperty(PROV.endedAtTime).getString());
            assertEquals(minter.activity(g.iri(), ended), activity.getURI());
            assertEquals(minter.agent("0.1.0"), activity.getPropertyResourceValue(PROV.wasAssociatedWith).getURI());
            checked.addAll(List.of(activity.getURI(), minter.agent("0.1.0")));
        }
        Set<String> ours = new HashSet<>();
        for (ArticleGraph g : StoreFixture.mintedArticles())
            g.model().listStatements().forEach(t -> List.of(t.getSubject(), t.getObject()).stream()
                    .filter(RDFNode::isURIResource).map(n -> n.asResource().getURI())
                    .filter(iri -> iri.startsWith("https://newsgraph.org/") && !iri.startsWith(NG.NS)).forEach(ours::add));
        ours.removeAll(checked);
        assertEquals(Set.of(), ours, "IRIs of ours that the minter was not asked for");
    }

    private static Span span(Resource span) {
        return new Span(span.getProperty(NIF.beginIndex).getInt(), span.getProperty(NIF.endIndex).getInt());
    }

    private static Optional<Span> part(Resource claim, Property p) {
        return Optional.ofNullable(claim.getPropertyResourceValue(p)).map(MintedFixtureTest::span);
    }
}
