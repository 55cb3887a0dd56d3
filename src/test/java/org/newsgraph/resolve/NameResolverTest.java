package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsgraph.error.BadInputException;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionKind;
import org.newsgraph.extract.Span;
import org.newsgraph.source.Article;

class NameResolverTest {
    private final NameResolver resolver = NameResolver.standard();

    private EntityKey key(EntityType type, String name) {
        return resolver.key(new Entity("e", type, name, Optional.empty(), List.of()));
    }

    private String name(EntityType type, String name) {
        return key(type, name).name();
    }

    @Test
    void unitedStatesAndUnitedKingdomHaveOneNameEach() {
        for (String us : List.of("US", "U.S.", "United States", "America", "the US", "The U.S.", "the United States",
                "USA", "united states"))
            assertEquals("United States", name(EntityType.COUNTRY, us), us);
        for (String uk : List.of("UK", "U.K.", "Britain", "United Kingdom", "the UK", "Great Britain"))
            assertEquals("United Kingdom", name(EntityType.COUNTRY, uk), uk);
        assertEquals("United States", name(EntityType.LOCATION, "U.S."), "any kind of place");
    }

    @Test
    void capitalAbbreviationsMatchOnlyAsWritten() {
        assertEquals("us", name(EntityType.COUNTRY, "us"));
        assertEquals("Us", name(EntityType.COUNTRY, "Us"));
        assertEquals("U.S.", name(EntityType.PERSON, "U.S."), "aliases belong to a family");
    }

    @Test
    void honorificsAndPossessivesAreDropped() {
        assertEquals("Liang Hua", name(EntityType.PERSON, "Mr Liang Hua"));
        assertEquals("Liang", name(EntityType.PERSON, "Mr. Liang"));
        assertEquals("Jane Roe", name(EntityType.PERSON, "Dr Jane Roe"));
        assertEquals("Ana Costa", name(EntityType.PERSON, "Mrs Ana Costa's"));
        assertEquals("Ms", name(EntityType.PERSON, "Ms"), "nothing but an honorific stays as it is");
        assertEquals("Huawei", name(EntityType.ORGANIZATION, "Huawei's"));
        assertEquals("Huawei", name(EntityType.ORGANIZATION, "Huawei’s"));
        assertEquals("Jones", name(EntityType.PERSON, "Jones'"));
        assertEquals("Mr Men", name(EntityType.ORGANIZATION, "Mr Men"), "honorifics only for people");
        assertEquals("The New York Times", name(EntityType.ORGANIZATION, "The New York Times"));
        assertEquals("Netherlands", name(EntityType.COUNTRY, "the Netherlands"));
    }

    @Test
    void namesAreNormalisedUnicodeAndSpace() {
        assertEquals("São Paulo", name(EntityType.CITY, "  Sa\u0303o \u00a0 Paulo "));
    }

    @Test
    void aWikipediaLinkIsKeptInWikipediaSpelling() {
        EntityKey k = resolver.key(new Entity("e", EntityType.ORGANIZATION, "Huawei Technologies", Optional.of("huawei technologies"),
                List.of()));
        assertEquals(Optional.of("Huawei_technologies"), k.wikipediaTitle());
        assertEquals("Huawei Technologies", k.name());
    }

    @Test
    void placesKeepTheirKindButShareAFamily() {
        EntityKey country = key(EntityType.COUNTRY, "France");
        EntityKey location = key(EntityType.LOCATION, "France");
        assertEquals(EntityType.COUNTRY, country.type());
        assertEquals(EntityType.LOCATION, location.type());
        assertEquals(country.family(), location.family());
        assertEquals(EntityFamily.PLACE, country.family());
        assertNotEquals(key(EntityType.PERSON, "Paris").family(), key(EntityType.CITY, "Paris").family());
    }

    @Test
    void resolveKeysEveryEntityOfAnExtraction() {
        Extraction x = new Extraction(List.of(), List.of(
                new Entity("a", EntityType.COUNTRY, "U.S.", Optional.empty(), List.of()),
                new Entity("b", EntityType.PERSON, "Mr Liang", Optional.empty(), List.of())),
                List.of(), List.of(), List.of(), List.of(), 0);
        Resolution r = resolver.resolve(Article.builder("a.txt", "text").build(), x);
        assertEquals("United States", r.keyOf("a").orElseThrow().name());
        assertEquals("Liang", r.keyOf("b").orElseThrow().name());
        assertTrue(r.keyOf("c").isEmpty());
    }

    @Test
    void aliasesCanBeAddedAndBadTablesAreRefused() {
        NameResolver custom = NameResolver.builder().alias(EntityFamily.ORGANIZATION, "the tech giant", "Huawei")
                .aliases(new ByteArrayInputStream("person\tLH\tLiang Hua\n".getBytes(StandardCharsets.UTF_8)), "extra.tsv")
                .build();
        assertEquals("Huawei", custom.canonicalName(EntityFamily.ORGANIZATION, "The Tech Giant"));
        assertEquals("Liang Hua", custom.canonicalName(EntityFamily.PERSON, "LH"));
        assertEquals("United States", custom.canonicalName(EntityFamily.PLACE, "US"), "the bundled table is still there");
    }

    private static BadInputException refusedTable(String table) {
        return assertThrows(BadInputException.class, () -> NameResolver.builder()
                .aliases(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "bad.tsv"));
    }

    @Test
    void aBadAliasTableIsRefusedNamingItsLineAndWhatIsAllowed() {
        BadInputException family = refusedTable("# aliases\nplanet\tX\tY\n");
        assertEquals("bad.tsv", family.input());
        assertEquals("bad.tsv: line 2 has the unknown family 'planet'; allowed: person, organization, place", family.getMessage());
        assertEquals("bad.tsv: line 1 has 2 tab-separated cells, 'person\tLH'; each line is 'family<TAB>alias<TAB>canonical name'"
                + " (or a '#' comment)", refusedTable("person\tLH\n").getMessage());
        assertEquals("bad.tsv: line 1 has a blank alias or canonical name, 'person\t \tLiang Hua'; both need a character that"
                + " is not white space", refusedTable("person\t \tLiang Hua\n").getMessage());
        InputStream unreadable = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        BadInputException io = assertThrows(BadInputException.class, () -> NameResolver.builder().aliases(unreadable, "gone.tsv"));
        assertTrue(io.getMessage().startsWith("gone.tsv: cannot read the alias table (disk gone)"), io.getMessage());
    }

    @Test
    void aLoneSurnameIsNeverKeyedToANamesakeByItsLink() {
        EntityKey lone = resolver.key(new Entity("e", EntityType.PERSON, "Mr Liang", Optional.of("Liang_Qichao"), List.of("Liang's")));
        EntityKey full = resolver.key(new Entity("e", EntityType.PERSON, "Liang Hua", Optional.of("Liang_Hua"), List.of("Liang")));
        assertTrue(lone.wikipediaTitle().isEmpty(), "a one-word person keeps no link");
        assertEquals("Liang", lone.name());
        assertEquals(Optional.of("Liang_Hua"), full.wikipediaTitle(), "the article tied the surname to the full name");
        assertNotEquals(lone, full);
        EntityKey place = resolver.key(new Entity("e", EntityType.COUNTRY, "France", Optional.of("France"), List.of()));
        assertEquals(Optional.of("France"), place.wikipediaTitle(), "one-word places and organisations keep theirs");
    }

    private Optional<String> surnameLink(String name, String page) {
        return resolver.surnameLink(new Entity("e", EntityType.PERSON, name, Optional.of(page), List.of()));
    }

    @Test
    void aSurnameKeepsOnlyAPersonsPageEndingInIt() {
        assertEquals(Optional.of("Harry_Kroto"), surnameLink("Kroto", "Harry_Kroto"));
        assertEquals(Optional.of("Akira_Suzuki_(chemist)"), surnameLink("Suzuki", "Akira_Suzuki_(chemist)"));
        assertEquals(Optional.empty(), surnameLink("Kroto", "Kroto"), "the surname's own page");
        assertEquals(Optional.empty(), surnameLink("Nickerson", "Nickerson,_Kansas"), "a town");
        assertEquals(Optional.empty(), surnameLink("Neher", "Erwin_Neher_Institute"));
        assertEquals(Optional.empty(), resolver.surnameLink(new Entity("e", EntityType.PERSON, "Harry Kroto",
                Optional.of("Harry_Kroto"), List.of())), "a full name is linked by its key");
        assertTrue(resolver.key(new Entity("e", EntityType.PERSON, "Kroto", Optional.of("Harry_Kroto"), List.of()))
                .wikipediaTitle().isEmpty(), "the surname's identity is not the page's");
    }

    @Test
    void anEntityWithoutANameMentionIsUnnamed() {
        Entity named = new Entity("e1", EntityType.PERSON, "Ana Costa", Optional.empty(), List.of());
        Entity stranger = new Entity("e2", EntityType.PERSON, "the woman", Optional.empty(), List.of());
        Extraction x = new Extraction(List.of(), List.of(named, stranger),
                List.of(new Mention(new Span(0, 9), "Ana Costa", 0, MentionKind.NAME, "e1"),
                        new Mention(new Span(10, 12), "he", 0, MentionKind.PRONOUN, "e1"),
                        new Mention(new Span(13, 22), "the woman", 0, MentionKind.NOMINAL, "e2")),
                List.of(), List.of(), List.of(), 5);
        Resolution r = resolver.resolve(Article.builder("x.txt", "Ana Costa he the woman").build(), x);
        assertFalse(r.isUnnamed("e1"));
        assertTrue(r.isUnnamed("e2"));
    }

    @Test
    void aPersonNamedByOneWordAloneIsTheArticlesOwnButNotANationalityOrAFullName() {
        Entity smith = new Entity("e1", EntityType.PERSON, "Mr Smith", Optional.empty(), List.of("Smith"));
        Entity full = new Entity("e2", EntityType.PERSON, "Ana Costa", Optional.empty(), List.of("Costa"));
        Entity americans = new Entity("e3", EntityType.PERSON, "American", Optional.of("Americans"), List.of());
        Entity place = new Entity("e4", EntityType.CITY, "Lyon", Optional.empty(), List.of());
        Extraction x = new Extraction(List.of(), List.of(smith, full, americans, place),
                List.of(new Mention(new Span(0, 8), "Mr Smith", 0, MentionKind.NAME, "e1"),
                        new Mention(new Span(9, 18), "Ana Costa", 0, MentionKind.NAME, "e2"),
                        new Mention(new Span(19, 27), "American", 0, MentionKind.NAME, "e3"),
                        new Mention(new Span(28, 32), "Lyon", 0, MentionKind.NAME, "e4")),
                List.of(), List.of(), List.of(), 5);
        Resolution r = resolver.resolve(Article.builder("x.txt", "Mr Smith Ana Costa American Lyon").build(), x);
        assertTrue(r.isSurnameOnly("e1"));
        assertFalse(r.isSurnameOnly("e2"), "a full name with its surname alias is known across articles");
        assertFalse(r.isSurnameOnly("e3"), "a nationality is its people");
        assertFalse(r.isSurnameOnly("e4"), "only persons");
        assertFalse(r.isUnnamed("e1"));
    }

    @Test
    void aNationalityKeepsItsPeoplesPageThoughItIsOneWord() {
        EntityKey americans = resolver.key(new Entity("e", EntityType.PERSON, "American", Optional.of("Americans"), List.of()));
        assertEquals(Optional.of("Americans"), americans.wikipediaTitle());
        EntityKey french = resolver.key(new Entity("e", EntityType.PERSON, "French", Optional.of("French people"), List.of()));
        assertEquals(Optional.of("French_people"), french.wikipediaTitle());
    }
}
