package org.newsgraph.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.DateValue;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Profile;
import org.newsgraph.extract.SourceKind;
import org.newsgraph.source.Article;

import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * Source kinds and dates of claims through the CoreNLP extractor (default profile, the JVM's shared pipeline) on an
 * article of ours with unnamed sources: officials, a report, a newspaper, a source, and a named mayor. The
 * article is annotated once; the pass runs with and without an article date.
 */
class ClaimDetailsTest {
    private static final CoreNlpExtractor EXTRACTOR = new CoreNlpExtractor(Profile.DEFAULT);
    /** A Wednesday. */
    private static final String DATE = "2024-03-13";
    private static String text;
    private static CoreDocument document;
    private static Extraction dated;

    @BeforeAll
    static void annotate() throws IOException {
        try (InputStream in = ClaimDetailsTest.class.getResourceAsStream("/articles/harbour-bridge-sources.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        document = EXTRACTOR.annotate(text);
        dated = EXTRACTOR.extract(Article.builder("harbour-bridge-sources.txt", text).datePublished(DATE).build());
    }

    private static Claim claimWithCue(Extraction x, String cueInContext, String cue) {
        int at = text.codePointCount(0, text.indexOf(cueInContext) + cueInContext.indexOf(cue));
        return x.claims().stream().filter(c -> c.cue().map(s -> s.of(text).equals(cue) && s.begin() == at).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no claim with the cue '" + cueInContext + "' in "
                        + x.claims().stream().map(c -> c.cue().map(s -> s.of(text)) + ": " + c.content().get(0).of(text)).toList()));
    }

    @Test
    void officialsSaidOnMonday() {
        Claim c = claimWithCue(dated, "officials said", "said");
        assertEquals("officials", c.speaker().orElseThrow().of(text));
        assertEquals(SourceKind.OFFICIALS, c.sourceKind());
        assertEquals("Monday", c.time().orElseThrow().span().of(text));
        assertEquals(DateValue.day(LocalDate.of(2024, 3, 11)), c.time().orElseThrow().value());
    }

    @Test
    void accordingToTheReportIsADocument() {
        Claim c = claimWithCue(dated, "According to", "According to");
        assertEquals(SourceKind.DOCUMENT, c.sourceKind(), "speaker " + c.speaker().map(s -> s.of(text)));
        assertTrue(c.time().isEmpty(), "no date in the sentence: " + c.time());
    }

    @Test
    void theNewspaperReportedLastWeekNotSince2019() {
        Claim c = claimWithCue(dated, "Ledger reported", "reported");
        assertEquals(SourceKind.PUBLICATION, c.sourceKind(), "speaker " + c.speaker().map(s -> s.of(text)));
        assertEquals("last week", c.time().orElseThrow().span().of(text), "the date on the cue, not the one in the content");
        assertEquals(DateValue.interval(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 10)), c.time().orElseThrow().value());
    }

    @Test
    void aSourceIsAnonymousAndStaysAClaim() {
        Claim c = claimWithCue(dated, "council said", "said");
        assertTrue(c.speaker().orElseThrow().of(text).startsWith("A source"), c.speaker().map(s -> s.of(text)).toString());
        assertEquals(SourceKind.ANONYMOUS, c.sourceKind());
        assertTrue(c.speakerEntityId().isEmpty(), "an anonymous source is no entity: " + c.speakerEntityId());
        assertTrue(c.time().isEmpty());
    }

    @Test
    void theMayorIsANamedPerson() {
        Claim c = claimWithCue(dated, "Falk told", "told");
        assertEquals(SourceKind.PERSON, c.sourceKind());
        assertEquals(LocalDate.of(2024, 3, 12), c.time().orElseThrow().value().first());
    }

    @Test
    void withoutAnArticleDateOnlyAbsoluteDatesAreKept() {
        Extraction undated = ClaimDetails.add(CoreNlpExtractor.toExtraction(document, text, false), document, text,
                Optional.empty(), Optional.empty());
        assertTrue(claimWithCue(undated, "officials said", "said").time().isEmpty());
        assertTrue(claimWithCue(undated, "Falk told", "told").time().isEmpty());
        Claim ledger = claimWithCue(undated, "Ledger reported", "reported");
        assertTrue(ledger.time().isEmpty(), "'since 2019' lies in the content: it dates what is claimed, not the claim");
        assertEquals(SourceKind.PUBLICATION, ledger.sourceKind());
        for (Claim c : undated.claims())
            c.time().ifPresent(t -> assertTrue(t.value().precision() != DateValue.Precision.DAY, "no relative day: " + t));
    }

    @Test
    void aPersonFamiliarWithTheTalksIsAnonymousNotAPerson() {
        String t = "According to a person familiar with the talks, the ferry operator will be sold.";
        Extraction x = EXTRACTOR.extract(Article.builder("familiar-person.txt", t).datePublished(DATE).build());
        Claim c = x.claims().stream().filter(k -> k.cueLemma().equals("according to")).findFirst()
                .orElseThrow(() -> new AssertionError(x.claims().toString()));
        assertEquals("a person familiar with the talks", c.speaker().orElseThrow().of(t));
        assertEquals(SourceKind.ANONYMOUS, c.sourceKind());
    }

    @Test
    void aJuryAFederationAndADefendantHaveKinds() {
        String t = "The jury found that the ferry company had been negligent. The sailing federation confirmed that the regatta "
                + "would go ahead. The defendant told the court that he had never seen the boat.";
        Extraction x = EXTRACTOR.extract(Article.builder("jury-federation.txt", t).datePublished(DATE).build());
        java.util.function.Function<String, SourceKind> kindOf = speaker -> x.claims().stream()
                .filter(k -> k.speaker().map(s -> s.of(t)).orElse("").equals(speaker)).findFirst()
                .orElseThrow(() -> new AssertionError(speaker + " in " + x.claims())).sourceKind();
        assertEquals(SourceKind.OFFICIALS, kindOf.apply("The jury"));
        assertEquals(SourceKind.ORGANIZATION, kindOf.apply("The sailing federation"));
        assertEquals(SourceKind.ANONYMOUS, kindOf.apply("The defendant"));
    }

    @Test
    void aDateInAnotherClaimsContentDoesNotDateThisOne() {
        String t = "\u201cIt is over,\u201d the ferry captain said, adding that he would retire in June.";
        Extraction x = EXTRACTOR.extract(Article.builder("captain-retires.txt", t).datePublished(DATE).build());
        Claim said = x.claims().stream().filter(k -> k.cueLemma().equals("say")).findFirst()
                .orElseThrow(() -> new AssertionError(x.claims().toString()));
        assertTrue(said.time().isEmpty(), "June is when he retires, not when he spoke: " + said.time());
    }

    @Test
    void courtFilingsAreADocumentThoughTheLemmaKeepsThePlural() {
        String t = "The ferry operator's lawyers asked the judge to seal the records, according to court filings.";
        Extraction x = EXTRACTOR.extract(Article.builder("court-filings.txt", t).datePublished(DATE).build());
        Claim c = x.claims().stream().filter(k -> k.cueLemma().equals("according to")).findFirst()
                .orElseThrow(() -> new AssertionError(x.claims().toString()));
        assertEquals("court filings", c.speaker().orElseThrow().of(t));
        assertEquals(SourceKind.DOCUMENT, c.sourceKind());
    }
}

