package org.newsgraph.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionKind;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.SpeechAct;

/** What finished claims are about, on hand-made claims and mentions. */
class AboutEntitiesTest {
    // "“Nobody asked Engel. I asked the council,” Drever said. “Stromness deserves better.”"
    private static final String TEXT = "“Nobody asked Engel. I asked the council,” Drever said. “Stromness deserves better.”";

    private static Mention mention(String words, MentionKind kind, String entity) {
        int at = TEXT.indexOf(words);
        return new Mention(new Span(at, at + words.length()), words, 0, kind, entity);
    }

    private static final List<Mention> MENTIONS = List.of(mention("Engel", MentionKind.NAME, "engel"),
            mention("I", MentionKind.PRONOUN, "engel"), mention("council", MentionKind.NOMINAL, "council"),
            mention("Drever", MentionKind.NAME, "drever"), mention("Stromness", MentionKind.NAME, "stromness"));

    private static Span span(String words) {
        int at = TEXT.indexOf(words);
        return new Span(at, at + words.length());
    }

    private static List<String> about(List<Span> content, List<String> found, Optional<String> speaker) {
        Claim c = new Claim(Optional.of(span("Drever")), speaker, Optional.of(span("said")), "say", SpeechAct.STATEMENT,
                content, true, false, false, 0, found);
        return AboutEntities.of(List.of(c), MENTIONS).get(0).aboutIds();
    }

    @Test
    void everyPartOfTheContentCountsWhicheverFinderFoundIt() {
        // the finder saw only the first quote; the second joined the claim later
        assertEquals(List.of("engel", "council", "stromness"), about(List.of(span("Nobody asked Engel. I asked the council"),
                span("Stromness deserves better.")), List.of("engel"), Optional.of("drever")));
    }

    @Test
    void neitherTheSpeakerNorWhatOnlyAFirstPersonPronounStandsForIsWhatItIsAbout() {
        // coreference joined "I" to Engel: it is Drever who speaks, and Engel only where he is named
        assertEquals(List.of("council"), about(List.of(span("I asked the council")), List.of(), Optional.of("drever")));
        assertEquals(List.of("engel", "council"), about(List.of(span("Nobody asked Engel. I asked the council")), List.of(),
                Optional.of("drever")));
        assertEquals(List.of(), about(List.of(span("Drever said")), List.of("drever"), Optional.of("drever")));
    }

    @Test
    void whomTheFinderFoundOutsideTheContentStays() {
        // "X accused Y of Z": the finder adds Y, which is outside the content
        assertEquals(List.of("engel", "stromness"), about(List.of(span("Stromness deserves better.")), List.of("engel"),
                Optional.of("drever")));
    }
}
