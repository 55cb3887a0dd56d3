package org.newsgraph.extract.corenlp;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.CodePoints;
import org.newsgraph.extract.SpeechAct;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.corenlp.ParsedClaims.*;

/**
 * Attributions the layout or a broken parse hides from the cue rules: quotes signed with a dash ({@link DashBylines}),
 * the speakers' labels of a transcript quoted paragraph by paragraph, participles that are adjectives of the lexicon,
 * trailing and inverted "said" the parse lost ({@link TrailingCues}) and polls after the clause they speak for. One
 * original text each; where the cue model decides, the rules' matches are read before it weighs them.
 */
class LayoutCuesTest {
    /** The one match whose cue reads {@code cue}. */
    private static Claim match(String text, String cue) {
        List<Claim> found = matches(text).stream().filter(c -> cue(c, text).equals(cue)).toList();
        assertEquals(1, found.size(), () -> "matches with cue '" + cue + "' in: " + text + "\n" + matches(text));
        return found.get(0);
    }

    @Test
    void quotesSignedWithADash() {
        String t = "Readers told us what they think of the new bridge.\n\n"
                + "“It cut my drive to work in half. I never want to take the ferry again.” \u2015 Marta Quintal\n"
                + "“The tolls are far too high for families like mine.”\u2015 Joaquim de Sousa Serra\u00a0\n"
                + "”It is beautiful at night, but the buses have not changed.” \u2015 Ana Braga.\n\n"
                + "The council will review the tolls in May.";
        List<Claim> signed = claims(t).stream().filter(c -> c.cueLemma().equals("\u2015")).toList();
        assertEquals(3, signed.size(), signed::toString);
        check(signed.get(0), t, "Marta Quintal", "\u2015",
                "It cut my drive to work in half. I never want to take the ferry again.", SpeechAct.STATEMENT);
        check(signed.get(1), t, "Joaquim de Sousa Serra", "\u2015", "The tolls are far too high for families like mine.",
                SpeechAct.STATEMENT);
        // a closing mark where the opening one should be still opens the quote
        check(signed.get(2), t, "Ana Braga", "\u2015", "It is beautiful at night, but the buses have not changed.",
                SpeechAct.STATEMENT);
        assertTrue(signed.stream().allMatch(Claim::direct));
    }

    @Test
    void aDashParagraphSignsTheQuoteParagraphBeforeIt() {
        String t = "Claim one.\n\n\"The harbour brings in more money than the factory ever did.\"\n\n- Ferreira.\n\nThat is wrong.\n\n"
                + "Claim two.\n\n\"We were never asked about the new tolls.\"\n\n-Marta Reis, a teacher at the harbour school\n\nThat is right.";
        List<Claim> signed = claims(t).stream().filter(x -> x.cueLemma().equals("-")).toList();
        assertEquals(2, signed.size(), signed::toString);
        check(signed.get(0), t, "Ferreira", "-", "The harbour brings in more money than the factory ever did.", SpeechAct.STATEMENT);
        // a role after the name and a comma is the signer's, not a second name
        check(signed.get(1), t, "Marta Reis", "-", "We were never asked about the new tolls.", SpeechAct.STATEMENT);
    }

    @Test
    void dashesThatSignNothing() {
        // a dash before words that do not end the line, and a dash that is not after a quote
        String t = "“We will rebuild the pier” \u2014 and the town did, within a year.\n"
                + "The ferry \u2014 the town's pride \u2014 sails at noon.\n"
                + "“The pier is open” \u2014 Mayor Lopes said so on Monday, and the crowd cheered.\n"
                // a reading list, a slogan with a photo credit: titles signed by their authors are no claims
                + "“Becoming” \u2014 Michelle Obama\n"
                + "“The Harbour Years” \u2013 Tara Westover\n"
                + "Fishermen held signs reading “Save the Pier” \u2013 Getty Images";
        assertTrue(DashBylines.find(parse(t).annotation().get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class),
                t, new CodePoints(t), EntityLookup.NONE).isEmpty());
    }

    @Test
    void speakersLabelsOfAQuotedTranscript() {
        String t = "Partial transcript as follows:\n\n"
                + "\"MARQUES: Will the pier open in May, as the council promised?\n\n"
                + "\"SOUSA: Yes, the pier will open in May, and the ferry will sail again.\n\n"
                + "\"MARQUES: Thank you.\"";
        List<Claim> turns = matches(t).stream().filter(x -> cue(x, t).equals(":")).toList();
        assertEquals(List.of("MARQUES", "SOUSA", "MARQUES"), turns.stream().map(x -> speaker(x, t)).toList());
        check(turns.get(1), t, "SOUSA", ":", "Yes, the pier will open in May, and the ferry will sail again", SpeechAct.STATEMENT);
        // the question has a label too, but what is said inside the turn stays the speaker's own ("promised")
        assertTrue(matches(t).stream().noneMatch(x -> x.cueLemma().equals("promise")));
    }

    @Test
    void aParticipleThatIsAnAdjectiveOfTheLexicon() {
        String t = "Protesters were frustrated that the city released only part of the video.";
        Claim c = match(t, "frustrated");
        assertEquals("Protesters", speaker(c, t));
        assertTrue(content(c, t).contains("the city released only part of the video"), content(c, t));
        assertEquals(SpeechAct.BELIEF, c.act());
    }

    @Test
    void trailingCueBeforeASubordinateClause() {
        String t = "The ruling is an insult to every farmer, regional leaders said Friday afternoon, as they gathered in the square.";
        Claim c = match(t, "said");
        assertEquals("regional leaders", speaker(c, t));
        // the parse hangs "to every farmer" from "said"; what the leaders said is the clause, not why they gathered
        assertTrue(content(c, t).startsWith("The ruling is an insult"), content(c, t));
        assertTrue(!content(c, t).contains("gathered"), content(c, t));
    }

    @Test
    void invertedTrailingCue() {
        String t = "The plan would cut costs for most families, but for some the losses would outstrip the gains, said Hartley.";
        Claim c = match(t, "said");
        assertEquals("Hartley", speaker(c, t));
        assertTrue(content(c, t).startsWith("The plan would cut costs"), content(c, t));
        assertTrue(!content(c, t).contains("Hartley"), content(c, t));
    }

    @Test
    void pollAfterTheClauseItSpeaksFor() {
        String t = "The mayor leads her rival by nine points in a new Harbour Gazette poll.";
        Claim c = match(t, "in");
        assertEquals("a new Harbour Gazette poll", speaker(c, t));
        assertTrue(content(c, t).contains("The mayor leads her rival by nine points"), content(c, t));
    }

    /** The parts {@link TrailingCues} reads off the words at the first token {@code word} of the first sentence. */
    private static java.util.Optional<ClaimParts.Parts> trailing(String text, String word) {
        AttributionTree tree = firstTree(text);
        return TrailingCues.find(tree, tokenOf(tree, word));
    }

    @Test
    void trailingSpeakersJoinedByAConjunction() {
        String t = "Agents knew the files were classified, current and former officials said.";
        var p = trailing(t, "said").orElseThrow();
        assertEquals(List.of(7, 8, 9, 10), p.speaker().stream().boxed().toList());
        // ", and officials said": the conjunction is not the speaker's
        String u = "The files were classified and the agents knew it, and officials said.";
        var q = trailing(u, "said").orElseThrow();
        assertEquals("officials", parse(u).sentences().get(0).tokens().get(q.speaker().nextSetBit(0)).word());
        assertEquals(1, q.speaker().cardinality());
    }

    @Test
    void aNameTheTaggerTookForAVerb() {
        String t = "“There are management issues stemming from ignorance of technology,” Shook said.";
        var tags = parse(t).sentences().get(0).posTags();
        org.junit.jupiter.api.Assumptions.assumeTrue(tags.get(tags.size() - 3).startsWith("VB"),
                () -> "the tagger took 'Shook' for a name here: " + tags);
        var p = trailing(t, "said").orElseThrow();
        assertEquals(1, p.speaker().cardinality());
    }

    @Test
    void newsroomLabelsAreNoSpeakers() {
        String t = "The council met.\n\n\"UPDATE: The bridge will reopen on Monday, the council said.\n\n\"Q: Will the ferry sail?";
        assertTrue(matches(t).stream().noneMatch(c -> cue(c, t).equals(":")), () -> matches(t).toString());
    }

    @Test
    void pollsAndStudiesThatSpeakForNothing() {
        String t = "More than 500 people took part in the study.";
        assertTrue(matches(t).stream().noneMatch(c -> cue(c, t).equals("in")), () -> matches(t).toString());
        String u = "Despite her lead in the polls, the mayor is campaigning hard in the harbour district.";
        assertTrue(matches(u).stream().noneMatch(c -> cue(c, u).equals("in")), () -> matches(u).toString());
    }

    @Test
    void anObjectAfterACommaIsNoInvertedSpeaker() {
        String t = "The senator denied any wrongdoing, blamed Democrats.";
        assertTrue(trailing(t, "blamed").isEmpty());
        String u = "The governor listened quietly for an hour, said nothing.";
        assertTrue(trailing(u, "said").isEmpty());
    }

    @Test
    void aParticipleWithAnObjectIsAVerb() {
        String t = "The council has concerned itself with whether the pier is safe.";
        assertTrue(matches(t).stream().noneMatch(c -> cue(c, t).equals("concerned")), () -> matches(t).toString());
    }
}
