package org.newsgraph.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Profile;
import org.newsgraph.source.Article;

/**
 * What claims are about, which are direct and what their content covers, on one original article (an emoji in its
 * headline, so code points and UTF-16 units differ) through the default profile (the JVM's shared pipeline).
 */
class ClaimAboutArticleTest {
    private static final String NAME = "about-ferry-port.txt";
    private static final String TEXT = read();
    private static final Extraction X = new CoreNlpExtractor(Profile.DEFAULT).extract(Article.builder(NAME, TEXT).build());

    @Test
    void anAccusationIsAboutWhomItAccusesAndATellingNotAboutWhomItTells() {
        // "Councillor Marta Kowalczyk accused harbour convener Tobias Engel of hiding the true cost of the new pier."
        Claim accused = at("accused");
        assertEquals("of hiding the true cost of the new pier", content(accused));
        assertEquals(List.of("Tobias Engel"), about(accused));
        // "Engel told the council that the pier would open in 2027." is not about the council, nor about 2027
        assertEquals(List.of(), about(at("told the council")));
    }

    @Test
    void aFewQuotedWordsInsideReportedSpeechAreNoDirectQuote() {
        // "She called the plan “a castle in the air” and said ..."
        Claim called = at("called");
        assertEquals("the plan “a castle in the air”", content(called));
        assertFalse(called.direct());
        assertTrue(at("told reporters").direct());
    }

    @Test
    void aQuoteFoundSentenceBySentenceIsOnePartWhereNothingIsLeftOut() {
        // "“We have planned this for ten years,” he told reporters. “The islands need a modern port. Our ferries ...”"
        assertEquals("We have planned this for ten years, | The islands need a modern port. Our ferries are older than most "
                + "of their passengers.", content(at("told reporters")));
    }

    @Test
    void aQuoteThatRunsOnOverTwoParagraphsIsAllTheClaimsContent() {
        // "“Nobody asked the fishermen ... harbour.¶“We will fight this in court if we have to,” Drever said."
        String content = content(at("said.\n"));
        assertTrue(content.startsWith("“Nobody asked the fishermen what they need."), content);
        assertTrue(content.endsWith("We will fight this in court if we have to,"), content);
    }

    @Test
    void whatAFirstPersonPronounStandsForIsTheSpeakerNotWhatItIsAbout() {
        // "“I have kept every promise I made to this town,” Engel said on Friday.": "I" is Engel, whoever spoke before
        assertEquals(List.of(), about(at("said on Friday")));
    }

    /** The claim whose cue starts the text at {@code cueAndAfter}, its offsets counted in code points. */
    private static Claim at(String cueAndAfter) {
        int at = TEXT.indexOf(cueAndAfter);
        if (at < 0)
            throw new AssertionError("no '" + cueAndAfter + "' in " + NAME);
        int begin = TEXT.codePointCount(0, at);
        return X.claims().stream().filter(c -> c.cue().isPresent() && c.cue().get().begin() == begin).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with its cue at '" + cueAndAfter + "' in " + X.claims()));
    }

    private static String content(Claim c) {
        return String.join(" | ", c.content().stream().map(s -> s.of(TEXT)).toList());
    }

    private static List<String> about(Claim c) {
        return c.aboutIds().stream().map(id -> X.entities().stream().filter(e -> e.id().equals(id)).findFirst()
                .map(Entity::name).orElse(id)).toList();
    }

    private static String read() {
        try (InputStream in = ClaimAboutArticleTest.class.getResourceAsStream("/articles/" + NAME)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
