package org.newsgraph.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.SpeechAct;

/** Content parts made one where nothing is left out between them, on hand-made claims. */
class ContentGapsTest {
    private static Claim claim(List<Span> content) {
        return new Claim(Optional.empty(), Optional.empty(), Optional.empty(), "say", SpeechAct.STATEMENT, content, true,
                false, false, 0, List.of());
    }

    private static List<String> parts(String text, List<Span> content) {
        return ContentGaps.joined(List.of(claim(content)), text).get(0).content().stream().map(s -> s.of(text)).toList();
    }

    @Test
    void partsThatOnlyWhiteSpaceSeparatesAreOne() {
        String t = "“The tide turned early. The boats stayed in,” the skipper said. “Nobody sailed.”";
        int second = t.indexOf("The boats"), third = t.indexOf("Nobody");
        List<Span> content = List.of(new Span(1, second - 1), new Span(second, t.indexOf(",”")),
                new Span(third, third + "Nobody sailed.".length()));
        assertEquals(List.of("The tide turned early. The boats stayed in", "Nobody sailed."), parts(t, content),
                "the words between the second and third part are left out, none between the first two");
    }

    @Test
    void theMarkThatOpensTheNextParagraphOfAQuoteLeavesNothingOut() {
        String t = "“🚢 Nobody asked us.\n\n“We will fight this,” he said.";
        int second = t.codePointCount(0, t.indexOf("We will"));
        Span first = new Span(0, t.codePointCount(0, t.indexOf("\n")));
        assertEquals(List.of("“🚢 Nobody asked us.\n\n“We will fight this"),
                parts(t, List.of(first, new Span(second, second + "We will fight this".length()))));
    }

    @Test
    void aFullStopLeftBetweenTwoSentencesOfAQuoteLeavesNothingOut() {
        String t = "The skipper said: “The pier was promised in 2015. Nothing has happened since.”";
        int first = t.indexOf("The pier"), second = t.indexOf("Nothing");
        assertEquals(List.of("The pier was promised in 2015. Nothing has happened since."), parts(t,
                List.of(new Span(first, t.indexOf(". Nothing")), new Span(second, t.indexOf("”", second)))));
    }

    @Test
    void overlappingPartsAreOne() {
        String t = "The pier will open in 2027, the convener said.";
        assertEquals(List.of("The pier will open in 2027"), parts(t, List.of(new Span(0, 12), new Span(4, 26))));
    }
}
