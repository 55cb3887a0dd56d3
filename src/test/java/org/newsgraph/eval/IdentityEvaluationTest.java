package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraph;
import org.newsgraph.error.BadInputException;
import org.newsgraph.extract.EntityType;

/** Identity gold in the MEANTIME layout (our own two-article fixture) and the identity metric, by hand. */
public class IdentityEvaluationTest {
    static final Path FIXTURE = Path.of("src/test/resources/eval/identity");
    private static final double EPS = 1e-9;

    @TempDir
    Path tmp;

    /** Dana Reyes named the same in both articles; Lumen Corp's second article entity under another name. */
    public static ScriptedExtractor extractor() {
        return new ScriptedExtractor()
                .mention("hired", "Lumen Corp", EntityType.ORGANIZATION, "Lumen Corp", null)
                .mention("hired", "Dana Reyes", EntityType.PERSON, "Dana Reyes", null)
                .mention("left", "Dana Reyes", EntityType.PERSON, "Dana Reyes", null)
                .mention("left", "Lumen Corp", EntityType.ORGANIZATION, "Halcyon Group", null);
    }

    @Test
    void scoresEntitiesReadBackFromOneStore() {
        IdentityGold gold = IdentityGold.read(FIXTURE);
        assertEquals(List.of("a", "b"), List.copyOf(gold.texts().keySet()));
        List<IdentityScorer.Mention> predicted;
        try (NewsGraph ng = NewsGraph.builder().inMemory().extractor(extractor()).build()) {
            predicted = new IdentityEvaluation(ng).predict(gold, r -> assertTrue(!r.failed(), r.message()));
        }
        assertEquals(4, predicted.size());
        IdentityScorer.IdentityScore s = IdentityScorer.score(gold.mentions(), predicted);
        assertEquals(6, s.mentions());
        assertEquals(4.0 / 6, s.found(), EPS); // "Reyes" and "Lumen" in a are not predicted
        assertEquals(1.0, s.b3().precision(), EPS);
        assertEquals((1 + 2 + 1 + 1 + 2 + 1) / 3.0 / 6, s.b3().recall(), EPS);
        assertEquals(4, s.goldPairs());
        assertEquals(1.0, s.xdoc().precision(), EPS); // Dana Reyes across a and b
        assertEquals(0.25, s.xdoc().recall(), EPS);
        assertEquals(0.4, s.xdoc().f1(), EPS);
    }

    @Test
    void mostOverlapThenClosestLengthThenFirstWins() {
        List<IdentityScorer.Mention> gold = List.of(new IdentityScorer.Mention("d", 0, 10, "x"),
                new IdentityScorer.Mention("e", 0, 10, "x"));
        List<IdentityScorer.Mention> pred = List.of(new IdentityScorer.Mention("d", 0, 20, "wide"),
                new IdentityScorer.Mention("d", 0, 10, "exact"), new IdentityScorer.Mention("d", 0, 10, "later"),
                new IdentityScorer.Mention("e", 0, 10, "exact"));
        IdentityScorer.IdentityScore s = IdentityScorer.score(gold, pred);
        assertEquals(1.0, s.xdoc().f1(), EPS, "both gold mentions take 'exact'");
    }

    @Test
    void refusesGoldWithoutItsTexts() throws Exception {
        Files.writeString(tmp.resolve("gold.tsv"), "a\t0\t4\tPER\tx\n");
        BadInputException e = assertThrows(BadInputException.class, () -> IdentityGold.read(tmp));
        assertTrue(e.getMessage().startsWith(tmp + ": has no texts/ directory; expected a MEANTIME-style gold directory"),
                e.getMessage());
        Files.createDirectories(tmp.resolve("texts"));
        e = assertThrows(BadInputException.class, () -> IdentityGold.read(tmp));
        assertTrue(e.getMessage().startsWith(tmp.resolve("gold.tsv") + ":1: names document a but "), e.getMessage());
    }
}
