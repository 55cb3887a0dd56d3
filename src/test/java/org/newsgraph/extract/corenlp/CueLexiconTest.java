package org.newsgraph.extract.corenlp;

import org.junit.jupiter.api.Test;
import org.newsgraph.error.NewsGraphException;
import org.newsgraph.extract.SpeechAct;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CueLexiconTest {
    @Test
    void standardLexiconMapsTheDocumentedActs() {
        CueLexicon l = CueLexicon.standard();
        assertEquals(Optional.of(SpeechAct.STATEMENT), l.act("say", CueLexicon.Kind.VERB));
        assertEquals(Optional.of(SpeechAct.ANNOUNCEMENT), l.act("announce", CueLexicon.Kind.VERB));
        assertEquals(Optional.of(SpeechAct.ACCUSATION), l.act("accuse", CueLexicon.Kind.VERB));
        assertEquals(Optional.of(SpeechAct.DENIAL), l.act("deny", CueLexicon.Kind.VERB));
        assertEquals(Optional.of(SpeechAct.PROMISE), l.act("promise", CueLexicon.Kind.VERB));
        assertEquals(Optional.of(SpeechAct.WARNING), l.act("warn", CueLexicon.Kind.VERB));
        assertEquals(Optional.of(SpeechAct.BELIEF), l.act("believe", CueLexicon.Kind.VERB));
        assertEquals(Optional.of(SpeechAct.QUESTION), l.act("ask", CueLexicon.Kind.VERB));
        assertEquals(Optional.of(SpeechAct.REPORT), l.act("learn", CueLexicon.Kind.VERB));
        assertEquals(Optional.of(SpeechAct.STATEMENT), l.act("claim", CueLexicon.Kind.NOUN));
        assertTrue(l.act("eat", CueLexicon.Kind.VERB).isEmpty());
    }

    @Test
    void cuesAddedFromTheErrorAnalysisKeepTheirActs() {
        CueLexicon l = CueLexicon.standard();
        assertEquals(Optional.of(SpeechAct.DENIAL), l.act("rebut", CueLexicon.Kind.VERB));
        assertEquals(Optional.of(SpeechAct.DENIAL), l.act("downplay", CueLexicon.Kind.VERB));
        assertEquals(Optional.of(SpeechAct.ACCUSATION), l.act("insult", CueLexicon.Kind.VERB));
        assertEquals(Optional.of(SpeechAct.BELIEF), l.act("envision", CueLexicon.Kind.VERB));
        assertEquals(Optional.of(SpeechAct.ANNOUNCEMENT), l.act("disclosure", CueLexicon.Kind.NOUN));
        assertEquals(Optional.of(SpeechAct.BELIEF), l.act("doubt", CueLexicon.Kind.NOUN));
        assertTrue(l.act("rebut", CueLexicon.Kind.NOUN).isEmpty(), "verbs and nouns stay apart");
    }

    @Test
    void adjectivesAreAKindOfTheirOwn() throws Exception {
        CueLexicon l = CueLexicon.standard();
        assertEquals(Optional.of(SpeechAct.ACCUSATION), l.act("critical", CueLexicon.Kind.ADJECTIVE));
        assertEquals(Optional.of(SpeechAct.BELIEF), l.act("confident", CueLexicon.Kind.ADJECTIVE));
        assertTrue(l.act("critical", CueLexicon.Kind.VERB).isEmpty());
        var in = new ByteArrayInputStream("wary\tA\tBELIEF\n".getBytes(StandardCharsets.UTF_8));
        CueLexicon read = CueLexicon.read(in);
        assertEquals(Optional.of(SpeechAct.BELIEF), read.act("Wary", CueLexicon.Kind.ADJECTIVE));
        assertTrue(read.act("wary", CueLexicon.Kind.NOUN).isEmpty());
    }

    @Test
    void unknownActIsRefusedWithItsLine() throws Exception {
        var in = new ByteArrayInputStream("# cues\nsay\tV\tSHOUTING\n".getBytes(StandardCharsets.UTF_8));
        NewsGraphException e = assertThrows(NewsGraphException.class, () -> CueLexicon.read(in));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("SHOUTING"), e.getMessage());
    }

    @Test
    void malformedLineIsRefused() {
        var in = new ByteArrayInputStream("say STATEMENT\n".getBytes(StandardCharsets.UTF_8));
        assertThrows(NewsGraphException.class, () -> CueLexicon.read(in));
    }
}
