package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.SpeechAct;
import org.newsgraph.resolve.EntityKey;
import org.newsgraph.source.Article;

class IriMinterTest {
    private final IriMinter minter = IriMinter.standard();
    private static final String BASE = "https://newsgraph.org/id/";

    private String person(String name) {
        return minter.entity(new EntityKey(EntityType.PERSON, name, Optional.empty()));
    }

    private static void assertValid(String iri) {
        IRIx parsed = IRIx.create(iri);
        assertTrue(!parsed.isRelative() && !parsed.hasViolations(), iri + " is a valid IRI");
        assertTrue(IRIs.check(iri), iri + " passes IRIs.check");
        assertTrue(iri.codePoints().noneMatch(cp -> cp <= ' ' || "<>\"{}|\\^`".indexOf(cp) >= 0), iri);
    }

    @ParameterizedTest
    @ValueSource(strings = { "O'Brien", "AT&T", "São Paulo", "Foo/Bar", "Ana 😀 Costa", "100% Pure", "C#", "a?b",
            "\"Quoted\"", "back\\slash", "<tag>", "ﬁnance", "Σωκράτης", "北京", "x\ty", "..", ".", "-", "__" })
    void awkwardNamesGiveValidIrisWithOneSegment(String name) {
        String iri = person(name);
        assertValid(iri);
        assertTrue(iri.startsWith(BASE + "person/"), iri);
        String slug = iri.substring((BASE + "person/").length());
        assertTrue(slug.chars().noneMatch(c -> c == '/' || c == '#' || c == '?' || c == '&' || c == '\'' || c == ' '),
                "no reserved character left raw in " + slug);
        assertTrue(!slug.isEmpty() && !slug.equals(".") && !slug.equals(".."), slug);
    }

    @Test
    void slugsAreReadableWhereTheyCanBe() {
        assertEquals(BASE + "person/o%27brien", person("O'Brien"));
        assertEquals(BASE + "organization/at%26t", minter.entity(new EntityKey(EntityType.ORGANIZATION, "AT&T", Optional.empty())));
        assertEquals(BASE + "place/são-paulo", minter.entity(new EntityKey(EntityType.CITY, "São Paulo", Optional.empty())));
        assertEquals(BASE + "person/foo%2Fbar", person("Foo/Bar"));
        assertEquals(BASE + "person/ana-%F0%9F%98%80-costa", person("Ana 😀 Costa"));
        assertEquals(BASE + "person/liang-hua", person("  Liang \u00a0 Hua "));
    }

    @Test
    void normalisationMakesEqualNamesEqualIris() {
        String composed = "S\u00e3o Paulo";
        String decomposed = "Sa\u0303o Paulo";
        assertNotEquals(composed, decomposed);
        assertEquals(minter.entity(new EntityKey(EntityType.CITY, composed, Optional.empty())),
                minter.entity(new EntityKey(EntityType.LOCATION, decomposed, Optional.empty())));
        assertEquals(person("Liang Hua"), person("liang  hua"));
        // distinct names stay distinct
        Set<String> iris = new HashSet<>();
        for (String n : List.of("AT&T", "AT T", "ATT", "Foo/Bar", "Foo Bar", "O'Brien", "OBrien", "C#", "C"))
            iris.add(person(n));
        assertEquals(9, iris.size(), iris.toString());
    }

    @Test
    void linkedEntitiesAreMintedFromTheirTitleAndPlacesShareOneFamily() {
        EntityKey country = new EntityKey(EntityType.COUNTRY, "France", Optional.of("France"));
        EntityKey location = new EntityKey(EntityType.LOCATION, "France", Optional.empty());
        assertEquals(BASE + "place/france", minter.entity(country));
        assertEquals(minter.entity(country), minter.entity(location));
        EntityKey linked = new EntityKey(EntityType.ORGANIZATION, "Huawei Technologies Co.", Optional.of("Huawei"));
        assertEquals(BASE + "organization/huawei", minter.entity(linked));
        assertEquals(BASE + "person/liang-hua", minter.entity(new EntityKey(EntityType.PERSON, "Mr Liang", Optional.of("Liang_Hua"))));
    }

    @Test
    void dbpediaAndWikipediaLinksKeepWikipediaSpelling() {
        assertEquals("http://dbpedia.org/resource/São_Paulo", minter.dbpedia("São Paulo"));
        assertEquals("http://dbpedia.org/resource/AT&T", minter.dbpedia("AT&T"));
        assertEquals("http://dbpedia.org/resource/King's_College,_Cambridge", minter.dbpedia("King's College, Cambridge"));
        assertEquals("http://dbpedia.org/resource/Scout_(Scouting)", minter.dbpedia("Scout_(Scouting)"));
        assertEquals("http://dbpedia.org/resource/Foo/Bar", minter.dbpedia("foo/Bar"));
        assertEquals("http://dbpedia.org/resource/100%25_(song)", minter.dbpedia("100% (song)"));
        assertEquals("https://en.wikipedia.org/wiki/United_States", minter.wikipedia("United States"));
        assertValid(minter.dbpedia("Why? (film)"));
    }

    @Test
    void articleIrisAreStableAndPreferTheCanonicalUrl() {
        Article withUrl = Article.builder("pages/a.html", "text").url("https://example.org/a").build();
        Article sameUrl = Article.builder("elsewhere/copy.html", "other text").url("https://example.org/a").build();
        Article noUrl = Article.builder("pages/a.html", "text").build();
        assertEquals(minter.article(withUrl), minter.article(sameUrl));
        assertNotEquals(minter.article(withUrl), minter.article(noUrl));
        assertEquals(minter.article("pages/a.html"), minter.article(noUrl));
        assertTrue(minter.article(noUrl).matches("https://newsgraph\\.org/id/article/[0-9a-f]{16}"), minter.article(noUrl));
        assertEquals(minter.article(noUrl), IriMinter.standard().article(noUrl));
    }

    @Test
    void spansClaimsRolesAndAgentsAreValidAndDistinct() {
        String article = minter.article("a.txt");
        assertEquals(article + "#char=3,9", minter.span(article, new Span(3, 9)));
        Claim claim = new Claim(Optional.of(new Span(0, 2)), Optional.empty(), Optional.of(new Span(3, 7)), "say",
                SpeechAct.STATEMENT, List.of(new Span(8, 20)), false, false, false, 0, List.of());
        Claim other = new Claim(Optional.of(new Span(0, 2)), Optional.empty(), Optional.of(new Span(3, 7)), "say",
                SpeechAct.STATEMENT, List.of(new Span(8, 21)), false, false, false, 0, List.of());
        assertNotEquals(minter.claim(article, claim), minter.claim(article, other));
        assertEquals(minter.claim(article, claim), minter.claim(article, claim));
        String holder = person("Liang Hua");
        String org = minter.entity(new EntityKey(EntityType.ORGANIZATION, "Huawei", Optional.empty()));
        assertEquals(minter.role(Optional.of(holder), Optional.of(org), "Chairman", article, new Span(1, 2)),
                minter.role(Optional.of(holder), Optional.of(org), "chairman", minter.article("b.txt"), new Span(5, 6)),
                "a held role is one node across articles");
        assertNotEquals(minter.role(Optional.empty(), Optional.of(org), "chairman", article, new Span(1, 2)),
                minter.role(Optional.empty(), Optional.of(org), "chairman", minter.article("b.txt"), new Span(1, 2)));
        assertEquals(BASE + "agent/newsgraph-0.1.0", minter.agent("0.1.0"));
        assertValid(minter.activity(article, Instant.EPOCH));
        assertValid(minter.relation(article, holder, "per:title", "chairman", 2));
    }

    @Test
    void blankInputIsRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> person("   "));
        assertTrue(e.getMessage().contains("person") && e.getMessage().contains("'   '"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> person(""));
        assertTrue(e.getMessage().startsWith("Cannot mint a person IRI"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> minter.article(" \n "));
        assertTrue(e.getMessage().contains("article") && e.getMessage().contains("blank"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> minter.publisher(""));
        assertTrue(e.getMessage().contains("publisher"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> person("\u2003\t"));
        assertTrue(e.getMessage().contains("not white space"), e.getMessage());
        // punctuation alone is not blank: it is kept, encoded
        assertEquals(BASE + "person/%2D", person("-"));
        assertValid(person("- _ -"));
        assertNotEquals(person("-"), person("_"));
    }

    @Test
    void baseIsConfigurableAndChecked() {
        IriMinter custom = IriMinter.builder().base("http://example.org/kg/").build();
        assertEquals("http://example.org/kg/person/liang-hua",
                custom.entity(new EntityKey(EntityType.PERSON, "Liang Hua", Optional.empty())));
        assertThrows(IllegalArgumentException.class, () -> IriMinter.builder().base("http://example.org/kg").build());
        assertThrows(RuntimeException.class, () -> IriMinter.builder().base("not a base/").build());
    }

    @Test
    void summaryCountsAreMintedOnTheConfiguredBase() {
        IriMinter custom = IriMinter.builder().base("http://example.org/kg/").build();
        assertEquals("http://example.org/kg/summary", custom.summary());
        assertEquals("http://example.org/kg/summary/pair-level/3", custom.summaryPairLevel(3));
        Node huawei = NodeFactory.createURI(BASE + "organization/huawei");
        Node liang = NodeFactory.createURI(BASE + "person/liang-hua");
        ArticleCounts.Pair pair = new ArticleCounts.Pair(huawei, NodeFactory.createLiteralString("Huawei"), liang,
                NodeFactory.createLiteralString("Liang Hua"));
        String row = pair.iri(custom).getURI();
        assertTrue(row.matches("http://example\\.org/kg/summary/pair/[0-9a-f]{32}"), row);
        // the standard base keeps the IRIs a store already holds
        assertEquals(BASE + "summary/pair/" + row.substring(row.lastIndexOf('/') + 1), pair.iri(minter).getURI());
        assertEquals(BASE + "summary", minter.summary());
        assertNotEquals(pair.iri(minter), new ArticleCounts.Link(huawei, liang).iri(minter));
        assertThrows(IllegalArgumentException.class, () -> minter.summaryPairLevel(-1));
    }
}
