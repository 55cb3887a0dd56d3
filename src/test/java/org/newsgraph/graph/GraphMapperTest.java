package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.newsgraph.error.NewsGraphException;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionKind;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.resolve.NameResolver;
import org.newsgraph.resolve.Resolver;
import org.newsgraph.source.Article;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;
import org.newsgraph.vocab.PROV;

class GraphMapperTest {
    private static final Instant NOW = Instant.parse("2026-03-04T12:00:00.123Z");
    private static final Resolver RESOLVER = NameResolver.standard();

    private static GraphMapper mapper(Instant now) {
        return GraphMapper.builder().version("0.1.0").clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    }

    private static ArticleGraph map(Article article, Extraction extraction) {
        return mapper(NOW).map(article, extraction, RESOLVER.resolve(article, extraction));
    }

    private static ArticleGraph solar() {
        return map(Fixtures.solarArticle(), Fixtures.solarExtraction());
    }

    private static ArticleGraph visit() {
        return map(Fixtures.visitArticle(), Fixtures.visitExtraction());
    }

    private static void assertConforms(Model model) {
        ValidationReport report = Ontology.validate(model.getGraph());
        if (!report.conforms()) {
            ShLib.printReport(report);
            RDFDataMgr.write(System.out, model, Lang.TURTLE);
        }
        assertTrue(report.conforms(), "the mapped graph conforms to ontology/shapes.ttl");
    }

    @Test
    void mappedGraphsConformToShapes() {
        assertConforms(solar().model());
        assertConforms(visit().model());
        Model union = solar().model().union(visit().model());
        assertConforms(union);
    }

    @Test
    void everySpanAnchorIsTheTextAtItsCodePointOffsets() {
        Model m = solar().model();
        String text = m.listObjectsOfProperty(NIF.isString).next().asLiteral().getString();
        assertTrue(text.codePoints().anyMatch(Character::isSupplementaryCodePoint), "the fixture has a non-BMP character");

        Set<Resource> spans = new HashSet<>(m.listSubjectsWithProperty(NIF.anchorOf).toList());
        Set<RDFNode> expected = new HashSet<>();
        for (var p : List.of(NG.cue, NG.content, NG.speakerMention, NG.evidence))
            expected.addAll(m.listObjectsOfProperty(p).toList());
        expected.addAll(m.listSubjectsWithProperty(RDF.type, NIF.Sentence).toList());
        expected.addAll(m.listSubjectsWithProperty(RDF.type, NG.EntityMention).toList());
        assertTrue(spans.containsAll(expected), "every mention, cue, content and sentence has an anchor");
        assertTrue(expected.size() >= 25, "the fixture maps many spans, got " + expected.size());

        int beyondEmoji = 0;
        int emoji = (int) text.codePoints().takeWhile(cp -> !Character.isSupplementaryCodePoint(cp)).count();
        for (Resource span : spans) {
            int b = span.getRequiredProperty(NIF.beginIndex).getInt();
            int e = span.getRequiredProperty(NIF.endIndex).getInt();
            String anchor = span.getRequiredProperty(NIF.anchorOf).getString();
            int from = text.offsetByCodePoints(0, b);
            int to = text.offsetByCodePoints(0, e);
            assertEquals(text.substring(from, to), anchor, "anchor of " + span);
            assertEquals(span.getURI(), span.getRequiredProperty(NIF.referenceContext).getResource().getURI() + "#char=" + b + "," + e);
            if (b > emoji)
                beyondEmoji++;
        }
        assertTrue(beyondEmoji >= 5, "spans after the emoji are checked too");
    }

    @Test
    void articleCarriesItsMetadataWithTypedLiterals() {
        ArticleGraph g = solar();
        Model m = g.model();
        Resource a = m.getResource(g.iri());
        Article article = Fixtures.solarArticle();
        assertEquals(IriMinter.standard().article(article), g.iri());
        assertTrue(a.hasProperty(RDF.type, SchemaDO.NewsArticle));
        assertTrue(a.hasProperty(RDF.type, NIF.Context));
        assertEquals(article.text(), a.getRequiredProperty(NIF.isString).getString());
        assertEquals("fixtures/solar-plant.txt", a.getRequiredProperty(NG.source).getString());
        assertEquals(article.contentHash(), a.getRequiredProperty(NG.contentHash).getString());
        assertEquals(71, a.getRequiredProperty(NG.tokenCount).getInt());
        assertEquals("Solar maker to open plant in São Paulo", a.getRequiredProperty(SchemaDO.headline).getString());
        assertEquals("https://news.example.org/2026/03/solar-plant", a.getRequiredProperty(SchemaDO.url).getResource().getURI());

        Literal published = a.getRequiredProperty(SchemaDO.datePublished).getLiteral();
        assertEquals(XSDDatatype.XSDdate.getURI(), published.getDatatypeURI());
        assertEquals("2026-03-02", published.getLexicalForm());
        Literal modified = a.getRequiredProperty(SchemaDO.dateModified).getLiteral();
        assertEquals(XSDDatatype.XSDdateTime.getURI(), modified.getDatatypeURI());
        assertEquals("2026-03-02T10:15:00+01:00", modified.getLexicalForm());

        Resource publisher = a.getRequiredProperty(SchemaDO.publisher).getResource();
        assertEquals("Example Daily News", publisher.getRequiredProperty(SchemaDO.name).getString());
        assertTrue(publisher.hasProperty(RDF.type, SchemaDO.Organization));
        Set<String> authors = new HashSet<>();
        a.listProperties(SchemaDO.author).forEach(s -> authors.add(s.getResource().getRequiredProperty(SchemaDO.name).getString()));
        assertEquals(Set.of("Jo Müller", "Sam Lee"), authors);
        assertEquals(Set.of("energy", "Brazil"), strings(a, SchemaDO.keywords));
        assertEquals("Business", a.getRequiredProperty(SchemaDO.articleSection).getString());
        assertEquals("en", a.getRequiredProperty(SchemaDO.inLanguage).getString());

        Literal visitDate = visit().model().listObjectsOfProperty(SchemaDO.datePublished).next().asLiteral();
        assertEquals(XSDDatatype.XSDdateTime.getURI(), visitDate.getDatatypeURI());
    }

    @Test
    void entitiesAreTypedNamedAndLinked() {
        Model m = solar().model();
        IriMinter minter = IriMinter.standard();
        Resource saoPaulo = m.getResource(minter.base() + "place/são-paulo");
        assertTrue(saoPaulo.hasProperty(RDF.type, SchemaDO.Place));
        assertTrue(saoPaulo.hasProperty(RDF.type, SchemaDO.City));
        assertTrue(saoPaulo.hasProperty(OWL.sameAs, m.getResource("http://dbpedia.org/resource/São_Paulo")));
        assertTrue(saoPaulo.hasProperty(SchemaDO.sameAs, m.getResource("https://en.wikipedia.org/wiki/São_Paulo")));

        Resource us = m.getResource(minter.base() + "place/united-states");
        assertTrue(us.hasProperty(RDF.type, SchemaDO.Country));
        assertEquals("United States", us.getRequiredProperty(SchemaDO.name).getString());
        assertEquals(Set.of("U.S."), strings(us, NG.alias));

        Resource costa = m.getResource(minter.base() + "person/ana-costa");
        assertTrue(costa.hasProperty(RDF.type, SchemaDO.Person));
        assertEquals(Set.of("Costa"), strings(costa, NG.alias));
        assertFalse(costa.hasProperty(OWL.sameAs), "an unlinked entity has no sameAs");

        Resource obrien = m.listSubjectsWithProperty(SchemaDO.name, "O'Brien").next();
        assertTrue(obrien.getURI().startsWith(minter.base() + "person/o%27brien/in/"),
                "a person named by one word alone is the article's own, under the escaped name: " + obrien);

        // every mention points at its entity, with its kind and sentence
        Resource its = m.listSubjectsWithProperty(NIF.anchorOf, "its").next();
        assertTrue(its.hasProperty(RDF.type, NG.EntityMention));
        assertTrue(its.hasProperty(NG.mentionKind, NG.Pronoun));
        assertEquals(minter.base() + "organization/solaris-énergie", its.getRequiredProperty(ITSRDF.taIdentRef).getResource().getURI());
        assertTrue(its.getRequiredProperty(NG.sentence).getResource().hasProperty(RDF.type, NIF.Sentence));
        assertEquals(10, m.listSubjectsWithProperty(RDF.type, NG.EntityMention).toList().size());
    }

    @Test
    void rolesAndRelationsKeepTheirEvidence() {
        Model m = solar().model();
        Resource role = m.listSubjectsWithProperty(RDF.type, SchemaDO.OrganizationRole).next();
        assertEquals("chairman", role.getRequiredProperty(SchemaDO.roleName).getString());
        assertEquals("Ana Costa", role.getRequiredProperty(NG.holder).getResource().getRequiredProperty(SchemaDO.name).getString());
        assertEquals("Solaris Énergie", role.getRequiredProperty(NG.roleIn).getResource().getRequiredProperty(SchemaDO.name).getString());
        Resource evidence = role.getRequiredProperty(NG.evidence).getResource();
        assertTrue(evidence.hasProperty(RDF.type, NG.RoleMention));
        assertEquals("chairman", evidence.getRequiredProperty(NIF.anchorOf).getString());
        assertTrue(evidence.hasProperty(ITSRDF.taIdentRef, role));

        List<Resource> relations = m.listSubjectsWithProperty(RDF.type, NG.Relation).toList();
        assertEquals(3, relations.size());
        Resource employment = m.listSubjectsWithProperty(NG.kbpRelation, "per:employee_or_member_of").next();
        Literal confidence = employment.getRequiredProperty(NG.confidence).getLiteral();
        assertEquals(XSDDatatype.XSDdouble.getURI(), confidence.getDatatypeURI());
        assertEquals(0.83, confidence.getDouble(), 1e-9);
        Resource costa = employment.getRequiredProperty(NG.subject).getResource();
        Resource solaris = employment.getRequiredProperty(NG.object).getResource();
        assertTrue(costa.hasProperty(SchemaDO.worksFor, solaris), "a direct schema:worksFor beside the reified relation");
        Resource title = m.listSubjectsWithProperty(NG.kbpRelation, "per:title").next();
        assertFalse(title.hasProperty(NG.object));
        assertEquals("chairman", title.getRequiredProperty(NG.objectValue).getString());
    }

    @Test
    void everyRelationHasAnEvidenceSpanWhoseOffsetsGiveItsText() {
        Model m = solar().model();
        String text = Fixtures.solarArticle().text();
        Map<String, String> evidence = new HashMap<>();
        for (Resource relation : m.listSubjectsWithProperty(RDF.type, NG.Relation).toList()) {
            Resource span = relation.getRequiredProperty(NG.evidence).getResource();
            assertTrue(span.hasProperty(RDF.type, NIF.Phrase), span.toString());
            assertEquals(m.getResource(solar().iri()), span.getRequiredProperty(NIF.referenceContext).getResource());
            Span offsets = new Span(span.getRequiredProperty(NIF.beginIndex).getInt(), span.getRequiredProperty(NIF.endIndex).getInt());
            assertEquals(offsets.of(text), span.getRequiredProperty(NIF.anchorOf).getString(), "the anchor is the text at the offsets");
            evidence.put(relation.getRequiredProperty(NG.kbpRelation).getString(), offsets.of(text));
        }
        assertEquals(Map.of(
                "per:employee_or_member_of", "Solaris Énergie will build a panel plant in São Paulo, its chairman Ana Costa",
                "per:title", "chairman Ana Costa",
                // after the emoji: code points and UTF-16 indexes differ there
                "org:shareholders", "Mr O'Brien's fund owns a stake in Solaris Énergie"), evidence);
        int emoji = text.codePointCount(0, text.indexOf("🌞"));
        Resource shareholders = m.listSubjectsWithProperty(NG.kbpRelation, "org:shareholders").next();
        assertTrue(shareholders.getRequiredProperty(NG.evidence).getResource().getRequiredProperty(NIF.beginIndex).getInt() > emoji);
    }

    @Test
    void claimsHaveSpeakerCueContentAndAct() {
        Model m = solar().model();
        assertEquals(4, m.listSubjectsWithProperty(RDF.type, SchemaDO.Claim).toList().size());
        Resource quote = m.listSubjectsWithProperty(NG.direct, m.createTypedLiteral(true)).next();
        assertEquals("We will hire 500 workers 🌞, … and train them here.", quote.getRequiredProperty(SchemaDO.text).getString());
        assertEquals(2, quote.listProperties(NG.content).toList().size());
        assertEquals("Costa", quote.getRequiredProperty(NG.speakerMention).getResource().getRequiredProperty(NIF.anchorOf).getString());
        Resource cue = quote.getRequiredProperty(NG.cue).getResource();
        assertEquals("told", cue.getRequiredProperty(NIF.anchorOf).getString());
        assertEquals("tell", cue.getRequiredProperty(NG.lemma).getString());
        assertTrue(quote.hasProperty(NG.speechAct, NG.Statement));
        assertEquals("Ana Costa", quote.getRequiredProperty(SchemaDO.author).getResource().getRequiredProperty(SchemaDO.name).getString());
        assertEquals(m.getResource(solar().iri()), quote.getRequiredProperty(SchemaDO.appearance).getResource());

        Resource accusation = m.listSubjectsWithProperty(NG.speechAct, NG.Accusation).next();
        assertEquals("the firm of dumping panels", accusation.getRequiredProperty(SchemaDO.text).getString());
        assertEquals("United States", accusation.getRequiredProperty(SchemaDO.author).getResource()
                .getRequiredProperty(SchemaDO.name).getString());
        assertEquals(Set.of("Solaris Énergie"), names(accusation, SchemaDO.about));
        Resource denial = m.listSubjectsWithProperty(NG.speechAct, NG.Denial).next();
        assertTrue(denial.getRequiredProperty(NG.hedged).getBoolean());
        assertFalse(denial.getRequiredProperty(NG.negated).getBoolean());
        // the speaker mention "Ana Costa" of the first claim is the same node as the entity mention
        Resource said = m.listSubjectsWithProperty(NG.cue, m.listSubjectsWithProperty(NIF.anchorOf, "said").next()).next();
        assertTrue(said.getRequiredProperty(NG.speakerMention).getResource().hasProperty(RDF.type, NG.EntityMention));
        assertEquals("Solaris Énergie will build a panel plant in São Paulo, its chairman Ana Costa said on Monday.",
                said.getRequiredProperty(NG.sentence).getResource().getRequiredProperty(NIF.anchorOf).getString());
    }

    @Test
    void provenanceSaysWhoMadeTheGraphHowAndWhen() {
        ArticleGraph g = solar();
        Resource activity = g.model().getResource(g.iri()).getRequiredProperty(PROV.wasGeneratedBy).getResource();
        assertTrue(activity.hasProperty(RDF.type, PROV.Activity));
        assertEquals("default", activity.getRequiredProperty(NG.profile).getString());
        Literal ended = activity.getRequiredProperty(PROV.endedAtTime).getLiteral();
        assertEquals(XSDDatatype.XSDdateTime.getURI(), ended.getDatatypeURI());
        assertEquals("2026-03-04T12:00:00.123Z", ended.getLexicalForm());
        Resource agent = activity.getRequiredProperty(PROV.wasAssociatedWith).getResource();
        assertEquals("https://newsgraph.org/id/agent/newsgraph-0.1.0", agent.getURI());
        assertTrue(agent.hasProperty(RDF.type, PROV.SoftwareAgent));
    }

    @Test
    void oneEntityHasOneIriAcrossArticles() {
        Set<Resource> solarEntities = entities(solar().model());
        Set<Resource> visitEntities = entities(visit().model());
        Set<String> shared = new HashSet<>();
        for (Resource r : solarEntities)
            if (visitEntities.contains(r))
                shared.add(r.getURI().substring(IriMinter.standard().base().length()));
        // Ana Costa by name; São Paulo linked (a city) in one and unlinked (a location) in the other;
        // "U.S." linked and "US" unlinked
        assertEquals(Set.of("person/ana-costa", "place/são-paulo", "place/united-states"), shared);
        // and the facts about them are asserted in both graphs
        Resource costa = visit().model().getResource(IriMinter.standard().base() + "person/ana-costa");
        assertTrue(costa.hasProperty(RDF.type, SchemaDO.Person));
        assertEquals("Ana Costa", costa.getRequiredProperty(SchemaDO.name).getString());
    }

    @Test
    void remappingGivesAnIsomorphicGraph() {
        assertTrue(solar().model().isIsomorphicWith(solar().model()));
        ArticleGraph later = mapper(NOW.plusSeconds(60)).map(Fixtures.solarArticle(), Fixtures.solarExtraction(),
                RESOLVER.resolve(Fixtures.solarArticle(), Fixtures.solarExtraction()));
        assertFalse(solar().model().isIsomorphicWith(later.model()), "the generation time is recorded");
        assertEquals(solar().model().size(), later.model().size());
    }

    @Test
    void everyOntologyTermTheMapperWritesIsDeclared() {
        Model ontology = Ontology.ontology();
        Model m = solar().model().union(visit().model());
        Set<String> used = new HashSet<>();
        for (Statement s : m.listStatements().toList()) {
            used.add(s.getPredicate().getURI());
            if (s.getObject().isURIResource())
                used.add(s.getObject().asResource().getURI());
        }
        used.removeIf(iri -> !iri.startsWith(NG.NS));
        assertTrue(used.size() >= 25, "the fixture exercises most ng: terms, got " + used);
        for (String iri : used)
            assertTrue(ontology.contains(ontology.getResource(iri), RDF.type), iri + " is declared in ontology/newsgraph.ttl");
    }

    @Test
    void spanOutsideTheTextIsRefusedNamingTheArticle() {
        Article article = Article.builder("short.txt", "Hi 🌞 Bo").build();
        // 8 code points: "Bo" is [6,8); [6,9) would need a 9th
        Extraction bad = new Extraction(List.of(), List.of(new Entity("e", EntityType.PERSON, "Bo", Optional.empty(), List.of())),
                List.of(new Mention(new Span(6, 9), "Bo", 0, MentionKind.NAME, "e")), List.of(), List.of(), List.of(), 3);
        NewsGraphException e = assertThrows(NewsGraphException.class,
                () -> mapper(NOW).map(article, bad, RESOLVER.resolve(article, bad)));
        assertTrue(e.getMessage().contains("short.txt") && e.getMessage().contains("[6,9)"), e.getMessage());
        Extraction good = new Extraction(List.of(), bad.entities(),
                List.of(new Mention(new Span(5, 7), "Bo", 0, MentionKind.NAME, "e")), List.of(), List.of(), List.of(), 3);
        Model m = mapper(NOW).map(article, good, RESOLVER.resolve(article, good)).model();
        assertEquals("Bo", m.listObjectsOfProperty(NIF.anchorOf).next().asLiteral().getString());
    }

    @Test
    void unreadableDateAndUrlAreLeftOutWithANoticeEachAndTheGraphStillConforms() {
        Article article = Article.builder("odd.txt", "Some text.").datePublished("last Tuesday").url("not a url")
                .dateModified("2026-03-04").build();
        ArticleGraph g = mapper(NOW).map(article, Extraction.empty(), RESOLVER.resolve(article, Extraction.empty()));
        Model m = g.model();
        assertFalse(m.contains(null, SchemaDO.datePublished));
        assertFalse(m.contains(null, SchemaDO.url));
        assertTrue(m.contains(null, SchemaDO.dateModified), "a readable date still goes in");
        assertConforms(m);
        assertNotEquals(0, m.size());
        // the caller learns what was left out, as data naming the article: the library prints and logs nothing
        assertEquals(List.of("odd.txt: the URL 'not a url' is not an absolute IRI, so schema:url is left out",
                "odd.txt: the datePublished 'last Tuesday' is neither an ISO-8601 date nor a date-time, so"
                        + " schema:datePublished is left out"), g.notices());
        assertEquals(List.of(), solar().notices(), "an article whose every value can be written has no notices");
    }

    private static Set<Resource> entities(Model m) {
        Set<Resource> out = new HashSet<>();
        for (Resource type : List.of(SchemaDO.Person, SchemaDO.Organization, SchemaDO.Place))
            out.addAll(m.listSubjectsWithProperty(RDF.type, type).toList());
        out.removeIf(r -> !m.contains(null, ITSRDF.taIdentRef, r));
        return out;
    }

    private static Set<String> strings(Resource r, org.apache.jena.rdf.model.Property p) {
        Set<String> out = new HashSet<>();
        r.listProperties(p).forEach(s -> out.add(s.getString()));
        return out;
    }

    private static Set<String> names(Resource r, org.apache.jena.rdf.model.Property p) {
        Set<String> out = new HashSet<>();
        r.listProperties(p).forEach(s -> out.add(s.getResource().getRequiredProperty(SchemaDO.name).getString()));
        return out;
    }

    /** One sentence with a surname-only person and a pronoun for someone the text never names. */
    private static Extraction surnameAndStranger(String text) {
        int kroto = text.codePointCount(0, text.indexOf("Kroto"));
        int she = text.codePointCount(0, text.indexOf("She"));
        return new Extraction(List.of(),
                List.of(new Entity("e1", EntityType.PERSON, "Kroto", Optional.of("Harry Kroto"), List.of()),
                        new Entity("e2", EntityType.PERSON, "She", Optional.empty(), List.of())),
                List.of(new Mention(new Span(kroto, kroto + 5), "Kroto", 0, MentionKind.NAME, "e1"),
                        new Mention(new Span(she, she + 3), "She", 1, MentionKind.PRONOUN, "e2")),
                List.of(), List.of(), List.of(), 9);
    }

    @Test
    void anUnnamedPersonIsTheArticlesOwnAndASurnameKeepsItsLinkButNotItsIdentity() {
        String text = "Kroto won. She said so.";
        Article first = Article.builder("a.txt", text).build();
        Article second = Article.builder("b.txt", text + " ").build();
        Model a = map(first, surnameAndStranger(text)).model();
        Model b = map(second, surnameAndStranger(text + " ")).model();
        assertConforms(a);
        String base = IriMinter.standard().base();
        Resource strangerA = a.listSubjectsWithProperty(SchemaDO.name, "She").next();
        Resource strangerB = b.listSubjectsWithProperty(SchemaDO.name, "She").next();
        assertTrue(strangerA.getURI().startsWith(base + "unnamed/"), strangerA.getURI());
        assertNotEquals(strangerA, strangerB, "\"she\" in two articles is no one person");
        assertTrue(strangerA.hasProperty(RDF.type, SchemaDO.Person));
        Resource kroto = a.listSubjectsWithProperty(SchemaDO.name, "Kroto").next();
        Resource krotoB = b.listSubjectsWithProperty(SchemaDO.name, "Kroto").next();
        assertTrue(kroto.getURI().startsWith(base + "person/kroto/in/"), "keyed by the surname, not by the page: " + kroto);
        assertNotEquals(kroto, krotoB, "\"Kroto\" of one article is not joined to \"Kroto\" of another by name alone");
        assertTrue(kroto.hasProperty(RDF.type, SchemaDO.Person));
        assertTrue(kroto.hasProperty(OWL.sameAs, a.getResource("http://dbpedia.org/resource/Harry_Kroto")));
    }
}
