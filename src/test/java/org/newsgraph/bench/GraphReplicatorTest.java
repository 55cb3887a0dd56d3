package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.newsgraph.graph.ArticleGraph;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NGID;

/** Copies of an article graph: the article's own IRIs, source and hash are new; entities are shared in groups. */
class GraphReplicatorTest {
    private static final String ARTICLE = NGID.NS + "article/abc";
    private static final Node SPAN = NodeFactory.createURI(ARTICLE + "#char=0,6");
    private static final Node HUAWEI = NodeFactory.createURI(NGID.NS + "organization/huawei");
    private static final Node ACTIVITY = NodeFactory.createBlankNode();

    private static List<Triple> seed() {
        Node article = NodeFactory.createURI(ARTICLE);
        List<Triple> t = new ArrayList<>();
        t.add(Triple.create(article, RDF.type.asNode(), SchemaDO.NewsArticle.asNode()));
        t.add(Triple.create(article, NG.source.asNode(), NodeFactory.createLiteralString("a.txt")));
        t.add(Triple.create(article, NG.contentHash.asNode(), NodeFactory.createLiteralString("f00")));
        t.add(Triple.create(article, NodeFactory.createURI("http://www.w3.org/ns/prov#wasGeneratedBy"), ACTIVITY));
        t.add(Triple.create(SPAN, ITSRDF.taIdentRef.asNode(), HUAWEI));
        t.add(Triple.create(HUAWEI, SchemaDO.name.asNode(), NodeFactory.createLiteralString("Huawei")));
        return t;
    }

    private static boolean has(Model m, Node s, Node p, Node o) {
        return m.getGraph().contains(s, p, o);
    }

    @Test
    void copyZeroIsTheArticleItself() {
        ArticleGraph g = GraphReplicator.copy(ARTICLE, seed(), 0);
        assertEquals(ARTICLE, g.iri());
        assertTrue(has(g.model(), SPAN, ITSRDF.taIdentRef.asNode(), HUAWEI));
        // the six seed triples and the summary facts a seed without them gets (the article's entity, the name key)
        assertEquals(8, g.model().size());
        assertTrue(has(g.model(), HUAWEI, NG.nameKey.asNode(), NodeFactory.createLiteralString("huawei")));
    }

    @Test
    void aCopyHasItsOwnArticleSpansSourceAndHash() {
        ArticleGraph g = GraphReplicator.copy(ARTICLE, seed(), 7);
        assertEquals(NGID.NS + "copy-7/article/abc", g.iri());
        Node article = NodeFactory.createURI(g.iri());
        Node span = NodeFactory.createURI(NGID.NS + "copy-7/article/abc#char=0,6");
        Node huawei7 = NodeFactory.createURI(NGID.NS + "group-7/organization/huawei");
        assertTrue(has(g.model(), article, NG.source.asNode(), NodeFactory.createLiteralString("a.txt#copy=7")));
        assertTrue(has(g.model(), article, NG.contentHash.asNode(), NodeFactory.createLiteralString("f00#copy=7")));
        assertTrue(has(g.model(), span, ITSRDF.taIdentRef.asNode(), huawei7));
        assertTrue(has(g.model(), huawei7, SchemaDO.name.asNode(), NodeFactory.createLiteralString("Huawei")));
        // the six seed triples and the summary facts a seed without them gets (the article's entity, the name key)
        assertEquals(8, g.model().size());
        assertEquals(1, g.model().getGraph().find(Node.ANY, NG.nameKey.asNode(), NodeFactory.createLiteralString("huawei")).toList().size());
        Node activity = g.model().getGraph().find(article, Node.ANY, Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isBlank).findFirst().orElseThrow();
        assertNotEquals(ACTIVITY, activity, "blank nodes are fresh in each copy");
    }

    @Test
    void copiesInTheSameGroupShareTheirEntities() {
        Map<Node, Node> blanks = new java.util.HashMap<>();
        Node a = GraphReplicator.rename(HUAWEI, 3, blanks);
        Node b = GraphReplicator.rename(HUAWEI, 3 + GraphReplicator.ENTITY_GROUPS, blanks);
        assertEquals(a, b);
        assertEquals(HUAWEI, GraphReplicator.rename(HUAWEI, GraphReplicator.ENTITY_GROUPS, blanks));
        Node agent = NodeFactory.createURI(NGID.NS + "agent/newsgraph-0.1.0");
        assertEquals(agent, GraphReplicator.rename(agent, 3, blanks));
    }

    @Test
    void parametersComeFromTheData() {
        QueryParameterChoice choice = QueryParameterChoice.from(Map.of(ARTICLE, seed()));
        List<Map<String, String>> entity = choice.variants("articles-mentioning", List.of("entity"));
        assertEquals(List.of(Map.of("entity", "<" + HUAWEI.getURI() + ">"), Map.of("entity", "\"Huawei\"")), entity);
        assertEquals(List.of(Map.of("article", "<" + ARTICLE + ">")), choice.variants("places-in-article", List.of("article")));
        assertEquals(List.of(Map.of()), choice.variants("mentions", List.of()));
    }

    @Test
    void claimsByEntityTakeASpeakerAndPeopleAndRolesAnOrganisationWithRoles() {
        List<Triple> t = seed();
        Node claim = NodeFactory.createURI(NGID.NS + "claim/c1");
        Node person = NodeFactory.createURI(NGID.NS + "person/ana-sousa");
        Node org = NodeFactory.createURI(NGID.NS + "organization/nordwind");
        Node role = NodeFactory.createURI(NGID.NS + "role/r1");
        t.add(Triple.create(claim, SchemaDO.author.asNode(), person));
        t.add(Triple.create(person, SchemaDO.name.asNode(), NodeFactory.createLiteralString("Ana Sousa")));
        t.add(Triple.create(role, NG.roleIn.asNode(), org));
        QueryParameterChoice choice = QueryParameterChoice.from(Map.of(ARTICLE, t));
        assertEquals(List.of(Map.of("entity", "<" + person.getURI() + ">"), Map.of("entity", "\"Ana Sousa\"")),
                choice.variants("claims-by-entity", List.of("entity")));
        assertEquals(List.of(Map.of("organization", "<" + org.getURI() + ">")), choice.variants("people-and-roles", List.of("organization")));
        // the other queries still take the most-mentioned entity
        assertEquals("<" + HUAWEI.getURI() + ">", choice.variants("claims-about-entity", List.of("entity")).get(0).get("entity"));
    }
}
