package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NG;

/** The summary facts are derived from the graph's own triples, once, whatever they were written by. */
class SummaryFactsTest {
    private static final String ID = "https://newsgraph.org/";

    @Test
    void keysAreLowerCaseAndTheContentKeySetsSpacingAndSurroundingPunctuationAside() {
        assertEquals("liang hua", SummaryFacts.nameKey("Liang HUA"));
        assertEquals("são paulo", SummaryFacts.nameKey("SÃO Paulo"));
        assertEquals("we are safe", SummaryFacts.contentKey(" \u201CWe   are\nSAFE,\u201D "));
        assertEquals("it's \"fine\" - really", SummaryFacts.contentKey("It's \"fine\" - really."));
        assertEquals("", SummaryFacts.contentKey("...."));
    }

    @Test
    void articlesAndSentencesListTheirDistinctEntitiesNamesGetKeysClaimsGetContentKeys() {
        Model m = ModelFactory.createDefaultModel();
        Resource article = m.createResource(ID + "article/x");
        Resource s1 = m.createResource(ID + "article/x#char=0,10");
        Resource s2 = m.createResource(ID + "article/x#char=11,20");
        Resource huawei = m.createResource(ID + "org/huawei").addProperty(SchemaDO.name, "Huawei");
        Resource liang = m.createResource(ID + "person/liang-hua").addProperty(SchemaDO.name, "Liang Hua");
        m.createResource(ID + "article/x#char=0,6").addProperty(ITSRDF.taIdentRef, huawei).addProperty(NG.sentence, s1);
        m.createResource(ID + "article/x#char=7,9").addProperty(ITSRDF.taIdentRef, huawei).addProperty(NG.sentence, s1);
        m.createResource(ID + "article/x#char=11,20").addProperty(ITSRDF.taIdentRef, liang).addProperty(NG.sentence, s2);
        m.createResource(ID + "claim/1").addProperty(RDF.type, SchemaDO.Claim).addProperty(SchemaDO.text, "“Safe.”");

        SummaryFacts.add(m, article);
        long size = m.size();
        SummaryFacts.add(m, article);

        assertEquals(size, m.size(), "adding twice changes nothing");
        assertEquals(Set.of(huawei, liang), objects(m, article, NG.mentionsEntity));
        assertEquals(Set.of(huawei), objects(m, s1, NG.mentionsEntity));
        assertEquals(Set.of(liang), objects(m, s2, NG.mentionsEntity));
        assertEquals("liang hua", liang.getProperty(NG.nameKey).getString());
        assertEquals("safe", m.getResource(ID + "claim/1").getProperty(NG.contentKey).getString());
        assertTrue(m.listStatements(null, NG.contentKey, (RDFNode) null).toList().size() == 1);
    }

    private static Set<RDFNode> objects(Model m, Resource s, org.apache.jena.rdf.model.Property p) {
        return m.listObjectsOfProperty(s, p).toList().stream().collect(Collectors.toSet());
    }
}
