package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionKind;
import org.newsgraph.extract.Profile;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.SpeechAct;
import org.newsgraph.source.Article;
import static org.newsgraph.ResultRows.rows;

/**
 * The named queries over a graph made by the real mapper (not the hand-written fixture), from a canned
 * extraction with a role, a relation, a linked entity and a claim.
 */
class QueriesOnMappedGraphTest {
    static final String TEXT = "Huawei's chairman Liang Hua said the company will build a plant in France.";
    static final String SOURCE = "canned/huawei.txt";
    private static NewsGraph ng;

    /** The code points of {@code part} in the text. */
    static Span span(String part) {
        int b = TEXT.indexOf(part);
        return new Span(TEXT.codePointCount(0, b), TEXT.codePointCount(0, b + part.length()));
    }

    static final class Canned implements Extractor {
        @Override
        public Extraction extract(Article article) {
            List<Entity> entities = List.of(
                    new Entity("e1", EntityType.ORGANIZATION, "Huawei", Optional.of("Huawei"), List.of()),
                    new Entity("e2", EntityType.PERSON, "Liang Hua", Optional.empty(), List.of()),
                    new Entity("e3", EntityType.COUNTRY, "France", Optional.of("France"), List.of()));
            List<Mention> mentions = List.of(
                    new Mention(span("Huawei"), "Huawei", 0, MentionKind.NAME, "e1"),
                    new Mention(span("Liang Hua"), "Liang Hua", 0, MentionKind.NAME, "e2"),
                    new Mention(span("the company"), "the company", 0, MentionKind.NOMINAL, "e1"),
                    new Mention(span("France"), "France", 0, MentionKind.NAME, "e3"));
            Role role = new Role("chairman", span("chairman"), "chairman", 0, Optional.of("e2"), Optional.of("e1"));
            Relation relation = new Relation("e2", "per:employee_or_member_of", Optional.of("e1"), "Huawei", 0.9,
                    new Span(span("Huawei").begin(), span("Liang Hua").end()), 0);
            Span content = new Span(span("the company").begin(), span("France").end());
            Claim claim = new Claim(Optional.of(span("Liang Hua")), Optional.of("e2"), Optional.of(span("said")), "say",
                    SpeechAct.STATEMENT, List.of(content), false, false, false, 0, List.of("e1", "e3"));
            return new Extraction(List.of(new Sentence(0, new Span(0, TEXT.codePointCount(0, TEXT.length())))), entities, mentions, List.of(role),
                    List.of(relation), List.of(claim), 14);
        }

        @Override
        public Profile profile() {
            return Profile.DEFAULT;
        }
    }

    @BeforeAll
    static void ingest() {
        ng = NewsGraph.builder().inMemory().extractor(new Canned()).build();
        assertEquals(IngestResult.Status.STORED, ng.ingest(Article.builder(SOURCE, TEXT).headline("Plant").build()).status());
    }

    @AfterAll
    static void close() {
        ng.close();
    }

    @Test
    void mentionsTypeRolesAndLinkEntities() {
        List<String> got = rows(ng.query("mentions", Map.of()), "begin", "end", "type", "link");
        assertEquals(List.of(
                span("Huawei").begin() + "|" + span("Huawei").end() + "|Organization|http://dbpedia.org/resource/Huawei",
                span("chairman").begin() + "|" + span("chairman").end() + "|Role|-",
                span("Liang Hua").begin() + "|" + span("Liang Hua").end() + "|Person|-",
                span("the company").begin() + "|" + span("the company").end() + "|Organization|http://dbpedia.org/resource/Huawei",
                span("France").begin() + "|" + span("France").end() + "|Place|http://dbpedia.org/resource/France"), got);
    }

    @Test
    void claimOffsetsFromTheMapper() {
        assertEquals(List.of(String.join("|", SOURCE, "" + span("Liang Hua").begin(), "" + span("Liang Hua").end(),
                "" + span("said").begin(), "" + span("said").end(), "" + span("the company").begin(), "" + span("France").end())),
                rows(ng.query("claim-offsets", Map.of()), "source", "speakerBegin", "speakerEnd", "cueBegin", "cueEnd",
                        "contentBegin", "contentEnd"));
    }

    @Test
    void rolesProfilesAndProvenanceFromTheMapper() {
        assertEquals(List.of("Liang Hua|chairman|" + SOURCE),
                rows(ng.query("people-and-roles", Map.of("organization", "Huawei")), "personName", "roleName", "source"));
        List<String> profile = rows(ng.query("entity-profile", Map.of("entity", "Liang Hua")), "field", "value");
        assertTrue(profile.contains("role|chairman at Huawei"), profile.toString());
        assertTrue(profile.contains("relation|per:employee_or_member_of Huawei"), profile.toString());
        assertEquals(List.of("France|Country|1"), rows(ng.query("places-in-article", Map.of("article", SOURCE)), "name", "placeType", "mentions"));
        assertEquals(List.of("Liang Hua|1|1"), rows(ng.query("most-quoted-speakers", Map.of()), "name", "claims", "articles"));
        assertEquals(List.of("Liang Hua|said|Statement|the company will build a plant in France"),
                rows(ng.query("who-said-what", Map.of()), "speakerName", "cue", "speechAct", "text"));
        assertEquals(List.of(SOURCE + "|the company will build a plant in France"),
                rows(ng.query("claims-about-entity", Map.of("entity", "france")), "source", "text"));
        String claim = rows(ng.querySparql("SELECT ?c WHERE { ?c a <https://schema.org/Claim> }"), "c").get(0);
        List<String> parts = rows(ng.query("fact-provenance", Map.of("fact", claim)), "part", "anchor", "sentenceText");
        assertTrue(parts.contains("cue|said|" + TEXT), parts.toString());
        assertTrue(parts.contains("content|the company will build a plant in France|" + TEXT), parts.toString());
        String relation = rows(ng.querySparql("SELECT ?r WHERE { ?r a <https://newsgraph.org/ontology#Relation> }"), "r").get(0);
        assertEquals(List.of(span("Huawei").begin() + "|" + span("Liang Hua").end() + "|evidence|Huawei's chairman Liang Hua|" + TEXT,
                "0|" + TEXT.codePointCount(0, TEXT.length()) + "|sentence|" + TEXT + "|" + TEXT),
                rows(ng.query("fact-provenance", Map.of("fact", relation)), "begin", "end", "part", "anchor", "sentenceText"));
        assertEquals(1, rows(ng.query("articles-mentioning", Map.of("entity", "Huawei")), "mentions").size());
        assertEquals(3, rows(ng.query("entities-mentioned-together", Map.of()), "name1").size());
        assertEquals(4, ng.stats().mentions() - 1); // four entity mentions and one role mention
    }
}
