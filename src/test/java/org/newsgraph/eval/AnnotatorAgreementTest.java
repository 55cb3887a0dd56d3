package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.error.BadInputException;

/** The second annotator scored against the first, on our fixture (figures worked out by hand from its .ann files). */
class AnnotatorAgreementTest {
    @TempDir
    Path tmp;

    @Test
    void onlyArticlesAnnotatedTwiceCount() {
        // alpha_b2.ann marks one attribution, without a cue, whose content overlaps none of alpha_a1.ann's three
        AnnotatorAgreement a = AnnotatorAgreement.of(AttributionGoldTest.FIXTURE);
        assertEquals(1, a.articles(), "beta has one annotator's file");
        assertEquals(3, a.score().gold());
        assertEquals(1, a.score().predicted());
        assertEquals(0.0, a.score().content().recall());
        assertEquals(0.0, a.score().cue().recall());
    }

    @Test
    void aSecondAnnotatorWhoKeepsOneOfTwoAttributions() throws Exception {
        Path gold = copy();
        // beta_c3.ann keeps beta_a1.ann's first attribution ("officials said") and leaves out "it was reported"
        Files.writeString(gold.resolve("attributions/beta_c3.ann"), String.join("\n",
                "T1\tSource 30 39\tofficials", "T2\tCue 40 44\tsaid", "T3\tContent 46 69\twould cut costs by half",
                "T4\tAttribution 40 44\tsaid", "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1", ""));
        AnnotatorAgreement a = AnnotatorAgreement.of(gold);
        assertEquals(2, a.articles());
        AttributionScore s = a.score();
        assertEquals(5, s.gold(), "alpha's three and beta's two, from the first files");
        assertEquals(2, s.predicted(), "alpha_b2's one and beta_c3's one");
        assertEquals(0.5, s.content().precision(), 1e-9);
        assertEquals(0.2, s.content().recall(), 1e-9);
        assertEquals(1.0, s.cue().precision(), 1e-9, "alpha_b2's attribution has no cue, so it is not counted for cues");
        assertEquals(0.2, s.cue().recall(), 1e-9);
        assertEquals(0.5, s.whoSaid().precision(), 1e-9);
        assertEquals(2.0 * 23 / (23 + 31), s.boundary(), 1e-9, "23 of the gold content's 8 + 23 characters");
    }

    @Test
    void refusesADirectoryWithoutTheLayout() {
        assertThrows(BadInputException.class, () -> AnnotatorAgreement.of(tmp.resolve("nowhere")));
    }

    private Path copy() throws Exception {
        Path gold = tmp.resolve("gold");
        try (Stream<Path> files = Files.walk(AttributionGoldTest.FIXTURE)) {
            for (Path p : files.toList()) {
                Path to = gold.resolve(AttributionGoldTest.FIXTURE.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(to);
                else
                    Files.copy(p, to);
            }
        }
        return gold;
    }
}
