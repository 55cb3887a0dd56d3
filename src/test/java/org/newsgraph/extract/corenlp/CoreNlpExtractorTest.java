package org.newsgraph.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionKind;
import org.newsgraph.extract.Profile;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Span;
import org.newsgraph.source.Article;

/**
 * The CoreNLP extractor on our own fixture article and on the seed article's paragraphs, with the default
 * profile (coreference, KBP, entity linking). The pipeline is the JVM's shared one; each article is
 * annotated once.
 */
class CoreNlpExtractorTest {
    private static final CoreNlpExtractor EXTRACTOR = new CoreNlpExtractor(Profile.DEFAULT);
    private static String fixture;
    private static Extraction extraction;

    @BeforeAll
    static void annotateFixture() throws IOException {
        fixture = readFixture("nordvik-battery-plant.txt");
        extraction = EXTRACTOR.extract(Article.builder("nordvik-battery-plant.txt", fixture).build());
    }

    @Test
    void everyMentionRoleAndClaimSpanCoversItsTextInCodePoints() {
        assertTrue(fixture.codePointCount(0, fixture.length()) < fixture.length(), "the fixture must have non-BMP characters");
        assertFalse(extraction.mentions().isEmpty());
        for (Mention m : extraction.mentions())
            assertEquals(m.text(), m.span().of(fixture), "mention " + m);
        extraction.roles().forEach(r -> assertEquals(r.text(), r.span().of(fixture), "role " + r));
        for (Claim c : extraction.claims())
            c.content().forEach(span -> assertFalse(span.of(fixture).isBlank()));
        extraction.sentences().forEach(s -> assertFalse(s.span().of(fixture).isBlank()));
        assertFalse(extraction.relations().isEmpty(), "the fixture states relations");
        for (Relation r : extraction.relations()) {
            Span sentence = extraction.sentences().get(r.sentence()).span();
            assertTrue(sentence.contains(r.evidence()), "relation " + r + " has its evidence in its sentence " + sentence);
            assertFalse(r.evidence().of(fixture).isBlank(), "relation " + r);
        }
        assertTrue(extraction.tokens() > 150, "tokens: " + extraction.tokens());
    }

    @Test
    void findsThePeopleTheCompanyAndThePlacesWithTheirKinds() {
        assertEquals(EntityType.PERSON, entity(extraction, "Anna Kessler").type());
        assertEquals(EntityType.ORGANIZATION, entity(extraction, "Nordvik Industries").type());
        for (String country : List.of("Portugal", "Sweden", "Spain", "Poland"))
            assertEquals(EntityType.COUNTRY, entity(extraction, country).type(), country);
        assertEquals(EntityType.CITY, entity(extraction, "Lisbon").type());
        assertEquals(EntityType.PERSON, entity(extraction, "Rui Salgado").type());
    }

    @Test
    void partialNamesPronounsAndNominalsJoinTheirEntity() {
        Entity kessler = entity(extraction, "Anna Kessler");
        List<Mention> hers = mentionsOf(extraction, kessler);
        assertTrue(hers.stream().anyMatch(m -> m.text().equals("Kessler") && m.kind() == MentionKind.NAME), hers.toString());
        assertTrue(hers.stream().anyMatch(m -> m.kind() == MentionKind.PRONOUN && m.text().equalsIgnoreCase("she")), hers.toString());
        List<Mention> company = mentionsOf(extraction, entity(extraction, "Nordvik Industries"));
        assertTrue(company.stream().anyMatch(m -> m.kind() == MentionKind.NOMINAL
                && m.text().toLowerCase(Locale.ROOT).startsWith("the company")), company.toString());
    }

    @Test
    void noPlaceMentionForADemonym() {
        for (Mention m : extraction.mentions())
            assertFalse(List.of("Swedish", "Chinese", "German", "Portuguese").contains(m.text()), "demonym as a mention: " + m);
    }

    @Test
    void metonymyNationalityRolesAndQualifiedPlacesOnASecondFixture() throws IOException {
        String text = readFixture("tariff-talks.txt");
        Extraction x = EXTRACTOR.extract(Article.builder("tariff-talks.txt", text).build());
        int washington = text.codePointCount(0, text.indexOf("Washington warned"));
        Mention subject = x.mentions().stream().filter(m -> m.span().begin() == washington).findFirst().orElseThrow(
                () -> new AssertionError("no mention for Washington: " + x.mentions()));
        Entity government = x.entities().stream().filter(e -> e.id().equals(subject.entityId())).findFirst().orElseThrow();
        assertEquals(EntityType.ORGANIZATION, government.type(), "a city that warns is its government");
        assertTrue(government.wikipediaTitle().isEmpty(), "not linked to the place: " + government);

        Entity france = entity(x, "France");
        Entity duval = entity(x, "Claire Duval");
        assertTrue(x.roles().stream().anyMatch(r -> r.title().equals("president") && r.holderId().equals(Optional.of(duval.id()))
                && r.organizationId().equals(Optional.of(france.id()))), "the French president → in France: " + x.roles());
        assertTrue(x.mentions().stream().anyMatch(m -> m.text().equals("French")), "a mention of French: " + x.mentions());
        assertTrue(x.mentions().stream().filter(m -> m.text().equals("French"))
                .allMatch(m -> x.entities().stream().anyMatch(e -> e.id().equals(m.entityId()) && e.type() == EntityType.PERSON)),
                "a demonym is no place mention; before a title it is the people of that nation");

        assertTrue(x.mentions().stream().anyMatch(m -> m.text().equals("Madison, Wisconsin")), x.mentions().toString());
        assertTrue(x.mentions().stream().anyMatch(m -> m.text().equals("Southern California")), x.mentions().toString());
        assertTrue(x.mentions().stream().noneMatch(m -> m.text().equals("Wisconsin")), "the state only qualifies the city");
    }

    @Test
    void theQuoteIsAttributedToItsSpeaker() {
        Claim quote = claimStartingWith(extraction, fixture, "This factory will bring our batteries");
        assertTrue(quote.direct());
        assertEquals(Optional.of(entity(extraction, "Anna Kessler").id()), quote.speakerEntityId());
        assertEquals("Kessler", quote.speaker().orElseThrow().of(fixture));
        assertEquals("told", quote.cue().orElseThrow().of(fixture));
        assertFalse(quote.content().get(0).of(fixture).startsWith("\""));
    }

    @Test
    void aQuotedTitleIsNoClaim() {
        String text = "Harbour festival returns to Marlow\n\nMARLOW — The \"Tall Ships Weekend\" returns to Marlow harbour on "
                + "Saturday after a two-year break.\n\nOrganiser Petra Vance said the town had missed the event. \"We had "
                + "letters from all over the county asking when it would be back,\" Vance said.\n";
        Extraction x = EXTRACTOR.extract(Article.builder("tall-ships.txt", text).build());
        assertTrue(x.claims().stream().noneMatch(c -> c.content().stream().anyMatch(s -> s.of(text).contains("Tall Ships"))),
                x.claims().toString());
        // the quote with a verb stays Vance's
        assertTrue(x.claims().stream().anyMatch(c -> c.direct() && c.content().get(0).of(text).startsWith("We had letters")),
                x.claims().toString());
    }

    @Test
    void aTimeBeforeATitleIsNotPartOfTheRole() {
        String text = "Marta Lindqvist was named professor of botany at Orebro College in 1911, and in the same year "
                + "lecturer on plant diseases to the farming school at Vadstena, which post she held until 1930.";
        Extraction x = EXTRACTOR.extract(Article.builder("year-lecturer.txt", text).build());
        assertTrue(x.roles().stream().anyMatch(r -> r.title().equals("lecturer")), "a lecturer role: " + x.roles());
        assertTrue(x.roles().stream().noneMatch(r -> r.text().toLowerCase(Locale.ROOT).contains("year")),
                "a time word taken into a title: " + x.roles());
    }

    @Test
    void theChairmanRoleHasItsHolderAndCompany() {
        String kessler = entity(extraction, "Anna Kessler").id();
        String nordvik = entity(extraction, "Nordvik Industries").id();
        assertTrue(extraction.roles().stream().anyMatch(r -> r.title().equals("chairman")
                && r.holderId().equals(Optional.of(kessler)) && r.organizationId().equals(Optional.of(nordvik))),
                extraction.roles().toString());
    }

    @Test
    void withoutCoreferenceNamesStillGroupByNameAndPartialName() {
        Extraction names = CoreNlpExtractor.toExtraction(EXTRACTOR.annotate(fixture), fixture, false);
        Entity kessler = entity(names, "Anna Kessler");
        assertTrue(mentionsOf(names, kessler).stream().anyMatch(m -> m.text().equals("Kessler")));
        // no chains, so no "the company"; our own rules still give "he" and "she" a person
        assertTrue(names.mentions().stream().allMatch(m -> m.kind() == MentionKind.NAME
                || (m.kind() == MentionKind.PRONOUN && PersonPronouns.genderOf(m.text()) != null)
                || (m.kind() == MentionKind.NOMINAL && !m.text().toLowerCase(java.util.Locale.ROOT).startsWith("the "))),
                names.mentions().toString());
    }

    @Test
    void theSeedArticleHasLiangHuaHuaweiItsCountriesTheChairmanAndHisQuote() throws IOException {
        Path seed = Path.of(System.getProperty("newsgraph.shared", "../shared"), "corpus/seed/huawei-france-plant.txt");
        assumeTrue(Files.isRegularFile(seed), "the shared data is absent");
        String text = articleParagraphs(Files.readString(seed, StandardCharsets.UTF_8));
        Extraction x = EXTRACTOR.extract(Article.builder(seed.toString(), text).build());

        Entity liang = entity(x, "Liang Hua");
        Entity huawei = entity(x, "Huawei");
        assertEquals(EntityType.PERSON, liang.type());
        assertEquals(EntityType.ORGANIZATION, huawei.type());
        for (String country : List.of("France", "China", "Germany"))
            assertEquals(EntityType.COUNTRY, entity(x, country).type(), country);
        for (Mention m : x.mentions())
            assertEquals(m.text(), m.span().of(text), "mention " + m);
        assertTrue(x.mentions().stream().noneMatch(m -> m.text().equals("Chinese") || m.text().equals("French")));

        boolean role = x.roles().stream().anyMatch(r -> r.title().equals("chairman")
                && r.holderId().equals(Optional.of(liang.id())) && r.organizationId().equals(Optional.of(huawei.id())));
        assertTrue(role, "roles: " + x.roles());

        Claim quote = claimStartingWith(x, text, "This site will supply the entire European market");
        assertEquals(Optional.of(liang.id()), quote.speakerEntityId(), "speaker " + quote.speaker().map(s -> s.of(text)));
        assertTrue(quote.speaker().orElseThrow().of(text).contains("chairman"));
    }

    /** The story's paragraphs from the page dump: long lines that end a sentence, before the related links. */
    static String articleParagraphs(String dump) {
        StringBuilder body = new StringBuilder();
        for (String line : dump.split("\n")) {
            String p = line.replaceAll("^[\\h\\s]+|[\\h\\s]+$", ""); // also no-break spaces
            if (p.equals("Related:") || p.equals("Tags:"))
                break;
            if (p.split("[\\h\\s]+").length >= 15 && p.matches(".*[.!?\"”]$"))
                body.append(body.length() == 0 ? "" : "\n\n").append(p);
        }
        return body.toString();
    }

    @Test
    void pronounsNationalitiesInstitutionsAndCompanyDescriptionsFindTheirEntities() throws IOException {
        String text = readFixture("lindqvist-dispute.txt");
        Extraction x = EXTRACTOR.extract(Article.builder("lindqvist-dispute.txt", text).build());
        Entity kessler = entity(x, "Marta Kessler");
        Entity berg = entity(x, "Tomas Berg");
        Entity lindqvist = entity(x, "Lindqvist Robotics");
        assertEquals(kessler.id(), mentionAt(x, text, "She studied").entityId(), "she → the woman named before");
        assertEquals(berg.id(), mentionAt(x, text, "he expected").entityId(), "he → the subject who said it");
        assertEquals(EntityType.PERSON, typeOf(x, mentionAt(x, text, "woman who")), "the woman is a person");
        assertEquals(EntityType.PERSON, typeOf(x, mentionAt(x, text, "American lawyer")), "an American lawyer: the people");
        assertTrue(x.mentions().stream().anyMatch(m -> m.text().equals("University of Illinois at Chicago")), x.mentions().toString());
        assertTrue(x.mentions().stream().anyMatch(m -> m.text().equals("Trinity College, Cambridge")), x.mentions().toString());
        assertEquals(EntityType.ORGANIZATION, typeOf(x, mentionAt(x, text, "Washington was")), "a planning city is its government");
    }

    /**
     * "The company's chief executive … Greenwatch accused the company …, a charge Lindqvist Robotics denied. The firm
     * said its reports were complete.": coreference chains the descriptions and "its" without the name; the chain is
     * the organisation named before it, not an organisation of its own, and the firm is not its accuser.
     */
    @Test
    void theFirmIsTheCompanyAlreadyCalledSo() throws IOException {
        String text = readFixture("lindqvist-dispute.txt");
        Extraction x = EXTRACTOR.extract(Article.builder("lindqvist-dispute.txt", text).build());
        Entity lindqvist = entity(x, "Lindqvist Robotics");
        Mention firm = mentionAt(x, text, "The firm said");
        assertEquals("The firm", firm.text());
        assertEquals(MentionKind.NOMINAL, firm.kind());
        assertEquals(lindqvist.id(), firm.entityId(), "the firm is the company, not its accuser");
        assertEquals(lindqvist.id(), mentionAt(x, text, "The company's chief").entityId(), "the company whose chief executive spoke");
        assertEquals(lindqvist.id(), mentionAt(x, text, "the company of hiding").entityId(), "the company accused");
        assertTrue(x.entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION && e.name().toLowerCase(Locale.ROOT).contains("company")),
                "no unnamed company beside Lindqvist Robotics: " + x.entities());
    }

    /**
     * "Pelican Air cancelled forty flights ... The firm said the strike would cost it ...": coreference leaves "The
     * firm" alone, in no chain; a bare definite company description is the organisation named before it all the same.
     */
    @Test
    void theFirmThatCoreferenceLeftAloneIsTheCompanyNamedBefore() throws IOException {
        String text = readFixture("pelican-air-strike.txt");
        Extraction x = EXTRACTOR.extract(Article.builder("pelican-air-strike.txt", text).build());
        Mention firm = mentionAt(x, text, "The firm said");
        assertEquals("The firm", firm.text());
        assertEquals(MentionKind.NOMINAL, firm.kind());
        assertEquals(entity(x, "Pelican Air").id(), firm.entityId());
    }

    /** One of our fixture articles, under /articles. */
    private static String readFixture(String name) throws IOException {
        try (InputStream in = CoreNlpExtractorTest.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Mention mentionAt(Extraction x, String text, String at) {
        int begin = text.codePointCount(0, text.indexOf(at));
        return x.mentions().stream().filter(m -> m.span().begin() == begin).findFirst()
                .orElseThrow(() -> new AssertionError("no mention at '" + at + "' in " + x.mentions()));
    }

    private static EntityType typeOf(Extraction x, Mention m) {
        return x.entities().stream().filter(e -> e.id().equals(m.entityId())).findFirst().orElseThrow().type();
    }

    private static Entity entity(Extraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity named " + name + " in " + x.entities().stream()
                        .map(e -> e.name() + "/" + e.type()).collect(Collectors.joining(", "))));
    }

    private static List<Mention> mentionsOf(Extraction x, Entity e) {
        return x.mentions().stream().filter(m -> m.entityId().equals(e.id())).toList();
    }

    private static Claim claimStartingWith(Extraction x, String text, String start) {
        return x.claims().stream().filter(c -> c.content().get(0).of(text).startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim starting with '" + start + "' in " + x.claims()));
    }
}
