package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;
import org.newsgraph.resolve.NameResolver;
import org.newsgraph.source.Article;

/**
 * The shapes the query writer relies on, checked with SPARQL over a dataset of two article graphs
 * (queries parsed once, values bound): mention rows with their type and link, claim offset rows.
 */
class GraphQueryTest {
    private static final Query MENTIONS = QueryFactory.create("""
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX schema: <https://schema.org/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX ng: <https://newsgraph.org/ontology#>
            SELECT ?source ?article ?begin ?end ?type ?entity ?link ?anchor WHERE {
              GRAPH ?article {
                ?article ng:source ?source .
                ?m nif:referenceContext ?article ; nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?anchor ;
                   itsrdf:taIdentRef ?entity .
                VALUES (?class ?type) { (schema:Person "Person") (schema:Organization "Organization")
                                        (schema:Place "Place") (schema:Role "Role") }
                ?entity a ?class .
                OPTIONAL { ?entity owl:sameAs ?link }
              }
            } ORDER BY ?source ?begin""");
    private static final Query CLAIM_OFFSETS = QueryFactory.create("""
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX schema: <https://schema.org/>
            PREFIX ng: <https://newsgraph.org/ontology#>
            SELECT ?source ?article ?speakerBegin ?speakerEnd ?cueBegin ?cueEnd ?contentBegin ?contentEnd WHERE {
              GRAPH ?article {
                ?claim a schema:Claim ; schema:appearance ?article ; ng:content ?content .
                ?article ng:source ?source .
                ?content nif:beginIndex ?contentBegin ; nif:endIndex ?contentEnd .
                OPTIONAL { ?claim ng:speakerMention ?s . ?s nif:beginIndex ?speakerBegin ; nif:endIndex ?speakerEnd }
                OPTIONAL { ?claim ng:cue ?c . ?c nif:beginIndex ?cueBegin ; nif:endIndex ?cueEnd }
              }
            }""");
    private static final Query ARTICLES_MENTIONING = QueryFactory.create("""
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX ng: <https://newsgraph.org/ontology#>
            SELECT DISTINCT ?source WHERE { GRAPH ?g { ?m itsrdf:taIdentRef ?entity . ?g ng:source ?source } }""");

    private static Dataset dataset;

    @BeforeAll
    static void load() {
        GraphMapper mapper = GraphMapper.builder().version("0.1.0").clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build();
        dataset = DatasetFactory.create();
        for (Article article : List.of(Fixtures.solarArticle(), Fixtures.visitArticle())) {
            Extraction x = article.source().contains("solar") ? Fixtures.solarExtraction() : Fixtures.visitExtraction();
            ArticleGraph g = mapper.map(article, x, NameResolver.standard().resolve(article, x));
            dataset.addNamedModel(g.iri(), g.model());
        }
    }

    private static List<QuerySolution> rows(Query query, String var, String iri) {
        List<QuerySolution> out = new ArrayList<>();
        var b = QueryExecution.dataset(dataset).query(query);
        if (var != null)
            b = b.substitution(var, ResourceFactory.createResource(iri));
        try (QueryExecution qe = b.build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void mentionRowsHaveTypeEntityAndLink() {
        List<QuerySolution> rows = rows(MENTIONS, null, null);
        // 10 + 7 entity mentions, plus one role mention
        assertEquals(18, rows.size());
        Set<String> types = new HashSet<>();
        rows.forEach(r -> types.add(r.getLiteral("type").getString()));
        assertEquals(Set.of("Person", "Organization", "Place", "Role"), types);
        QuerySolution us = rows.stream().filter(r -> r.getLiteral("anchor").getString().equals("U.S.")).findFirst().orElseThrow();
        assertEquals("http://dbpedia.org/resource/United_States", us.getResource("link").getURI());
        assertEquals("fixtures/solar-plant.txt", us.getLiteral("source").getString());
        QuerySolution chairman = rows.stream().filter(r -> r.getLiteral("type").getString().equals("Role")).findFirst().orElseThrow();
        assertEquals("chairman", chairman.getLiteral("anchor").getString());
    }

    @Test
    void claimOffsetRowsCoverEveryClaimPart() {
        List<QuerySolution> rows = rows(CLAIM_OFFSETS, null, null);
        // 4 + 1 claims, one of them with two content spans
        assertEquals(6, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.contains("speakerBegin") && r.contains("cueEnd")));
    }

    @Test
    void anEntityBoundAsAValueFindsBothArticles() {
        Set<String> sources = new HashSet<>();
        rows(ARTICLES_MENTIONING, "entity", IriMinter.standard().base() + "person/ana-costa")
                .forEach(r -> sources.add(r.getLiteral("source").getString()));
        assertEquals(Set.of("fixtures/solar-plant.txt", "fixtures/costa-visit.txt"), sources);
    }
}
