package org.newsgraph.extract.corenlp;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.SpeechAct;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.corenlp.ParsedClaims.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One original sentence per attribution pattern, parsed by one shared CoreNLP pipeline. */
class ClaimFinderTest {
    @Test
    void saidThat() {
        String t = "The harbour master said that the ferry would resume sailing in March.";
        check(claim(t, "say"), t, "The harbour master", "said", "that the ferry would resume sailing in March",
                SpeechAct.STATEMENT);
    }

    @Test
    void aCueVerbWithOnlyAPrepositionalObjectReportsThatObject() {
        String t = "The senator railed against the new toll on the coastal highway.";
        check(claim(t, "rail"), t, "The senator", "railed", "the new toll on the coastal highway", SpeechAct.ACCUSATION);
        // a place is not what was said
        String u = "The ferry captain spoke at the harbour festival.";
        assertTrue(claims(u, EntityLookup.NONE).isEmpty(), () -> claims(u, EntityLookup.NONE).toString());
    }

    @Test
    void stanceAdjectivesWithWhatTheyAreAbout() {
        String t = "The harbour master was critical of the new ferry timetable.";
        check(claim(t, "critical"), t, "The harbour master", "was critical", "the new ferry timetable", SpeechAct.ACCUSATION);
        String u = "The mayor is confident that the bridge will reopen in June.";
        Claim c = claim(u, "confident");
        assertEquals("The mayor", speaker(c, u));
        assertEquals(SpeechAct.BELIEF, c.act());
        assertTrue(content(c, u).contains("the bridge will reopen in June"), content(c, u));
        // an adjective with nothing it is about attributes nothing
        String v = "Engineers repaired a critical section of the old bridge.";
        assertTrue(claims(v, EntityLookup.NONE).stream().noneMatch(x -> x.cueLemma().equals("critical")),
                () -> claims(v, EntityLookup.NONE).toString());
    }

    @Test
    void aCueNounWithATopicOtherThanOfOrAClauseAfterACopula() {
        String t = "The union's opposition to the new ferry timetable surprised the council.";
        assertEquals("the new ferry timetable", content(claim(t, "opposition"), t));
        String u = "Another complaint is that the ferry leaves too early.";
        Claim c = claim(u, "complaint");
        assertEquals(SpeechAct.ACCUSATION, c.act());
        assertEquals("that the ferry leaves too early", content(c, u));
    }

    @Test
    void aPollShareSaysWhatFollowsIt() {
        // a share of a poll before "say" is often parsed with "say" hanging from the clause it reports
        String t = "Nine in ten ferry passengers say the new timetable is worse than the old one.";
        Claim c = claim(t, "say");
        assertEquals("the new timetable is worse than the old one", content(c, t));
        assertTrue(speaker(c, t).startsWith("Nine"), speaker(c, t));
    }

    @Test
    void trailingSaid() {
        String t = "The ferry will resume sailing in March, the harbour master said.";
        Claim c = claim(t, "say");
        check(c, t, "the harbour master", "said", "The ferry will resume sailing in March", SpeechAct.STATEMENT);
        assertFalse(c.direct());
    }

    @Test
    void aSentenceClosingCueHungInsideWhatItReports() {
        // the parse hangs "said" from "repairs" (first sentence) or from "warned" (second): the board's claim is the
        // whole clause before the comma, and the inspectors' warning stops at that comma
        String t = "Inspectors checking the old ferry pier at Harwick have warned that it needs urgent repairs, the harbour board said on Friday. "
                + "Divers surveying the wreck near the harbour mouth have warned that it blocks the channel, the port authority said on Monday.";
        List<Claim> all = claims(t, EntityLookup.NONE);
        List<String> said = all.stream().filter(c -> c.cueLemma().equals("say")).map(c -> speaker(c, t) + " | " + content(c, t)).toList();
        assertEquals(List.of("the harbour board | Inspectors checking the old ferry pier at Harwick have warned that it needs urgent repairs",
                "the port authority | Divers surveying the wreck near the harbour mouth have warned that it blocks the channel"), said);
        List<String> warned = all.stream().filter(c -> c.cueLemma().equals("warn")).map(c -> content(c, t)).toList();
        assertEquals(List.of("that it needs urgent repairs", "that it blocks the channel"), warned);
    }

    @Test
    void aVerdictSetOffAfterAClaimIsAboutThatClaim() {
        // "a claim (which) the union rejected" stands for what the mayor said: the union speaks, about that
        for (String t : List.of("The harbour master said the port was losing money, a claim the dockers' union rejected.",
                "The harbour master said the port was losing money, a claim which the dockers' union rejected.")) {
            Claim c = claim(t, "reject");
            assertEquals("the dockers' union", speaker(c, t), t);
            assertEquals("the port was losing money", content(c, t), t);
            assertEquals(SpeechAct.DENIAL, c.act());
        }
    }

    @Test
    void aSecondPredicateOfTheSpeakerIsNotPartOfWhatTheFirstReports() {
        String t = "The minister said the harbour would soon reopen and praised the divers who cleared it.";
        assertEquals("the harbour would soon reopen", content(claim(t, "say"), t));
        String u = "The mayor accused the ferry company of raising fares to cover its losses and called on the council to cap them.";
        assertFalse(content(claim(u, "accuse"), u).contains("called"), content(claim(u, "accuse"), u));
        assertEquals("The mayor", speaker(claim(u, "call"), u));
        // a second clause with "that" and one with a subject of its own are still what was said
        String v = "The minister said the harbour would reopen and that the divers had cleared it.";
        assertEquals("the harbour would reopen and that the divers had cleared it", content(claim(v, "say"), v));
        String w = "The minister said the harbour would reopen but the ferries stayed in port.";
        assertEquals("the harbour would reopen but the ferries stayed in port", content(claim(w, "say"), w));
    }

    @Test
    void accordingTo() {
        String t = "According to the port authority, the ferry will resume sailing in March.";
        check(claim(t, "according to"), t, "the port authority", "According to",
                "the ferry will resume sailing in March", SpeechAct.REPORT);
    }

    @Test
    void toldReporters() {
        String t = "Ingrid Solberg told reporters that the council vote had been postponed.";
        check(claim(t, "tell"), t, "Ingrid Solberg", "told", "that the council vote had been postponed",
                SpeechAct.STATEMENT);
    }

    @Test
    void accusedOf() {
        String t = "The dockworkers' union accused the shipping company of hiding safety inspections.";
        check(claim(t, "accuse"), t, "The dockworkers' union", "accused", "of hiding safety inspections",
                SpeechAct.ACCUSATION);
    }

    @Test
    void denied() {
        String t = "The shipping company denied that it had hidden any inspections.";
        check(claim(t, "deny"), t, "The shipping company", "denied", "that it had hidden any inspections",
                SpeechAct.DENIAL);
    }

    @Test
    void hasLearned() {
        String t = "The Harbour Gazette has learned that the shipyard will close next year.";
        check(claim(t, "learn"), t, "The Harbour Gazette", "has learned", "that the shipyard will close next year",
                SpeechAct.REPORT);
    }

    @Test
    void possessiveClaim() {
        String t = "The mayor's claim that the harbour budget was balanced drew sharp criticism.";
        check(claim(t, "claim"), t, "The mayor", "claim", "that the harbour budget was balanced", SpeechAct.STATEMENT);
    }

    @Test
    void promisedTo() {
        String t = "The shipyard promised to repay every stranded passenger.";
        check(claim(t, "promise"), t, "The shipyard", "promised", "to repay every stranded passenger", SpeechAct.PROMISE);
    }

    @Test
    void warned() {
        String t = "Coast guard officials warned that the storm could flood the lower harbour.";
        check(claim(t, "warn"), t, "Coast guard officials", "warned", "that the storm could flood the lower harbour",
                SpeechAct.WARNING);
    }

    @Test
    void negated() {
        String t = "The harbour master did not say whether the ferry fares would rise.";
        Claim c = claim(t, "say");
        check(c, t, "The harbour master", "did not say", "whether the ferry fares would rise", SpeechAct.STATEMENT);
        assertTrue(c.negated());
        assertFalse(c.hedged());
        // a verb of saying held back by the verb it completes, or a speech act that was not made (the rules' matches)
        java.util.function.BiFunction<String, String, Claim> match = (text, lemma) -> matches(text).stream()
                .filter(m -> m.cueLemma().equals(lemma)).findFirst().orElseThrow(() -> new AssertionError(matches(text).toString()));
        assertTrue(match.apply("The harbour master declined to say whether the ferry fares would rise.", "say").negated());
        assertTrue(match.apply("In his speech the mayor failed to mention the strike at the port.", "mention").negated());
        assertTrue(match.apply("In his speech the mayor made no mention of the strike at the port.", "mention").negated());
        assertTrue(match.apply("The harbour master did not want to say whether the ferry fares would rise.", "say").negated());
        // one who agreed to say it said it
        assertFalse(match.apply("The harbour master agreed to say more about the ferry fares next week.", "say").negated());
    }

    @Test
    void hedged() {
        String t = "The shipyard's owner reportedly told workers that their contracts would end in June.";
        Claim c = claim(t, "tell");
        check(c, t, "The shipyard's owner", "told", "that their contracts would end in June", SpeechAct.STATEMENT);
        assertTrue(c.hedged());
        assertFalse(c.negated());
    }

    @Test
    void directQuote() {
        String t = "\u201cWe will take this to court,\u201d said Marta Quintero, the union's lawyer.";
        Claim c = claim(t, "say");
        check(c, t, "Marta Quintero, the union's lawyer", "said", "\u201cWe will take this to court,\u201d",
                SpeechAct.STATEMENT);
        assertTrue(c.direct());
    }

    @Test
    void quoteContinuedInTheNextSentenceJoinsTheClaim() {
        String t = "\u201cThe ferry is safe,\u201d the captain said. \u201cWe have sailed it for twenty years.\u201d";
        Claim c = claim(t, "say");
        assertEquals("\u201cThe ferry is safe,\u201d | \u201cWe have sailed it for twenty years.\u201d", content(c, t));
        assertTrue(c.direct());
    }

    @Test
    void saidAloneAfterAQuoteTakesThatQuote() {
        String t = "\u201cThe ferry will sail again!\u201d the captain said.";
        Claim c = claim(t, "say");
        assertEquals("the captain", speaker(c, t));
        assertTrue(content(c, t).contains("The ferry will sail again!"), content(c, t));
    }

    @Test
    void attributionInsideQuoteIsNotTheArticles() {
        String t = "\u201cI think the ferry is safe,\u201d the captain said.";
        List<Claim> found = claims(t, EntityLookup.NONE);
        assertEquals(List.of("say"), found.stream().map(Claim::cueLemma).toList());
    }

    @Test
    void speakerAndContentEntitiesComeFromTheLookup() {
        String t = "Ingrid Solberg said that Nordhavn Shipping would close its yard.";
        // tokens: Ingrid(0) Solberg(1) said(2) that(3) Nordhavn(4) Shipping(5) ...
        EntityLookup lookup = (s, i) -> i <= 1 ? Optional.of("p1") : i == 4 || i == 5 ? Optional.of("o1") : Optional.empty();
        List<Claim> found = claims(t, lookup);
        assertEquals(1, found.size());
        assertEquals(Optional.of("p1"), found.get(0).speakerEntityId());
        assertEquals(List.of("o1"), found.get(0).aboutIds());
        assertEquals(0, found.get(0).sentence());
    }

    @Test
    void theSpeakerIsTheNamedHeadNotAPlaceInItsModifiers() {
        String t = "The mayor of Corvale, Tomas Ilvane, said he had asked the government for money.";
        // tokens: The(0) mayor(1) of(2) Corvale(3) ,(4) Tomas(5) Ilvane(6) ...
        EntityLookup lookup = (s, i) -> i == 3 ? Optional.of("place") : i == 5 || i == 6 ? Optional.of("mayor") : Optional.empty();
        Claim c = claim(t, "say");
        assertEquals("The mayor of Corvale, Tomas Ilvane", speaker(c, t));
        assertEquals(Optional.of("mayor"), claims(t, lookup).get(0).speakerEntityId());

        String u = "Engineers inspecting the bridge over the Varne warned that it needs repairs.";
        // tokens: Engineers(0) inspecting(1) the(2) bridge(3) over(4) the(5) Varne(6) warned(7) ...
        List<Claim> found = claims(u, (s, i) -> i == 6 ? Optional.of("river") : Optional.empty());
        assertEquals(1, found.size());
        assertEquals(Optional.empty(), found.get(0).speakerEntityId());
    }

    @Test
    void aChairmanNamedAfterHisTitleIsTheSpeaker() {
        String t = "Velmar's chairman Oskar Brandt has announced that the company will build a plant.";
        // tokens: Velmar(0) 's(1) chairman(2) Oskar(3) Brandt(4) ...
        EntityLookup lookup = (s, i) -> i == 0 ? Optional.of("org") : i == 3 || i == 4 ? Optional.of("person") : Optional.empty();
        List<Claim> found = claims(t, lookup);
        assertEquals(1, found.size());
        assertEquals(Optional.of("person"), found.get(0).speakerEntityId());
    }

    @Test
    void offsetsAreCodePoints() {
        String t = "\uD83D\uDEA2 The harbour master said that the ferry would sail.";
        Claim c = claim(t, "say");
        assertEquals("The harbour master", speaker(c, t));
        assertEquals(2, c.speaker().orElseThrow().begin());
    }

    @Test
    void parentheticalSaidInsideTheClauseItReports() {
        String t = "The new bridge, the engineer said, will carry twice as many trucks as the old one.";
        Claim c = claim(t, "say");
        assertEquals("the engineer", speaker(c, t));
        assertEquals("said", cue(c, t));
        assertTrue(content(c, t).contains("The new bridge") && content(c, t).contains("will carry twice as many trucks"),
                content(c, t));
        assertFalse(content(c, t).contains("engineer"), content(c, t));
    }

    @Test
    void asTheGazetteReported() {
        String t = "As the Hilltown Gazette reported last week, the mill will close its doors in April.";
        Claim c = claim(t, "report");
        assertEquals("the Hilltown Gazette", speaker(c, t));
        assertTrue(content(c, t).contains("the mill will close its doors in April"), content(c, t));
        assertEquals(SpeechAct.REPORT, c.act());
    }

    @Test
    void rebuttedIsADenial() {
        String t = "The mayor rebutted the claim that the harbour fees had doubled.";
        Claim c = claim(t, "rebut");
        assertEquals("The mayor", speaker(c, t));
        assertEquals(SpeechAct.DENIAL, c.act());
        assertTrue(content(c, t).contains("the harbour fees had doubled"), content(c, t));
    }

    @Test
    void aDateIsNeverTheContent() {
        String t = "The harbour board said on Saturday. The ferry will not sail again before spring, the harbour board said on Sunday.";
        List<Claim> found = claims(t, EntityLookup.NONE);
        assertTrue(found.stream().noneMatch(c -> content(c, t).contains("Saturday") || content(c, t).contains("Sunday")),
                () -> found.stream().map(c -> content(c, t)).toList().toString());
        Claim c = found.stream().filter(x -> content(x, t).contains("ferry")).findFirst().orElseThrow();
        assertEquals("the harbour board", speaker(c, t));
        assertEquals("The ferry will not sail again before spring", content(c, t));
    }

    @Test
    void aParticipleLostInTheParseSpeaksForTheMainSubject() {
        String t = "In a letter released Monday, Okafor rejects the plan to sell the port’s $2 billion in bonds, "
                + "arguing that the city would lose its jobs.";
        Claim c = claim(t, "argue");
        assertEquals("Okafor", speaker(c, t));
        assertEquals("that the city would lose its jobs", content(c, t));
    }

    @Test
    void saidBeforeItsSpeakerAfterAQuote() {
        String t = "\u201cTicket sales are down because of the strikes, the fares, all the old trouble,\u201d said a man close to the owners.";
        Claim c = claim(t, "say");
        assertEquals("a man close to the owners", speaker(c, t));
        assertTrue(c.direct());
    }

    @Test
    void stancePhrasesOfALightVerb() {
        String t = "The mayor took a swipe at the port authority over the delays.";
        Claim c = claim(t, "take");
        assertEquals("The mayor", speaker(c, t));
        assertEquals(SpeechAct.ACCUSATION, c.act());
        assertTrue(content(c, t).startsWith("the port authority"), content(c, t));
        String u = "The governor made clear that the tunnel would open in May.";
        Claim d = claim(u, "make");
        assertEquals("The governor", speaker(d, u));
        assertTrue(content(d, u).contains("the tunnel would open in May"), content(d, u));
        String v = "The union lashed out at the ferry company on Tuesday.";
        assertEquals("the ferry company", content(claim(v, "lash"), v));
        String x = "The mayor made no secret of her dislike for the new toll.";
        assertEquals("her dislike", content(claim(x, "make"), x));
        // a phrase whose preposition makes the verb attribute: its object, without the preposition
        String y = "Two fishermen sparred over the new quotas at the meeting.";
        check(claim(y, "spar"), y, "Two fishermen", "sparred", "the new quotas", SpeechAct.ACCUSATION);
        String z = "The councillor poked fun at the ferry timetable.";
        assertEquals("the ferry timetable", content(claim(z, "poke"), z));
        // the light verb alone attributes nothing
        String w = "The mayor took the early train and made a stop in Hilltown.";
        assertTrue(claims(w, EntityLookup.NONE).isEmpty(), () -> claims(w, EntityLookup.NONE).toString());
    }

    @Test
    void aParticipleSpeaksForTheOuterClauseNotTheOneItReports() {
        String t = "Senator Okafor rejected the notion that the council could walk away from the deal, "
                + "arguing that the waivers leave room for exceptions.";
        assertEquals("Senator Okafor", speaker(claim(t, "argue"), t));
        String u = "Okafor pushed back on Thursday, saying that the bill had the right safeguards but was stalled by "
                + "mistrust - and arguing that she and Lee shared most views on the port.";
        Claim c = claim(u, "argue");
        assertEquals("Okafor", speaker(c, u));
        assertEquals("that she and Lee shared most views on the port", content(c, u));
    }

    @Test
    void aPossessivePronounOfTheVerbsSubjectGivesWayToTheSubject() {
        String t = "Senator Okafor toned down her criticism of the harbour plan.";
        Claim c = claim(t, "criticism");
        assertEquals("Senator Okafor", speaker(c, t));
        assertEquals("the harbour plan", content(c, t));
        String u = "Her criticism of the plan was sharp.";
        assertEquals("Her", speaker(claim(u, "criticism"), u));
    }

    @Test
    void aPassiveParticipleSpeaksForItsAgentNotForTheClauseItOpens() {
        String t = "Asked about the harbour fees, Okafor said the council would review them.";
        Claim asked = claim(t, "ask");
        assertEquals("", speaker(asked, t));
        assertEquals(SpeechAct.QUESTION, asked.act());
        assertEquals("Okafor", speaker(claim(t, "say"), t));
        String u = "When asked by reporters whether the ferry would sail, the captain shrugged.";
        Claim c = claim(u, "ask");
        assertEquals("reporters", speaker(c, u));
        assertEquals("whether the ferry would sail", content(c, u));
    }

    @Test
    void aPollFrontedByInSpeaksForItsClause() {
        String t = "In a harbour survey released Monday, the mayor led her rival by nine points.";
        Claim c = claim(t, "in");
        assertEquals("a harbour survey released Monday", speaker(c, t));
        assertEquals("the mayor led her rival by nine points", content(c, t));
        assertEquals(SpeechAct.REPORT, c.act());
        // a poll after its clause is mostly a place in the race, not a source
        String u = "The mayor is worried about a drop in the polls.";
        assertTrue(claims(u, EntityLookup.NONE).stream().noneMatch(x -> x.cueLemma().equals("in")));
    }

    @Test
    void aVerbThatGivesAQuantityIsNoCue() {
        // the rules' matches, before the cue model weighs them
        String t = "The robot weighed about 7 kg and had a top speed of 18 mph.";
        assertTrue(matches(t).stream().noneMatch(x -> x.cueLemma().equals("weigh")), () -> matches(t).toString());
        String u = "The mayor weighed in on the ferry plan.";
        assertEquals("the ferry plan", content(match(u, "weigh"), u));
    }

    @Test
    void theSubjectOfAClauseTheParseMadeTheCuesObjectIsSaid() {
        String t = "Experts say the drug should not be given to pregnant women.";
        check(claim(t, "say"), t, "Experts", "say", "the drug should not be given to pregnant women", SpeechAct.STATEMENT);
        String u = "The defendant's mother told reporters her son had been framed.";
        check(claim(u, "tell"), u, "The defendant's mother", "told", "her son had been framed", SpeechAct.STATEMENT);
        // the cue made the clausal subject of what it reports
        String v = "The council member, who represents the east side, told the Tribune the plan was \"dead on arrival.\"";
        assertEquals("the plan was \"dead on arrival.\"", content(claim(v, "tell"), v));
        // also where the content found so far is the object alone
        String x = "The sprinter claimed the world record was within reach.";
        assertEquals("the world record was within reach", content(match(x, "claim"), x));
        // whom it is told, parsed as the object with no indirect object beside it, is not said
        String y = "A port official told The Island Post radio messages were being used to warn fishing boats.";
        assertFalse(content(match(y, "tell"), y).contains("Island Post"), () -> content(match(y, "tell"), y));
        // an object with an infinitive after it is whom it is told, not what
        String w = "The judge told the jury to disregard the remark.";
        assertEquals("to disregard the remark", content(claim(w, "tell"), w));
    }

    @Test
    void aGreetingOrAPhoneCallIsNoAttribution() {
        // the rules' matches, before the cue model weighs them
        for (String t : List.of("The team said goodbye to the stadium with a 3-1 win over Ravensport.",
                "A neighbor called the police after hearing gunshots.", "The referee called a penalty in the 89th minute.",
                "The Hawks called up two players from their minor league affiliate."))
            assertTrue(matches(t).isEmpty(), () -> t + " " + matches(t));
        // naming and calling for stay attributions
        String u = "Pruitt called the tariffs a tax on American families.";
        assertEquals("the tariffs a tax on American families", content(claim(u, "call"), u));
        String v = "Voss called for calm after the protest turned violent.";
        assertEquals("calm", content(claim(v, "call"), v));
    }

    @Test
    void showingUpAndFallingByAMeasureAreNoAttribution() {
        // the rules' matches, before the cue model weighs them
        for (String t : List.of("Fewer than half of the volunteers showed up for the cleanup on Saturday.",
                "The town's population has declined by over 30% since the mill closed."))
            assertTrue(matches(t).isEmpty(), () -> t + " " + matches(t));
        // refusing stays one, and so does what a poll shows
        String u = "The senator declined to comment on the audit.";
        assertTrue(matches(u).stream().anyMatch(c -> cue(c, u).startsWith("declined")), () -> matches(u).toString());
        String v = "Polls show Clinton up by 10 points in New York.";
        assertTrue(cue(match(v, "show"), v).startsWith("show"), () -> matches(v).toString());
    }

    @Test
    void aPersonReleasedOrNominatedForAnAwardSaysNothing() {
        for (String t : List.of("Police released him on bail pending further inquiries.",
                "The junta released the journalist after nine months in custody.",
                "The actress was nominated for an Oscar for her role in the drama."))
            assertTrue(matches(t).isEmpty(), () -> t + " " + matches(t));
        // a statement released, a judge nominated stay attributions
        String u = "The ministry released a report on the floods.";
        assertEquals("a report on the floods", content(match(u, "release"), u));
        String v = "The president nominated Judge Ada Kerr to the appeals court.";
        assertTrue(content(match(v, "nominate"), v).startsWith("Judge Ada Kerr"), () -> matches(v).toString());
    }

    @Test
    void aQuoteGoingOnFromASubjectBeforeItKeepsTheSubject() {
        String t = "Judge Maria Olsen said they \"appear not to have shown any respect for the basic rules of the sport.\"";
        assertTrue(content(match(t, "say"), t).startsWith("they"), () -> content(match(t, "say"), t));
        String v = "Coach Ida Berg says Marlow will \"fight to the very last minute.\"";
        assertTrue(content(match(v, "say"), v).startsWith("Marlow will"), () -> content(match(v, "say"), v));
        // the subject of a small clause or an infinitive before the quote does not make the quote a clause's
        String w = "Opposition leader Ana Ruiz called the decision a \"smash and grab on our savings\" and promised to fight it.";
        assertTrue(content(match(w, "call"), w).endsWith("savings\""), () -> content(match(w, "call"), w));
        String x = "The Transport Ministry has, in a statement, called on drivers to \"slow down near schools.\"";
        assertEquals("The Transport Ministry", speaker(match(x, "call"), x));
        // a quote after the speaker alone is what is said
        String u = "Judge Maria Olsen said: \"The rules of the sport apply to everyone.\"";
        assertTrue(content(match(u, "say"), u).startsWith("\"The rules"), () -> content(match(u, "say"), u));
    }

    @Test
    void aVerbAfterARelativeClauseIsNotWhatItsCueSays() {
        // "opened" is what Berg did, parsed as hanging from "known"
        String t = "Jonas Berg, who was known from the band Tidewater, opened the festival.";
        assertTrue(matches(t).stream().noneMatch(c -> content(c, t).contains("opened")), () -> matches(t).toString());
    }

    @Test
    void aThatClauseTheParseHungFromWhereItWasSaidIsWhatIsSaid() {
        String t = "Chief executive Dana Pruitt told analysts on a conference call that demand remained strong in Asia.";
        check(claim(t, "tell"), t, "Chief executive Dana Pruitt", "told", "that demand remained strong in Asia", SpeechAct.STATEMENT);
        // the venue is no cue of its own
        assertTrue(claims(t).stream().noneMatch(c -> c.cueLemma().equals("call")), () -> claims(t).toString());
        String u = "Researchers reported in the journal Cell Reports that the protein slowed tumor growth in mice.";
        assertEquals("that the protein slowed tumor growth in mice", content(claim(u, "report"), u));
    }

    @Test
    void whomAQuoteNamesSaysWhatTheQuoteSays() {
        String t = "Pruitt was quoted as saying the company had no plans to move its headquarters.";
        Claim c = claim(t, "say");
        assertEquals("Pruitt", speaker(c, t));
        assertEquals("the company had no plans to move its headquarters", content(c, t));
    }

    @Test
    void theEndOfAClauseHungFromATrailingCueIsReported() {
        String t = "Quarterly revenue at Corvane Systems will top $4 billion, the company said in a statement.";
        check(claim(t, "say"), t, "the company", "said", "Quarterly revenue at Corvane Systems will top $4 billion", SpeechAct.STATEMENT);
    }

    @Test
    void whatSomethingIsTakenForIsPartOfWhatIsSaid() {
        String t = "The president hailed the vote as a victory for democracy.";
        assertEquals("the vote as a victory for democracy", content(claim(t, "hail"), t));
        String u = "The suspect was described by witnesses as a tall man in a gray hoodie.";
        Claim c = claim(u, "describe");
        assertEquals("witnesses", speaker(c, u));
        assertEquals("The suspect | as a tall man in a gray hoodie", content(c, u));
    }

    @Test
    void whatABlameIsLaidOnIsPartOfWhatIsSaid() {
        String t = "Officials in Velmaria blamed the blast on a gas leak.";
        check(claim(t, "blame"), t, "Officials in Velmaria", "blamed", "the blast on a gas leak", SpeechAct.ACCUSATION);
        // where the blame was laid is not what it was laid on
        String u = "The mayor blamed the council on Facebook.";
        assertEquals("the council", content(claim(u, "blame"), u));
    }

    @Test
    void whatSomeoneIsChargedWithIsPartOfTheCharge() {
        String t = "Prosecutors charged the former mayor with bribery and money laundering.";
        check(claim(t, "charge"), t, "Prosecutors", "charged", "the former mayor with bribery and money laundering",
                SpeechAct.ACCUSATION);
    }

    @Test
    void anApologyIsForWhatItIsFor() {
        String t = "The council member later apologized for the remark, saying it had been \"thoughtless.\"";
        check(claim(t, "apologize"), t, "The council member", "apologized", "the remark", SpeechAct.STATEMENT);
        assertEquals("it had been \"thoughtless.\"", content(claim(t, "say"), t));
    }

    @Test
    void whomAQuoteNamesSpeaksWhereTheParseLeavesSayingLoose() {
        String t = "The minister was quoted by state media as saying the border would reopen soon.";
        Claim c = claim(t, "say");
        assertEquals("The minister", speaker(c, t));
        assertEquals("the border would reopen soon", content(c, t));
    }

    @Test
    void aPhoneOrADoorAnsweredSaysNothing() {
        // the rules' matches, before the cue model weighs them
        String t = "The clerk answered the phone and took a message.";
        assertTrue(matches(t).stream().noneMatch(x -> x.cueLemma().equals("answer")), () -> matches(t).toString());
        // questions answered are still what is answered
        String u = "The minister answered questions about the budget for two hours.";
        assertTrue(content(matches(u).stream().filter(x -> x.cueLemma().equals("answer")).findFirst().orElseThrow(), u)
                .startsWith("questions about the budget"), () -> matches(u).toString());
    }

    @Test
    void askingSomeoneToDoSomethingIsARequestNotAQuestion() {
        String t = "Lawyers for the ferry operator asked the court to dismiss the case.";
        Claim c = claim(t, "ask");
        assertEquals("to dismiss the case", content(c, t));
        assertEquals(SpeechAct.STATEMENT, c.act());
        String u = "Councillor Imbert asked whether the town could afford the new stadium.";
        assertEquals(SpeechAct.QUESTION, claim(u, "ask").act());
    }

    @Test
    void aRefusalToSaySomethingIsANegatedStatementNotADenial() {
        for (String t : List.of("The ferry company declined to say how many workers were affected.",
                "The harbour authority refused to comment on the report.")) {
            Claim c = claims(t).stream().filter(x -> List.of("decline", "refuse", "say", "comment").contains(x.cueLemma()))
                    .findFirst().orElseThrow(() -> new AssertionError(t + ": " + claims(t)));
            assertEquals(SpeechAct.STATEMENT, c.act(), t);
            assertTrue(c.negated(), t);
        }
    }

    @Test
    void appearingToSaySomethingIsAHedgedStatementNotABelief() {
        for (String t : List.of("The mayor appeared to suggest that the ferry tax would rise.",
                "The harbour master seemed to say that the pier would close.")) {
            Claim c = claims(t).stream().filter(x -> List.of("appear", "seem", "suggest", "say").contains(x.cueLemma()))
                    .findFirst().orElseThrow(() -> new AssertionError(t + ": " + claims(t)));
            assertEquals(SpeechAct.STATEMENT, c.act(), t);
            assertTrue(c.hedged(), t);
        }
        // one who appeared somewhere to say it said it
        String u = "The mayor appeared on the radio to defend the ferry tax.";
        claims(u).stream().filter(x -> x.cueLemma().equals("appear")).forEach(x -> assertFalse(x.hedged(), u));
    }

    @Test
    void rulingSomethingOutIsADenialNotARuling() {
        String t = "The harbour master ruled out a second ferry strike this summer.";
        Claim c = match(t, "rule");
        assertEquals(SpeechAct.DENIAL, c.act());
        String u = "The court ruled that the ferry contract was void.";
        assertEquals(SpeechAct.ANNOUNCEMENT, match(u, "rule").act());
    }

    @Test
    void aSpeechActNobodyMadeIsNegated() {
        String t = "No one disputed that the old ferry pier needed repairs.";
        assertTrue(match(t, "dispute").negated(), t);
        String u = "Nobody on the council said the ferry fares would rise.";
        assertTrue(match(u, "say").negated(), u);
        String v = "One councillor disputed that the old ferry pier needed repairs.";
        assertFalse(match(v, "dispute").negated(), v);
    }

    @Test
    void whatSomeoneIsSaidToHaveDoneIsHedged() {
        String t = "The ferry operator is said to have told investors that the fund was safe.";
        assertTrue(match(t, "say").hedged(), t);
        String u = "The ferry operator said that it had told investors about the fund.";
        assertFalse(match(u, "say").hedged(), u);
    }

    @Test
    void whatIsYetToBeSaidIsNegated() {
        String t = "The ferry operator is yet to comment on the leaked memo.";
        assertTrue(match(t, "comment").negated(), t);
        String u = "The harbour master has yet to say whether the ferry fares will rise.";
        assertTrue(match(u, "say").negated(), u);
    }

    @Test
    void decliningToBeNamedHoldsBackNoSpeechAct() {
        String t = "An inspector, who declined to be named, said the ferry was unsafe.";
        assertFalse(match(t, "decline").negated(), t);
    }

    @Test
    void refusingToRuleSomethingOutIsANegatedDenial() {
        String t = "The senator refused to rule out a run for president.";
        Claim c = claims(t).stream().filter(x -> List.of("refuse", "rule").contains(x.cueLemma())).findFirst()
                .orElseThrow(() -> new AssertionError(claims(t).toString()));
        assertEquals(SpeechAct.DENIAL, c.act(), t);
        assertTrue(c.negated(), t);
    }

    @Test
    void aQuoteBegunInTheSentenceBeforeIsDirectAndTheQuotedSentenceAfterContinuesIt() {
        String t = "“We never gave up. We trained every morning,” Maeve Doherty said after the final. “The girls deserved this.”";
        Claim c = claim(t, "say");
        assertTrue(c.direct(), t);
        assertEquals("“We never gave up. | We trained every morning,” | “The girls deserved this.”", content(c, t));
    }

    @Test
    void aQuoteThatRunsOnIntoTheNextParagraphIsOneClaimsContent() {
        // the paragraph of quotation ends without a closing mark and the next opens with one
        String t = "“The pier was promised in 2015. Nothing has happened since.\n\n“We are still waiting,” the skipper said.";
        assertEquals("“The pier was promised in 2015. | Nothing has happened since. | “We are still waiting,”",
                content(claim(t, "say"), t));
        String u = "The skipper said: “The pier was promised in 2015. Nothing has happened since.\n\n“We are still waiting.”\n\n"
                + "The council did not reply.";
        assertTrue(content(claim(u, "say"), u).endsWith("“We are still waiting.”"), () -> content(claim(u, "say"), u));
        // a new paragraph that opens no quote ends the one left open
        String v = "The skipper said: “The pier was promised in 2015.\n\nThe council said it would reply on Monday.";
        assertFalse(claims(v).stream().anyMatch(c -> content(c, v).contains("The pier") && content(c, v).contains("Monday")),
                () -> claims(v).toString());
    }

    @Test
    void aCueHungFromTheCueAfterAndIsItsNextAttributionNotItsContent() {
        // parsed as an adverbial clause of "described" ("as" its mark), "and said" is the speaker's second claim
        String t = "The harbour master described the storm damage as 'severe but repairable' and said the pier would reopen in May.";
        assertEquals("the storm damage as 'severe but repairable'", content(claim(t, "describe"), t));
        assertEquals("the pier would reopen in May", content(claim(t, "say"), t));
    }

    @Test
    void aQuoteInSingleMarksIsDirectAndAnApostropheQuotesNothing() {
        // British news quotes in single marks
        String t = "‘The ferry will not sail tonight,’ the harbour master said.";
        assertTrue(claim(t, "say").direct(), t);
        String u = "She said the skipper’s boat was ‘unfit for the sea’.";
        assertFalse(claim(u, "say").direct(), u);
        String v = "She said the skippers’ boats were unfit for the sea.";
        assertFalse(claim(v, "say").direct(), v);
        // a cue inside the quoted speech is the quoted speaker's
        String w = "‘Parents told us loud and clear that the fee was unfair,’ councillor Moira Bain said.";
        assertTrue(claims(w).stream().noneMatch(c -> c.cueLemma().equals("tell")), () -> claims(w).toString());
        assertTrue(claim(w, "say").direct(), w);
    }
}
