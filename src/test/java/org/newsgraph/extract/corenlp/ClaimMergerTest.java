package org.newsgraph.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.SpeechAct;

/** Merging quote-annotator claims with reported-speech claims, on hand-made claims. */
class ClaimMergerTest {

    private static Claim claim(Span content, Optional<String> speakerId, Optional<Span> cue, String cueLemma, SpeechAct act,
            boolean direct) {
        return new Claim(Optional.of(new Span(0, 5)), speakerId, cue, cueLemma, act, List.of(content), direct, false, false, 1,
                List.of());
    }

    @Test
    void anOverlappingPairBecomesTheReportedClaimKeptDirect() {
        Claim quote = claim(new Span(10, 50), Optional.of("e1"), Optional.empty(), "\"", SpeechAct.STATEMENT, true);
        Claim reported = claim(new Span(11, 49), Optional.empty(), Optional.of(new Span(52, 56)), "say", SpeechAct.ANNOUNCEMENT,
                false);
        List<Claim> merged = ClaimMerger.mergeClaims(List.of(quote), List.of(reported));
        assertEquals(1, merged.size());
        Claim m = merged.get(0);
        assertTrue(m.direct());
        assertEquals(SpeechAct.ANNOUNCEMENT, m.act());
        assertEquals("say", m.cueLemma());
        assertEquals(List.of(new Span(10, 50)), m.content(), "the reported content lies within the quote: the whole quote is kept");
        assertEquals(Optional.of("e1"), m.speakerEntityId(), "the quote's resolved speaker fills the gap");
    }

    @Test
    void claimsThatDoNotOverlapAreAllKeptInTextOrder() {
        Claim quote = claim(new Span(100, 120), Optional.of("e1"), Optional.empty(), "\"", SpeechAct.STATEMENT, true);
        Claim reported = claim(new Span(10, 40), Optional.of("e2"), Optional.of(new Span(5, 9)), "say", SpeechAct.STATEMENT,
                false);
        List<Claim> merged = ClaimMerger.mergeClaims(List.of(quote), List.of(reported));
        assertEquals(List.of(reported, quote), merged);
    }

    @Test
    void aQuoteNobodyIsFoundToHaveSaidIsDropped() {
        Claim orphan = new Claim(Optional.empty(), Optional.empty(), Optional.empty(), "\"", SpeechAct.STATEMENT,
                List.of(new Span(100, 120)), true, false, false, 1, List.of());
        Claim reported = claim(new Span(10, 40), Optional.of("e2"), Optional.of(new Span(5, 9)), "say", SpeechAct.STATEMENT,
                false);
        assertEquals(List.of(reported), ClaimMerger.mergeClaims(List.of(orphan), List.of(reported)));
    }

    @Test
    void theSameQuoteKeepsTheContentInsideTheQuoteMarks() {
        Claim quote = claim(new Span(11, 49), Optional.of("e1"), Optional.empty(), "\"", SpeechAct.STATEMENT, true);
        Claim reported = claim(new Span(10, 51), Optional.empty(), Optional.of(new Span(52, 56)), "say", SpeechAct.STATEMENT,
                true);
        assertEquals(List.of(new Span(11, 49)), ClaimMerger.mergeClaims(List.of(quote), List.of(reported)).get(0).content());
        Claim longer = claim(new Span(0, 60), Optional.empty(), Optional.of(new Span(62, 66)), "say", SpeechAct.STATEMENT,
                false);
        assertEquals(List.of(new Span(0, 60)), ClaimMerger.mergeClaims(List.of(quote), List.of(longer)).get(0).content());
        Claim part = claim(new Span(30, 50), Optional.empty(), Optional.of(new Span(52, 56)), "say", SpeechAct.STATEMENT,
                true);
        assertEquals(List.of(new Span(11, 49)), ClaimMerger.mergeClaims(List.of(quote), List.of(part)).get(0).content());
    }

    @Test
    void aReportedClaimTakesInEveryQuoteItCovers() {
        // "“We sail at dawn,” the captain said. “Nobody stays behind.”" found as one reported claim over both quotes
        Claim first = claim(new Span(1, 16), Optional.of("e1"), Optional.of(new Span(30, 34)), "say", SpeechAct.STATEMENT, true);
        Claim second = claim(new Span(37, 57), Optional.of("e1"), Optional.of(new Span(30, 34)), "say", SpeechAct.STATEMENT, true);
        Claim reported = new Claim(Optional.of(new Span(18, 29)), Optional.empty(), Optional.of(new Span(30, 34)), "say",
                SpeechAct.STATEMENT, List.of(new Span(0, 17), new Span(36, 58)), true, false, false, 0, List.of());
        List<Claim> merged = ClaimMerger.mergeClaims(List.of(first, second), List.of(reported));
        assertEquals(1, merged.size(), "no second claim with the same cue");
        assertEquals(Optional.of(new Span(18, 29)), merged.get(0).speaker());
    }

    @Test
    void aQuoteWithAClaimedCueJoinsThatClaim() {
        Claim reported = claim(new Span(0, 17), Optional.of("e1"), Optional.of(new Span(30, 34)), "say", SpeechAct.WARNING, true);
        Claim later = claim(new Span(37, 57), Optional.of("e1"), Optional.of(new Span(30, 34)), "say", SpeechAct.STATEMENT, true);
        Claim elsewhere = claim(new Span(80, 99), Optional.of("e2"), Optional.of(new Span(70, 75)), "tell", SpeechAct.STATEMENT, true);
        List<Claim> merged = ClaimMerger.mergeClaims(List.of(later, elsewhere), List.of(reported));
        assertEquals(2, merged.size());
        assertEquals(List.of(new Span(0, 17), new Span(37, 57)), merged.get(0).content());
        assertEquals(SpeechAct.WARNING, merged.get(0).act(), "the reported claim's act stays");
        assertEquals(elsewhere, merged.get(1));
    }

    @Test
    void aQuoteWithoutCueWhoseSpeakerIsAClaimsSpeakerJoinsThatClaim() {
        // "“A.” / “B,” said Caddell, speaking of …": the quote annotator gives A to Caddell, with no cue
        Claim reported = new Claim(Optional.of(new Span(60, 67)), Optional.empty(), Optional.of(new Span(55, 59)), "say",
                SpeechAct.STATEMENT, List.of(new Span(30, 52)), true, false, false, 2, List.of());
        Claim before = new Claim(Optional.of(new Span(60, 67)), Optional.empty(), Optional.empty(), "\u201c",
                SpeechAct.STATEMENT, List.of(new Span(1, 27)), true, false, false, 1, List.of());
        Claim other = new Claim(Optional.of(new Span(90, 95)), Optional.empty(), Optional.empty(), "\u201c",
                SpeechAct.STATEMENT, List.of(new Span(100, 120)), true, false, false, 3, List.of());
        List<Claim> merged = ClaimMerger.mergeClaims(List.of(before, other), List.of(reported));
        assertEquals(2, merged.size(), merged::toString);
        assertEquals(List.of(new Span(1, 27), new Span(30, 52)), merged.get(0).content());
        assertEquals(Optional.of(new Span(55, 59)), merged.get(0).cue());
        assertEquals(other, merged.get(1), "a quote of another speaker mention stays its own");
        // a name inside another mention ("White House" in "a White House official") is not that mention
        Claim inside = new Claim(Optional.of(new Span(62, 65)), Optional.empty(), Optional.empty(), "\u201c",
                SpeechAct.STATEMENT, List.of(new Span(1, 27)), true, false, false, 1, List.of());
        assertEquals(2, ClaimMerger.mergeClaims(List.of(inside), List.of(reported)).size());
    }

    @Test
    void aQuoteOfAFewWordsInsideReportedSpeechLeavesItIndirect() {
        // "She called the plan “a castle in the air” and ...": the quote annotator's quote is part of what is reported
        Claim quote = claim(new Span(23, 41), Optional.of("e1"), Optional.empty(), "\u201c", SpeechAct.STATEMENT, true);
        Claim reported = claim(new Span(11, 42), Optional.of("e1"), Optional.of(new Span(4, 10)), "call", SpeechAct.STATEMENT,
                false);
        Claim m = ClaimMerger.mergeClaims(List.of(quote), List.of(reported)).get(0);
        assertEquals(List.of(new Span(11, 42)), m.content());
        assertFalse(m.direct());
    }

    @Test
    void eachReportedPartInsideAQuoteBecomesTheWholeQuote() {
        // "“We never gave up. We trained every morning,” Doherty said. “The girls deserved this.”": the finder has the
        // second sentence's part of the first quote and the second quote with its marks
        Claim first = claim(new Span(1, 44), Optional.of("e1"), Optional.of(new Span(55, 59)), "say", SpeechAct.STATEMENT, true);
        Claim second = claim(new Span(62, 85), Optional.empty(), Optional.empty(), "\u201c", SpeechAct.STATEMENT, true);
        Claim reported = new Claim(Optional.of(new Span(47, 54)), Optional.of("e1"), Optional.of(new Span(55, 59)), "say",
                SpeechAct.STATEMENT, List.of(new Span(19, 45), new Span(61, 86)), true, false, false, 0, List.of("e2"));
        Claim m = ClaimMerger.mergeClaims(List.of(first, second), List.of(reported)).get(0);
        assertEquals(List.of(new Span(1, 44), new Span(62, 85)), m.content(), "both quotes whole, inside their marks");
        assertTrue(m.direct());
    }

    @Test
    void theMergedClaimIsAboutWhatEveryQuoteItTakesInIsAbout() {
        Claim quote = new Claim(Optional.of(new Span(0, 5)), Optional.of("e1"), Optional.empty(), "\u201c", SpeechAct.STATEMENT,
                List.of(new Span(10, 50)), true, false, false, 1, List.of("e3", "e4"));
        Claim reported = new Claim(Optional.of(new Span(0, 5)), Optional.of("e1"), Optional.of(new Span(52, 56)), "say",
                SpeechAct.ACCUSATION, List.of(new Span(11, 49)), true, false, false, 1, List.of("e2", "e3"));
        assertEquals(List.of("e2", "e3", "e4"), ClaimMerger.mergeClaims(List.of(quote), List.of(reported)).get(0).aboutIds());
    }

    @Test
    void aQuoteSpeakerInsideTheReportedContentIsNotWhoSaysIt() {
        // "The harbour board said Engel was “living in the past.”": the quote annotator gives the quote to Engel
        String t = "The harbour board said Engel was “living in the past.”";
        Span engel = new Span(t.indexOf("Engel"), t.indexOf("Engel") + 5);
        Claim quote = new Claim(Optional.of(engel), Optional.of("engel"), Optional.empty(), "\u201c", SpeechAct.STATEMENT,
                List.of(new Span(t.indexOf("living"), t.indexOf("”"))), true, false, false, 0, List.of());
        Claim reported = new Claim(Optional.of(new Span(0, 16)), Optional.empty(), Optional.of(new Span(17, 21)), "say",
                SpeechAct.STATEMENT, List.of(new Span(engel.begin(), t.length())), false, false, false, 0, List.of("engel"));
        Claim m = ClaimMerger.mergeClaims(List.of(quote), List.of(reported)).get(0);
        assertEquals(Optional.of(new Span(0, 16)), m.speaker());
        assertEquals(Optional.empty(), m.speakerEntityId(), "the board, which no entity stands for, not Engel");
    }
}
