package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.error.BadInputException;
import org.newsgraph.extract.Span;

/** Reading BRAT standoff gold in the PolNeAR layout from our own two-article fixture. */
class AttributionGoldTest {
    static final Path FIXTURE = Path.of("src/test/resources/eval/attribution");

    @TempDir
    Path tmp;

    @Test
    void readsTheFirstAnnotatorsFileOfEachArticle() {
        AttributionGold gold = AttributionGold.read(FIXTURE);
        assertEquals(List.of("alpha", "beta"), List.copyOf(gold.articles().keySet()));
        assertEquals("alpha_a1.ann", gold.articles().get("alpha").annotations().getFileName().toString());
        assertEquals(3, gold.articles().get("alpha").attributions().size(), "alpha_b2.ann (one attribution) is ignored");
        assertEquals(FIXTURE.resolve("text/beta.txt"), gold.articles().get("beta").text());
    }

    @Test
    void readsDiscontinuousContentAndAttributionsWithoutSource() {
        List<Attribution> beta = AttributionGold.read(FIXTURE).articles().get("beta").attributions();
        assertEquals(List.of(new Span(30, 39)), beta.get(0).source());
        assertEquals(List.of(new Span(40, 44)), beta.get(0).cue());
        assertEquals(List.of(new Span(20, 28), new Span(46, 69)), beta.get(0).content());
        assertEquals(List.of(), beta.get(1).source());
        assertEquals(List.of(new Span(71, 90)), beta.get(1).content());
    }

    @Test
    void offsetsAreCodePointsIntoTheText() throws Exception {
        AttributionGold.Document alpha = AttributionGold.read(FIXTURE).articles().get("alpha");
        String text = Files.readString(alpha.text());
        assertEquals("Mayor Ruth Okafor", alpha.attributions().get(0).source().get(0).of(text),
                "the title's emoji counts as one code point");
    }

    @Test
    void firstKeepsArticlesInNameOrder() {
        AttributionGold gold = AttributionGold.read(FIXTURE).first(1);
        assertEquals(List.of("alpha"), List.copyOf(gold.articles().keySet()));
    }

    @Test
    void stemIsEverythingBeforeTheLastUnderscore() {
        assertEquals("cnn_2016-09-10_a-b_c", AttributionGold.stem("cnn_2016-09-10_a-b_c_4e07.ann"));
    }

    @Test
    void refusesAMissingDirectoryNamingItAndTheLayout() {
        Path missing = tmp.resolve("nowhere");
        BadInputException e = assertThrows(BadInputException.class, () -> AttributionGold.read(missing));
        assertTrue(e.getMessage().startsWith(missing + ": no such directory; expected a PolNeAR-style gold directory"
                + " with text/*.txt and attributions/*.ann"), e.getMessage());
    }

    @Test
    void refusesADirectoryWithoutAnnotations() throws Exception {
        Files.createDirectories(tmp.resolve("text"));
        BadInputException e = assertThrows(BadInputException.class, () -> AttributionGold.read(tmp));
        assertTrue(e.getMessage().startsWith(tmp + ": has no attributions/ directory;"), e.getMessage());
        Files.createDirectories(tmp.resolve("attributions"));
        e = assertThrows(BadInputException.class, () -> AttributionGold.read(tmp));
        assertTrue(e.getMessage().contains("holds no .ann files"), e.getMessage());
    }

    @Test
    void refusesAnAnnotationFileWithoutItsText() throws Exception {
        Files.createDirectories(tmp.resolve("text"));
        Path ann = Files.writeString(Files.createDirectories(tmp.resolve("attributions")).resolve("gamma_x1.ann"), "");
        BadInputException e = assertThrows(BadInputException.class, () -> AttributionGold.read(tmp));
        assertTrue(e.getMessage().startsWith(ann + ": has no article text " + tmp.resolve("text/gamma.txt")), e.getMessage());
    }

    @Test
    void refusesAMalformedLineNamingFileAndLine() throws Exception {
        Files.writeString(Files.createDirectories(tmp.resolve("text")).resolve("gamma.txt"), "Some text.");
        Path ann = Files.writeString(Files.createDirectories(tmp.resolve("attributions")).resolve("gamma_x1.ann"),
                "T1\tSource 0 4\tSome\nT2\tContent five 9\ttext\n");
        BadInputException e = assertThrows(BadInputException.class, () -> AttributionGold.read(tmp));
        assertTrue(e.getMessage().startsWith(ann + ":2: is not a BRAT standoff line"), e.getMessage());
    }
}
