package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.IngestResult;
import org.newsgraph.NewsGraph;
import org.newsgraph.error.BadInputException;

/**
 * Entity gold in the OKE layout (our own two-sentence fixture), the entity metric, and the whole
 * evaluation through the real pipeline with a fake extractor; figures worked out by hand.
 */
class EntityEvaluationTest {
    static final Path FIXTURE = Path.of("src/test/resources/eval/entities/gold.ttl");
    private static final double EPS = 1e-9;

    @TempDir
    Path tmp;

    @Test
    void readsSentencesMentionsTypesAndLinks() {
        EntityGold gold = EntityGold.read(FIXTURE);
        assertEquals(List.of("sentence-1", "sentence-2"), gold.documents().stream().map(EntityGold.Document::doc).toList());
        assertEquals("She later became its chief executive.", gold.documents().get(1).text());
        assertEquals(List.of(new EntityMention("sentence-1", 0, 15, "Person", "http://dbpedia.org/resource/Marta_Lindqvist"),
                new EntityMention("sentence-1", 24, 35, "Organization", ""),
                new EntityMention("sentence-1", 39, 46, "Place", "http://dbpedia.org/resource/Uppsala")),
                gold.documents().get(0).mentions());
        assertEquals(new EntityMention("sentence-2", 21, 36, "Role", ""), gold.documents().get(1).mentions().get(1));
    }

    @Test
    void scoresMentionsReadBackFromTheGraph() {
        EntityGold gold = EntityGold.read(FIXTURE);
        List<IngestResult> results = new ArrayList<>();
        List<EntityMention> predicted;
        try (NewsGraph ng = NewsGraph.builder().inMemory().extractor(ScriptedExtractor.forEntityFixture()).build()) {
            predicted = new EntityEvaluation(ng).predict(gold, results::add);
        }
        assertTrue(results.stream().noneMatch(IngestResult::failed), results.toString());
        assertTrue(predicted.contains(new EntityMention("sentence-1", 39, 46, "Place",
                "http://dbpedia.org/resource/Uppsala_Municipality")), predicted.toString());
        EntityScore s = EntityScorer.score(gold.mentions(), predicted);
        assertEquals(5, s.gold());
        assertEquals(5, s.predicted());
        assertEquals(0.6, s.strict().f1(), EPS); // Marta, Uppsala, She
        assertEquals(0.8, s.weak().f1(), EPS); // and Aurora within Aurora Labs
        assertEquals(0.6, s.typing().f1(), EPS);
        assertEquals(2.0 / 3, s.linking().precision(), EPS); // Marta and She right, Uppsala wrong
        assertEquals(2.0 / 3, s.linking().recall(), EPS);
    }

    @Test
    void linksCompareDecodedAndWithHttp() {
        List<EntityMention> gold = List.of(new EntityMention("d", 0, 4, "Place", "http://dbpedia.org/resource/São_Paulo"),
                new EntityMention("d", 5, 9, "Person", "http://dbpedia.org/resource/A"));
        List<EntityMention> pred = List.of(new EntityMention("d", 0, 4, "Place", "https://dbpedia.org/resource/S%C3%A3o_Paulo"),
                new EntityMention("d", 5, 9, "Place", ""), new EntityMention("d", 5, 9, "Person", "http://dbpedia.org/resource/A"));
        EntityScore s = EntityScorer.score(gold, pred);
        assertEquals(2, s.predicted(), "the first mention of a span wins");
        assertEquals(0.5, s.linking().recall(), EPS, "São Paulo matches; the span's first prediction offers no link");
        assertEquals(1.0, s.linking().precision(), EPS);
        assertEquals(0.5, s.typing().precision(), EPS);
    }

    @Test
    void weakMatchingIsOneToOneInSpanOrder() {
        List<EntityMention> gold = List.of(new EntityMention("d", 0, 10, "", ""), new EntityMention("d", 5, 15, "", ""));
        List<EntityMention> pred = List.of(new EntityMention("d", 8, 12, "", ""));
        assertEquals(1.0, EntityScorer.score(gold, pred).weak().precision(), EPS);
        assertEquals(0.5, EntityScorer.score(gold, pred).weak().recall(), EPS);
    }

    @Test
    void unquoteDecodesUtf8AndKeepsPlus() {
        assertEquals("São+Paulo", EntityScorer.unquote("S%C3%A3o+Paulo"));
        assertEquals("100%", EntityScorer.unquote("100%"));
        assertEquals("a\uFFFDb", EntityScorer.unquote("a%FFb"));
    }

    @Test
    void contextsSharingAPathSegmentAreNamedWithTheirFragment() throws Exception {
        String ctx = "<http://example.org/s-%s#char=0,%d> a <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Context> ;"
                + " <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> \"%s\" .\n";
        Path file = Files.writeString(tmp.resolve("two.ttl"), String.format(ctx, "1", 5, "Hello") + String.format(ctx, "1", 9,
                "Hello you") + String.format(ctx, "2", 3, "Hey"));
        assertEquals(List.of("s-1#char=0,5", "s-1#char=0,9", "s-2"),
                EntityGold.read(file).documents().stream().map(EntityGold.Document::doc).toList());
    }

    @Test
    void refusesMissingAndNonNifFiles() throws Exception {
        Path missing = tmp.resolve("none.ttl");
        BadInputException e = assertThrows(BadInputException.class, () -> EntityGold.read(missing));
        assertTrue(e.getMessage().startsWith(missing + ": no such file; expected NIF 2.0 in the OKE task-1 layout"),
                e.getMessage());
        Path empty = Files.writeString(tmp.resolve("empty.ttl"), "<http://a> <http://b> <http://c> .\n");
        e = assertThrows(BadInputException.class, () -> EntityGold.read(empty));
        assertTrue(e.getMessage().startsWith(empty + ": holds no nif:Context with nif:isString;"), e.getMessage());
        Path broken = Files.writeString(tmp.resolve("broken.ttl"), "this is not turtle\n");
        e = assertThrows(BadInputException.class, () -> EntityGold.read(broken));
        assertTrue(e.getMessage().startsWith(broken + ": is not readable RDF"), e.getMessage());
    }
}
