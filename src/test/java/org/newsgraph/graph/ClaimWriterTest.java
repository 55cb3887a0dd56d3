package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.DateMention;
import org.newsgraph.extract.DateValue;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.SourceKind;
import org.newsgraph.extract.Span;
import org.newsgraph.resolve.NameResolver;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;

/** Source kinds and dates of claims as the mapper writes them, and the shapes that hold them. */
class ClaimWriterTest {
    /** The solar fixture with its claims given kinds and dates of each precision. */
    private static Model mapped(List<DateValue> dates, List<SourceKind> kinds) {
        var article = Fixtures.solarArticle();
        Extraction x = Fixtures.solarExtraction();
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < x.claims().size(); i++) {
            Claim c = x.claims().get(i).withSourceKind(kinds.get(i));
            Span cue = c.cue().orElseThrow();
            claims.add(i < dates.size() ? c.withTime(Optional.of(new DateMention(cue, dates.get(i)))) : c);
        }
        Extraction withDetails = new Extraction(x.sentences(), x.entities(), x.mentions(), x.roles(), x.relations(), claims, x.tokens());
        return GraphMapper.builder().version("0.1.0").clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build()
                .map(article, withDetails, NameResolver.standard().resolve(article, withDetails)).model();
    }

    private static Model standard() {
        return mapped(List.of(DateValue.day(LocalDate.of(2026, 3, 2)), DateValue.month(YearMonth.of(2026, 2)),
                DateValue.year(2025), DateValue.interval(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 1))),
                List.of(SourceKind.PERSON, SourceKind.PERSON, SourceKind.GOVERNMENT, SourceKind.PRONOUN));
    }

    private static Resource claimWithLemma(Model m, String lemma) {
        return m.listSubjectsWithProperty(RDF.type, SchemaDO.Claim).toList().stream()
                .filter(c -> c.getPropertyResourceValue(NG.cue).hasLiteral(NG.lemma, lemma)).findFirst().orElseThrow();
    }

    @Test
    void eachClaimHasItsKindAndTheDateAsPreciseAsTheText() {
        Model m = standard();
        assertTrue(Ontology.validate(m.getGraph()).conforms(), Ontology.validate(m.getGraph()).getEntries().toString());
        Resource say = claimWithLemma(m, "say");
        assertEquals(NG.PersonSource, say.getPropertyResourceValue(NG.sourceKind));
        Literal day = say.getProperty(NG.date).getLiteral();
        assertEquals(XSDDatatype.XSDdate.getURI(), day.getDatatypeURI());
        assertEquals("2026-03-02", day.getLexicalForm());
        Resource mention = say.getPropertyResourceValue(NG.dateMention);
        assertEquals("said", mention.getProperty(NIF.anchorOf).getString());
        assertTrue(mention.hasProperty(NIF.beginIndex) && mention.hasProperty(NIF.endIndex));

        Literal month = claimWithLemma(m, "tell").getProperty(NG.date).getLiteral();
        assertEquals(XSDDatatype.XSDgYearMonth.getURI(), month.getDatatypeURI());
        assertEquals("2026-02", month.getLexicalForm());
        assertEquals("2026-02-28", claimWithLemma(m, "tell").getProperty(NG.dateTo).getLiteral().getLexicalForm());
        Resource accuse = claimWithLemma(m, "accuse");
        assertEquals(NG.GovernmentSource, accuse.getPropertyResourceValue(NG.sourceKind));
        assertEquals(XSDDatatype.XSDgYear.getURI(), accuse.getProperty(NG.date).getLiteral().getDatatypeURI());
        Resource deny = claimWithLemma(m, "deny");
        assertFalse(deny.hasProperty(NG.date), "an interval has no single date");
        assertEquals("2026-02-23", deny.getProperty(NG.dateFrom).getLiteral().getLexicalForm());
        assertEquals("2026-03-01", deny.getProperty(NG.dateTo).getLiteral().getLexicalForm());
    }

    @Test
    void claimsMadeWithTheOldConstructorAreOfUnknownKindWithoutADate() {
        Model m = GraphMapperTestSupport.solarModel();
        for (Resource c : m.listSubjectsWithProperty(RDF.type, SchemaDO.Claim).toList()) {
            assertEquals(NG.UnknownSource, c.getPropertyResourceValue(NG.sourceKind));
            assertFalse(c.hasProperty(NG.dateMention) || c.hasProperty(NG.dateFrom));
        }
    }

    @Test
    void shapesCatchAMissingKindAndABackwardDate() {
        Model noKind = standard();
        claimWithLemma(noKind, "say").removeAll(NG.sourceKind);
        assertViolation(noKind, "sourceKind");

        Model backwards = standard();
        Resource deny = claimWithLemma(backwards, "deny");
        deny.removeAll(NG.dateTo).addLiteral(NG.dateTo, backwards.createTypedLiteral("2026-02-01", XSDDatatype.XSDdate));
        assertViolation(backwards, "dateFrom");

        Model plain = standard();
        claimWithLemma(plain, "say").removeAll(NG.date).addProperty(NG.date, "2026-03-02");
        assertViolation(plain, "date");
    }

    private static void assertViolation(Model model, String pathEnd) {
        ValidationReport report = Ontology.validate(model.getGraph());
        assertFalse(report.conforms(), "a violation of " + pathEnd);
        assertTrue(report.getEntries().stream().anyMatch(e -> String.valueOf(e.resultPath()).endsWith(pathEnd + ">")),
                "the report names " + pathEnd + ": " + report.getEntries());
    }
}
