package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.store.StoreFixture.A1_SOURCE;
import static org.newsgraph.store.StoreFixture.B2_SOURCE;
import static org.newsgraph.store.StoreFixture.cp;
import static org.newsgraph.store.StoreFixture.cpEnd;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.error.BadInputException;

/**
 * Runs every query of queries/ against the hand-built two-article graph, whose IRIs are the ones newsgraph's
 * minter makes ({@link MintedFixtureTest}), so the queries meet the real shapes.
 */
class NamedQueriesTest {
    private static final String A1 = StoreFixture.MINTED_A1;
    private static final String B2 = StoreFixture.MINTED_B2;
    private static final String PERSON = StoreFixture.MINTED_PERSON;
    private static final String HUAWEI = StoreFixture.MINTED_HUAWEI;
    private static ArticleStore store;
    private static final NamedQueries QUERIES = NamedQueries.builder().directory(Path.of("queries")).build();
    private static String a;
    private static String b;

    @BeforeAll
    static void fill() {
        store = ArticleStore.builder().inMemory().build();
        StoreFixture.mintedArticles().forEach(store::replace);
        a = StoreFixture.text(A1);
        b = StoreFixture.text(B2);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<QuerySolution> run(String name, Map<String, String> params) {
        NamedQuery q = QUERIES.get(name);
        ResultSetRewindable rs = store.select(q.query(), q.bind(params), null);
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    private static String v(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null)
            return "-";
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    private static List<String> rows(List<QuerySolution> rows, String... vars) {
        return rows.stream().map(r -> Arrays.stream(vars).map(x -> v(r, x)).collect(Collectors.joining("|"))).toList();
    }

    @Test
    void everyQueryFileHasAHeaderAndParses() throws Exception {
        List<String> files;
        try (var s = Files.list(Path.of("queries"))) {
            files = s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".rq")).map(f -> f.replace(".rq", "")).sorted().toList();
        }
        assertEquals(files, QUERIES.names());
        assertTrue(files.containsAll(List.of("who-said-what", "claims-by-entity", "claims-about-entity", "people-and-roles",
                "places-in-article", "articles-mentioning", "entities-mentioned-together", "most-quoted-speakers",
                "fact-provenance", "repeated-claims", "entity-profile", "entity-mentions", "claim-offsets", "mentions")));
        for (String name : files) {
            NamedQuery q = QUERIES.get(name);
            assertTrue(q.question().endsWith("?") || q.question().contains("?"), name + ": " + q.question());
            assertTrue(Files.readString(Path.of("queries", name + ".rq")).startsWith("#"), name);
        }
    }

    @Test
    void claimOffsetsHasTheFixedColumnsAndOneRowPerClaim() {
        NamedQuery q = QUERIES.get("claim-offsets");
        assertEquals(List.of("source", "article", "speakerBegin", "speakerEnd", "cueBegin", "cueEnd", "contentBegin", "contentEnd"),
                q.query().getResultVars());
        List<String> got = rows(run("claim-offsets", Map.of()), q.query().getResultVars().toArray(String[]::new));
        List<String> want = List.of(
                row(A1_SOURCE, A1, cp(a, "Liang Hua"), cpEnd(a, "Liang Hua", 0), cp(a, "said"), cpEnd(a, "said", 0),
                        cp(a, "the company"), cpEnd(a, " in France", 0)),
                // discontinuous content: first begin, last end
                row(A1_SOURCE, A1, cp(a, " he ") + 1, cp(a, " he ") + 3, cp(a, "said", 1), cpEnd(a, "said", 1),
                        cp(a, "We are safe"), cpEnd(a, "and we will stay", 0)),
                row(B2_SOURCE, B2, cp(b, "Liang Hua"), cpEnd(b, "Liang Hua", 0), cp(b, "told"), cpEnd(b, "told", 0),
                        cp(b, "We are safe"), cpEnd(b, "We are safe", 0)),
                // no speaker mention, no cue: unbound
                String.join("|", B2_SOURCE, B2, "-", "-", "-", "-", "" + cp(b, "Huawei denies"), "" + b.codePointCount(0, b.length())));
        assertEquals(want, got);
        // the flag emoji is two code points (four UTF-16 units): offsets count code points
        assertEquals(3, cp(b, "Liang Hua"));
    }

    private static String row(String source, String article, int... offsets) {
        return source + "|" + article + "|" + Arrays.stream(offsets).mapToObj(Integer::toString).collect(Collectors.joining("|"));
    }

    @Test
    void mentionsHasTheFixedColumnsAndOneRowPerMention() {
        NamedQuery q = QUERIES.get("mentions");
        assertEquals(List.of("source", "article", "begin", "end", "type", "entity", "link"), q.query().getResultVars());
        List<QuerySolution> result = run("mentions", Map.of());
        Set<String> got = new HashSet<>(rows(result, "source", "begin", "end", "type", "entity", "link"));
        String dbp = "http://dbpedia.org/resource/";
        Set<String> want = Set.of(
                m(A1_SOURCE, a, "Huawei", 0, "Organization", HUAWEI, dbp + "Huawei"),
                m(A1_SOURCE, a, "chairman", 0, "Role", StoreFixture.MINTED_ROLE, "-"),
                m(A1_SOURCE, a, "Liang Hua", 0, "Person", PERSON, dbp + "Liang_Hua"),
                m(A1_SOURCE, a, "the company", 0, "Organization", HUAWEI, dbp + "Huawei"),
                m(A1_SOURCE, a, "France", 0, "Place", StoreFixture.MINTED_FRANCE, dbp + "France"),
                m(A1_SOURCE, a, "he", 1, "Person", PERSON, dbp + "Liang_Hua"),
                m(B2_SOURCE, b, "Liang Hua", 0, "Person", PERSON, dbp + "Liang_Hua"),
                m(B2_SOURCE, b, "Paris", 0, "Place", StoreFixture.MINTED_PARIS, "-"),
                m(B2_SOURCE, b, "Huawei", 0, "Organization", HUAWEI, dbp + "Huawei"));
        assertEquals(want, got);
        assertEquals(want.size(), result.size());
    }

    /** A mentions row for the n-th occurrence of a word ("he" as a word: the n-th " he " or "he,"). */
    private static String m(String source, String text, String anchor, int occurrence, String type, String entity, String link) {
        int begin = anchor.equals("he") ? cp(text, " he ") + 1 : cp(text, anchor, occurrence);
        return String.join("|", source, "" + begin, "" + (begin + anchor.codePointCount(0, anchor.length())), type, entity, link);
    }

    @Test
    void whoSaidWhatListsEveryClaim() {
        List<String> got = rows(run("who-said-what", Map.of()), "source", "speakerName", "cue", "speechAct", "text");
        assertEquals(4, got.size());
        assertTrue(got.contains(A1_SOURCE + "|Liang Hua|said|Statement|the company will build a plant in France"), got.toString());
        assertTrue(got.contains(B2_SOURCE + "|Huawei|-|-|Huawei denies the charges."), got.toString());
    }

    @Test
    void claimsByEntityAcceptAnIriOrAName() {
        List<String> byName = rows(run("claims-by-entity", Map.of("entity", "liang hua")), "source", "text");
        List<String> byIri = rows(run("claims-by-entity", Map.of("entity", "<" + PERSON + ">")), "source", "text");
        assertEquals(byName, byIri);
        // ordered by source, then text (code point order: "W" before "t")
        assertEquals(List.of(A1_SOURCE + "|We are safe", A1_SOURCE + "|the company will build a plant in France",
                B2_SOURCE + "|We are safe"), byName);
        assertEquals(List.of(B2_SOURCE + "|Huawei denies the charges."), rows(run("claims-by-entity", Map.of("entity", HUAWEI)), "source", "text"));
        assertTrue(run("claims-by-entity", Map.of("entity", "Nobody")).isEmpty());
    }

    @Test
    void claimsAboutEntity() {
        assertEquals(List.of(A1_SOURCE + "|Liang Hua|the company will build a plant in France", B2_SOURCE + "|Liang Hua|We are safe"),
                rows(run("claims-about-entity", Map.of("entity", "Huawei")), "source", "speakerName", "text"));
        assertEquals(List.of(A1_SOURCE + "|the company will build a plant in France"),
                rows(run("claims-about-entity", Map.of("entity", "France")), "source", "text"));
    }

    @Test
    void peopleAndRolesAtAnOrganisation() {
        assertEquals(List.of(PERSON + "|Liang Hua|chairman|" + A1_SOURCE),
                rows(run("people-and-roles", Map.of("organization", "Huawei")), "person", "personName", "roleName", "source"));
        assertTrue(run("people-and-roles", Map.of("organization", "France")).isEmpty());
    }

    @Test
    void placesInAnArticleBySourceIriOrUrl() {
        List<String> bySource = rows(run("places-in-article", Map.of("article", A1_SOURCE)), "name", "placeType", "mentions");
        assertEquals(List.of("France|Country|1"), bySource);
        assertEquals(bySource, rows(run("places-in-article", Map.of("article", A1)), "name", "placeType", "mentions"));
        assertEquals(bySource, rows(run("places-in-article", Map.of("article", "https://example.org/news/huawei-plant")),
                "name", "placeType", "mentions"));
        assertEquals(List.of("Paris|City|1"), rows(run("places-in-article", Map.of("article", B2_SOURCE)), "name", "placeType", "mentions"));
    }

    @Test
    void articlesMentioningAnEntity() {
        NamedQuery q = QUERIES.get("articles-mentioning");
        assertEquals(List.of("source", "article", "headline", "mentions"), q.query().getResultVars());
        // Huawei: "Huawei" and "the company" in a1, "Huawei" in b2; the most mentions first
        assertEquals(List.of(exact(text(A1_SOURCE), iri(A1), text("Huawei to build plant in France"), integer(2)),
                exact(text(B2_SOURCE), iri(B2), text("Liang Hua in Paris"), integer(1))), exactRows("articles-mentioning", "Huawei"));
        assertEquals(List.of(exact(text(B2_SOURCE), iri(B2), text("Liang Hua in Paris"), integer(1))), exactRows("articles-mentioning", "paris"));
        assertEquals(List.of(), exactRows("articles-mentioning", "Nobody"));
    }

    @Test
    void entityMentionsListsEveryMentionWithItsSentence() {
        NamedQuery q = QUERIES.get("entity-mentions");
        assertEquals(List.of("source", "article", "headline", "begin", "end", "mention", "sentenceText", "e"), q.query().getResultVars());
        String a1First = a.substring(0, a.indexOf('.') + 1);
        String a1Quote = a.substring(a.indexOf("\"We"));
        String b2First = b.substring(0, b.indexOf(" Huawei denies"));
        // by article, then offset: the name and the "he" of the quote in a1, the name in b2 (the role mention
        // "chairman" denotes the role, not him)
        assertEquals(List.of(
                mention(A1_SOURCE, A1, "Huawei to build plant in France", a, "Liang Hua", cp(a, "Liang Hua"), a1First, PERSON),
                mention(A1_SOURCE, A1, "Huawei to build plant in France", a, "he", cp(a, " he ") + 1, a1Quote, PERSON),
                mention(B2_SOURCE, B2, "Liang Hua in Paris", b, "Liang Hua", cp(b, "Liang Hua"), b2First, PERSON)),
                exactRows("entity-mentions", "liang hua"));
        assertEquals(exactRows("entity-mentions", "liang hua"), exactRows("entity-mentions", "<" + PERSON + ">"));
    }

    private static String mention(String source, String article, String headline, String text, String anchor, int begin,
            String sentence, String entity) {
        org.apache.jena.datatypes.RDFDatatype offset = org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger;
        return exact(text(source), iri(article), text(headline), typed(begin, offset),
                typed(begin + anchor.codePointCount(0, anchor.length()), offset), text(anchor), text(sentence), iri(entity));
    }

    @Test
    void entitiesMentionedTogether() {
        List<String> got = rows(run("entities-mentioned-together", Map.of()), "name1", "name2", "articles");
        assertEquals("Huawei|Liang Hua|2", got.get(0));
        assertTrue(got.contains("France|Liang Hua|1") || got.contains("Liang Hua|France|1"), got.toString());
        assertEquals(5, got.size(), got.toString()); // Huawei-Liang Hua, Huawei-France, France-Liang Hua, Huawei-Paris, Liang Hua-Paris
    }

    @Test
    void mostQuotedSpeakers() {
        assertEquals(List.of("Liang Hua|3|2", "Huawei|1|1"), rows(run("most-quoted-speakers", Map.of()), "name", "claims", "articles"));
    }

    @Test
    void factProvenanceGivesArticleSentenceAndOffsets() {
        List<QuerySolution> rs = run("fact-provenance", Map.of("fact", StoreFixture.MINTED_CLAIM_A1));
        Set<String> got = new HashSet<>(rows(rs, "source", "part", "begin", "end", "anchor"));
        String firstSentence = a.substring(0, a.indexOf('.') + 1);
        assertEquals(Set.of(
                String.join("|", A1_SOURCE, "speakerMention", "" + cp(a, "Liang Hua"), "" + cpEnd(a, "Liang Hua", 0), "Liang Hua"),
                String.join("|", A1_SOURCE, "cue", "" + cp(a, "said"), "" + cpEnd(a, "said", 0), "said"),
                String.join("|", A1_SOURCE, "content", "" + cp(a, "the company"), "" + cpEnd(a, " in France", 0),
                        "the company will build a plant in France"),
                String.join("|", A1_SOURCE, "sentence", "0", "" + firstSentence.length(), firstSentence)), got);
        assertTrue(rs.stream().allMatch(r -> v(r, "sentenceText").equals(firstSentence)), rows(rs, "sentenceText").toString());
        List<QuerySolution> role = run("fact-provenance", Map.of("fact", StoreFixture.MINTED_ROLE));
        assertEquals(Set.of(A1_SOURCE + "|evidence|chairman|" + firstSentence, A1_SOURCE + "|mention|chairman|" + firstSentence),
                new HashSet<>(rows(role, "source", "part", "anchor", "sentenceText")));
        assertEquals(List.of(A1_SOURCE + "|sentence|" + firstSentence),
                rows(run("fact-provenance", Map.of("fact", StoreFixture.MINTED_RELATION_A1)), "source", "part", "anchor"));
        List<QuerySolution> entity = run("fact-provenance", Map.of("fact", StoreFixture.MINTED_PARIS));
        assertEquals(List.of(B2_SOURCE + "|mention|" + cp(b, "Paris") + "|Paris"), rows(entity, "source", "part", "begin", "anchor"));
    }

    @Test
    void repeatedClaimsAcrossArticles() {
        assertEquals(List.of("Liang Hua|we are safe|2"), rows(run("repeated-claims", Map.of()), "speakerName", "text", "articles"));
    }

    @Test
    void entityProfileSummarisesNamesLinksRolesAndCounts() {
        NamedQuery q = QUERIES.get("entity-profile");
        assertEquals(List.of("e", "field", "value"), q.query().getResultVars());
        // each fact once, though both articles state his type and name; ordered by field
        assertEquals(List.of(
                exact(iri(PERSON), text("alias"), text("Mr Liang")),
                exact(iri(PERSON), text("articles"), integer(2)),
                exact(iri(PERSON), text("link"), iri("http://dbpedia.org/resource/Liang_Hua")),
                exact(iri(PERSON), text("mentions"), integer(3)), // "Liang Hua" and "he" in a1, "Liang Hua" in b2
                exact(iri(PERSON), text("name"), text("Liang Hua")),
                exact(iri(PERSON), text("relation"), text("per:employee_or_member_of Huawei")),
                exact(iri(PERSON), text("role"), text("chairman at Huawei")),
                exact(iri(PERSON), text("type"), text("Person"))), exactRows("entity-profile", "Liang Hua"));
        assertEquals(List.of(
                exact(iri(HUAWEI), text("articles"), integer(2)),
                exact(iri(HUAWEI), text("link"), iri("http://dbpedia.org/resource/Huawei")),
                exact(iri(HUAWEI), text("mentions"), integer(3)), // "Huawei" and "the company" in a1, "Huawei" in b2
                exact(iri(HUAWEI), text("name"), text("Huawei")),
                exact(iri(HUAWEI), text("role held here"), text("Liang Hua, chairman")),
                exact(iri(HUAWEI), text("type"), text("Organization"))), exactRows("entity-profile", "<" + HUAWEI + ">"));
        assertEquals(List.of(), exactRows("entity-profile", "Nobody"));
    }

    /** The rows of a query about one entity, as {@link org.newsgraph.ResultRows#exactRows} writes them. */
    private static List<String> exactRows(String name, String entity) {
        NamedQuery q = QUERIES.get(name);
        return org.newsgraph.ResultRows.exactRows(store.select(q.query(), q.bind(Map.of("entity", entity)), null));
    }

    /** One row as {@link org.newsgraph.ResultRows#exactRows} writes it. */
    private static String exact(RDFNode... values) {
        return String.join(" | ", Arrays.stream(values).map(RDFNode::toString).toList()) + " | ";
    }

    private static RDFNode text(String s) {
        return org.apache.jena.rdf.model.ResourceFactory.createStringLiteral(s);
    }

    private static RDFNode iri(String s) {
        return org.apache.jena.rdf.model.ResourceFactory.createResource(s);
    }

    private static RDFNode integer(long n) {
        return typed(n, org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }

    private static RDFNode typed(long n, org.apache.jena.datatypes.RDFDatatype type) {
        return org.apache.jena.rdf.model.ResourceFactory.createTypedLiteral(Long.toString(n), type);
    }

    @Test
    void unknownNameListsTheAvailableOnes() {
        BadInputException e = assertThrows(BadInputException.class, () -> QUERIES.get("claims-by-spekaer"));
        assertEquals("Unknown query 'claims-by-spekaer'; available: " + String.join(", ", QUERIES.names()), e.getMessage());
    }

    @Test
    void malformedSparqlIsOneLineWithItsPosition() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> NamedQueries.parse("bad.rq", "SELECT ?x WHERE {\n  ?x ?y \n}"));
        assertTrue(e.getMessage().matches("bad\\.rq: malformed SPARQL at line [23], column \\d+: .*"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void parametersAreCheckedAgainstTheHeader() {
        NamedQuery q = QUERIES.get("claims-by-entity");
        assertEquals(List.of("entity"), q.parameters());
        assertTrue(assertThrows(BadInputException.class, () -> q.bind(Map.of())).getMessage()
                .contains("needs --param entity=VALUE"));
        assertTrue(assertThrows(BadInputException.class, () -> q.bind(Map.of("entity", "x", "speaker", "y"))).getMessage()
                .startsWith("speaker: query 'claims-by-entity' has no parameter"));
    }

    @Test
    void parameterValuesBecomeTypedTerms() {
        var nodes = QueryParameters.toNodes(Map.of("i", "<urn:x:1>", "h", "https://example.org/a b", "n", "42",
                "d", "1.5", "s", "Huawei", "q", "\"42\""));
        assertTrue(nodes.get("i").isURI());
        assertTrue(nodes.get("n").isLiteral() && nodes.get("n").getLiteralDatatypeURI().endsWith("#integer"));
        assertTrue(nodes.get("d").getLiteralDatatypeURI().endsWith("#decimal"));
        assertEquals("Huawei", nodes.get("s").getLiteralLexicalForm());
        assertEquals("42", nodes.get("q").getLiteralLexicalForm());
        assertTrue(nodes.get("q").getLiteralDatatypeURI().endsWith("#string"));
        assertTrue(nodes.get("h").isLiteral(), "a URL with a space is not an IRI, so it stays text");
    }

    @Test
    void aQueryFileCanBeGivenByPath(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("mine.rq"), "# How many articles?\nSELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a a <https://schema.org/NewsArticle> } }");
        NamedQuery q = QUERIES.get(f.toString());
        assertEquals("How many articles?", q.question());
        assertEquals(2, store.select(q.query(), Map.of(), null).next().getLiteral("n").getInt());
        assertTrue(assertThrows(BadInputException.class, () -> QUERIES.get(tmp.resolve("nope.rq").toString())).getMessage()
                .contains("no such query file"));
    }

    @Test
    void eachQueryIsParsedOnceWhenTheSetIsBuilt() {
        assertSame(QUERIES.get("claims-by-entity"), QUERIES.get("claims-by-entity"));
        assertSame(QUERIES.get("claims-by-entity").query(), QUERIES.get("claims-by-entity").query());
    }

    @Test
    void aMalformedFileIsListedAndRefusedWhenAskedFor(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("good.rq"), "# Everything\nSELECT * WHERE { ?s ?p ?o }");
        Files.writeString(tmp.resolve("bad.rq"), "# Broken\nSELECT ?x WHERE {\n  ?x ?y \n}");
        NamedQueries set = NamedQueries.builder().directory(tmp).classpath(false).build();
        assertEquals(List.of("bad", "good"), set.names());
        assertEquals("Everything", set.get("good").question());
        assertTrue(assertThrows(BadInputException.class, () -> set.get("bad")).getMessage()
                .startsWith("bad: malformed SPARQL at line "));
    }

    @Test
    void aParameterMustNameAVariableOfTheParsedQueryNotTextInIt() {
        NamedQuery q = NamedQueries.parse("x", "SELECT ?a WHERE { ?a ?p \"?entity\" . ?a ?q ?o FILTER(?o != ?unwanted) }");
        assertTrue(assertThrows(BadInputException.class, () -> q.bind(Map.of("entity", "y"))).getMessage()
                .startsWith("entity: query 'x' has no parameter"), "?entity is only inside a string literal");
        assertEquals(Set.of("unwanted"), q.bind(Map.of("unwanted", "y")).keySet(), "a variable used only in a FILTER");
    }

    @Test
    void aKeyIsBoundOnlyWhereTheQueryHasThatVariable() {
        NamedQuery longer = NamedQueries.parse("x", "SELECT ?a WHERE { ?a ?p ?name . ?a ?q ?nameKeyword }");
        assertEquals(Set.of("name"), longer.bind(Map.of("name", "Huawei")).keySet());
        NamedQuery keyed = NamedQueries.parse("x", "SELECT ?a WHERE { ?a ?p ?name . ?a ?q ?nameKey }");
        assertEquals("huawei", keyed.bind(Map.of("name", "Huawei")).get("nameKey").getLiteralLexicalForm());
    }
}
