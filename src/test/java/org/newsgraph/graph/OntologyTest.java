package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;

class OntologyTest {
    private static final List<Resource> KINDS = List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
            OWL.NamedIndividual);

    /** Every Resource or Property constant of the NG vocabulary class. */
    private static Set<Resource> vocabTerms() throws IllegalAccessException {
        Set<Resource> terms = new HashSet<>();
        for (Field f : NG.class.getFields())
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
                terms.add((Resource) f.get(null));
        return terms;
    }

    @Test
    void everyVocabTermIsDeclaredLabelledAndCommented() throws IllegalAccessException {
        Model ontology = Ontology.ontology();
        Set<Resource> terms = vocabTerms();
        assertTrue(terms.size() >= 40, "NG has " + terms.size() + " terms");
        for (Resource term : terms) {
            Resource t = ontology.getResource(term.getURI());
            assertTrue(KINDS.stream().anyMatch(k -> t.hasProperty(RDF.type, k)), term + " is declared with an OWL kind");
            assertTrue(t.hasProperty(RDFS.label), term + " has a label");
            assertTrue(t.hasProperty(RDFS.comment), term + " has a comment");
            if (term instanceof Property)
                assertTrue(t.hasProperty(RDF.type, OWL.ObjectProperty) || t.hasProperty(RDF.type, OWL.DatatypeProperty),
                        term + " is declared as a property");
        }
    }

    @Test
    void theOntologyCoinsNothingTheVocabLacks() throws IllegalAccessException {
        Set<Resource> terms = vocabTerms();
        Model ontology = Ontology.ontology();
        Set<String> declared = new HashSet<>();
        ontology.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(NG.NS))
                declared.add(s.getURI());
        });
        Set<String> vocab = new HashSet<>();
        terms.forEach(t -> vocab.add(t.getURI()));
        assertEquals(vocab, declared);
        assertTrue(ontology.contains(ontology.getResource(NG.ONTOLOGY), RDF.type, OWL.Ontology));
    }

    @Test
    void classesAndPropertiesAreAlignedWithStandardVocabularies() {
        Model o = Ontology.ontology();
        assertTrue(o.contains(NG.EntityMention, RDFS.subClassOf, NIF.Phrase));
        assertTrue(o.contains(NG.RoleMention, RDFS.subClassOf, NIF.Phrase));
        assertTrue(o.contains(NG.SpeechAct, RDFS.subClassOf, SchemaDO.Enumeration));
        assertTrue(o.contains(NG.sentence, RDFS.subPropertyOf, NIF.sentence));
        assertTrue(o.contains(NG.alias, RDFS.subPropertyOf, SchemaDO.alternateName));
        for (Resource c : o.listSubjectsWithProperty(RDF.type, OWL.Class).toList())
            assertTrue(c.hasProperty(RDFS.subClassOf), c + " is aligned by rdfs:subClassOf");
        for (Resource act : List.of(NG.Statement, NG.Announcement, NG.Accusation, NG.Denial, NG.Promise, NG.Warning,
                NG.Belief, NG.Question, NG.Report))
            assertTrue(o.contains(act, RDF.type, NG.SpeechAct), act + " is a speech act");
        assertTrue(o.contains(NG.confidence, RDFS.range, o.getResource(XSDDatatype.XSDdouble.getURI())));
    }

    @Test
    void shapesCatchBrokenGraphs() {
        Model good = GraphMapperTestSupport.solarModel();
        assertTrue(Ontology.validate(good.getGraph()).conforms());

        Model wrongAnchor = GraphMapperTestSupport.solarModel();
        Resource its = wrongAnchor.listSubjectsWithProperty(NIF.anchorOf, "its").next();
        its.removeAll(NIF.anchorOf).addProperty(NIF.anchorOf, "it");
        assertViolation(wrongAnchor, "anchorOf");

        Model plainDate = GraphMapperTestSupport.solarModel();
        Resource article = plainDate.listSubjectsWithProperty(RDF.type, SchemaDO.NewsArticle).next();
        article.removeAll(SchemaDO.datePublished).addProperty(SchemaDO.datePublished, "2026-03-02");
        assertViolation(plainDate, "datePublished");

        Model noSource = GraphMapperTestSupport.solarModel();
        noSource.listSubjectsWithProperty(RDF.type, SchemaDO.NewsArticle).next().removeAll(NG.source);
        assertViolation(noSource, "source");

        Model unnamed = GraphMapperTestSupport.solarModel();
        unnamed.listSubjectsWithProperty(RDF.type, SchemaDO.Person).next().removeAll(SchemaDO.name);
        assertViolation(unnamed, "name");

        Model noAct = GraphMapperTestSupport.solarModel();
        noAct.listSubjectsWithProperty(RDF.type, SchemaDO.Claim).next().removeAll(NG.speechAct);
        assertViolation(noAct, "speechAct");

        Model untyped = GraphMapperTestSupport.solarModel();
        Resource mention = untyped.listSubjectsWithProperty(RDF.type, NG.EntityMention).next();
        mention.removeAll(NIF.beginIndex).addLiteral(NIF.beginIndex, untyped.createTypedLiteral("3", XSDDatatype.XSDstring));
        assertViolation(untyped, "beginIndex");
    }

    private static void assertViolation(Model model, String pathEnd) {
        ValidationReport report = Ontology.validate(model.getGraph());
        assertFalse(report.conforms(), "a violation of " + pathEnd);
        assertTrue(report.getEntries().stream().anyMatch(e -> String.valueOf(e.resultPath()).contains(pathEnd)),
                "the report names " + pathEnd + ": " + report.getEntries());
    }
}
