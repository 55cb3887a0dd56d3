package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.DateMention;
import org.newsgraph.extract.DateValue;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionKind;
import org.newsgraph.extract.Profile;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.SourceKind;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.SpeechAct;
import org.newsgraph.graph.Ontology;
import org.newsgraph.source.Article;
import static org.newsgraph.ResultRows.rows;

/**
 * Source kinds, claim dates and repeated claims through the real mapper and store, from canned extractions of two
 * short articles: the same person saying the same thing in both (once quoted, once reported), and an unnamed
 * source in each.
 */
class ClaimSourcesQueriesTest {
    static final String A = "Liang Hua said on Monday that we are safe. Officials said the plant is late.";
    static final String B = "\u201cWe are safe,\u201d Liang Hua said. A source said the plant is late.";
    private static NewsGraph ng;

    /** The code points of {@code part} in {@code text}. */
    static Span span(String text, String part) {
        int b = text.indexOf(part);
        return new Span(text.codePointCount(0, b), text.codePointCount(0, b + part.length()));
    }

    static Claim said(String text, String speaker, Optional<String> entity, String content, int sentence) {
        return new Claim(Optional.of(span(text, speaker)), entity, Optional.of(new Span(span(text, speaker).end() + 1,
                span(text, speaker).end() + 5)), "say", SpeechAct.STATEMENT, List.of(span(text, content)), false, false,
                false, sentence, List.of());
    }

    static final class Canned implements Extractor {
        @Override
        public Extraction extract(Article article) {
            String t = article.text();
            Entity liang = new Entity("e1", EntityType.PERSON, "Liang Hua", Optional.empty(), List.of());
            Mention name = new Mention(span(t, "Liang Hua"), "Liang Hua", 0, MentionKind.NAME, "e1");
            int split = t.codePointCount(0, t.indexOf(". ") + 1);
            List<Sentence> sentences = List.of(new Sentence(0, new Span(0, split)),
                    new Sentence(1, new Span(split + 1, t.codePointCount(0, t.length()))));
            List<Claim> claims = new ArrayList<>();
            if (t.equals(A)) {
                claims.add(said(t, "Liang Hua", Optional.of("e1"), "we are safe", 0).withSourceKind(SourceKind.PERSON)
                        .withTime(Optional.of(new DateMention(span(t, "Monday"), DateValue.day(LocalDate.of(2024, 3, 11))))));
                claims.add(said(t, "Officials", Optional.empty(), "the plant is late", 1).withSourceKind(SourceKind.OFFICIALS)
                        .withTime(Optional.of(new DateMention(span(t, "Officials"),
                                DateValue.interval(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 10))))));
            } else {
                Span speaker = span(t, "Liang Hua");
                claims.add(new Claim(Optional.of(speaker), Optional.of("e1"), Optional.of(new Span(speaker.end() + 1, speaker.end() + 5)),
                        "say", SpeechAct.STATEMENT, List.of(span(t, "We are safe,")), true, false, false, 0, List.of(),
                        SourceKind.PERSON, Optional.empty()));
                claims.add(said(t, "A source", Optional.empty(), "the plant is late", 1).withSourceKind(SourceKind.ANONYMOUS));
            }
            return new Extraction(sentences, List.of(liang), List.of(name), List.of(), List.of(), claims, 16);
        }

        @Override
        public Profile profile() {
            return Profile.FAST;
        }
    }

    @BeforeAll
    static void ingest() {
        ng = NewsGraph.builder().inMemory().extractor(new Canned()).build();
        ng.ingest(Article.builder("a.txt", A).datePublished("2024-03-13").build());
        ng.ingest(Article.builder("b.txt", B).build());
    }

    @AfterAll
    static void close() {
        ng.close();
    }

    @Test
    void whoSaidWhatShowsTheSourceKindAndTheDate() {
        assertEquals(List.of(
                "a.txt|Liang Hua|Person|2024-03-11|we are safe",
                "a.txt|Officials|Official|2024-03-04/2024-03-10|the plant is late",
                "b.txt|Liang Hua|Person|-|We are safe,",
                "b.txt|A source|Anonymous|-|the plant is late"),
                rows(ng.query("who-said-what", Map.of()), "source", "speakerName", "sourceKind", "date", "text"));
    }

    @Test
    void theDateIsTypedAndItsMentionAnchored() {
        List<String> got = rows(ng.querySparql("""
                PREFIX ng: <https://newsgraph.org/ontology#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT ?anchor ?begin ?type ?from ?to WHERE { GRAPH ?g { ?c ng:dateMention ?m ; ng:dateFrom ?from ; ng:dateTo ?to .
                  ?m nif:anchorOf ?anchor ; nif:beginIndex ?begin . OPTIONAL { ?c ng:date ?d BIND (STR(DATATYPE(?d)) AS ?type) } } }
                ORDER BY ?begin"""), "anchor", "begin", "type", "from", "to");
        assertEquals(List.of("Monday|" + span(A, "Monday").begin() + "|http://www.w3.org/2001/XMLSchema#date|2024-03-11|2024-03-11",
                "Officials|" + span(A, "Officials").begin() + "|-|2024-03-04|2024-03-10"), got);
    }

    @Test
    void repeatedClaimsFindTheSameSpeakerSayingTheSameInBothArticles() {
        assertEquals(List.of("Liang Hua|we are safe|2|a.txt | b.txt"),
                rows(ng.query("repeated-claims", Map.of()), "speakerName", "text", "articles", "sources"));
    }

    @Test
    void theMappedGraphsConformToTheShapes() {
        org.apache.jena.system.Txn.executeRead(ng.dataset(), () -> {
            List<String> names = new ArrayList<>();
            ng.dataset().listNames().forEachRemaining(names::add);
            assertEquals(2, names.size());
            for (String name : names) {
                ValidationReport report = Ontology.validate(ng.dataset().getNamedModel(name).getGraph());
                assertTrue(report.conforms(), name + ": " + report.getEntries());
            }
        });
    }
}
