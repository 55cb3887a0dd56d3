package org.newsgraph.extract.corenlp;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.SpeechAct;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.corenlp.ParsedClaims.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The patterns tried where the cue rules find nothing ({@link AttributionPatterns}): one original sentence each,
 * checked through {@link ClaimFinder} and, where the parse is what the pattern is for, through the pattern itself.
 */
class AttributionPatternsTest {
    /** Whether {@code pattern} finds an attribution at the first token {@code word} of the first sentence. */
    private static boolean patternFinds(String text, String word,
            BiFunction<AttributionTree, Integer, Optional<ClaimParts.Parts>> pattern) {
        AttributionTree tree = firstTree(text);
        return pattern.apply(tree, tokenOf(tree, word)).isPresent();
    }

    @Test
    void contentMadeTheHeadOfItsCue() {
        String t = "Nine in ten farmers say they expect a poor harvest this year.";
        check(claim(t, "say"), t, "Nine in ten farmers", "say", "they expect a poor harvest this year", SpeechAct.STATEMENT);
    }

    @Test
    void conditionalClauseAfterTheCue() {
        String t = "The mayor said if re-elected she would rebuild the pier.";
        check(claim(t, "say"), t, "The mayor", "said", "if re-elected she would rebuild the pier", SpeechAct.STATEMENT);
        assertTrue(patternFinds(t, "said", ReattachedCues::clauseAfter));
    }

    @Test
    void askedIfHasNoSpeaker() {
        String t = "Asked if the ferry would sail again, the harbour master said yes.";
        // the rules' match, before the cue model weighs it: the model of session 4 puts this fronted cue, which the
        // parse hangs inside "said"'s content, at 0.47, just under its threshold
        var found = matches(t).stream().filter(c -> c.cueLemma().equals("ask")).toList();
        assertEquals(1, found.size(), "claims with cue 'ask'");
        check(found.get(0), t, "", "Asked", "if the ferry would sail again", SpeechAct.QUESTION);
    }

    @Test
    void whileTheMayorSays() {
        String t = "While the mayor says the pier is safe, engineers disagree.";
        check(claim(t, "say"), t, "the mayor", "says", "the pier is safe", SpeechAct.STATEMENT);
    }

    @Test
    void colonAtTheEndOfTheLineTakesTheNextParagraph() {
        String t = "In a speech on Monday, the mayor declared:\n\n“The pier will open in May, and every fisherman will have a berth.”\n\nThe council met later.";
        Claim c = claim(t, "declare");
        check(c, t, "the mayor", "declared", "“The pier will open in May, and every fisherman will have a berth.”",
                SpeechAct.ANNOUNCEMENT);
        assertTrue(c.direct());
    }

    @Test
    void colonWithNothingAfterItIsNoClaim() {
        String t = "In a speech on Monday, the mayor declared:";
        assertTrue(claims(t).isEmpty(), () -> claims(t).toString());
    }

    @Test
    void questionIsWhether() {
        String t = "The question is whether the council can afford a new pier.";
        check(claim(t, "question"), t, "", "question", "whether the council can afford a new pier", SpeechAct.QUESTION);
        assertTrue(patternFinds(t, "question", NounCues::copula));
    }

    @Test
    void questionsAboutWhether() {
        String t = "The council faces questions about whether the pier was built on time.";
        Claim c = claim(t, "question");
        assertEquals("questions", c.cue().orElseThrow().of(t));
        assertTrue(c.content().get(0).of(t).endsWith("whether the pier was built on time"), c.content().toString());
    }

    @Test
    void criticalOf() {
        String t = "The fishermen's union is critical of the new harbour fees.";
        check(claim(t, "critical"), t, "The fishermen's union", "is critical", "the new harbour fees", SpeechAct.ACCUSATION);
    }

    @Test
    void eagerTo() {
        String t = "The mayor was eager to reopen the pier before the summer.";
        check(claim(t, "eager"), t, "The mayor", "was eager", "to reopen the pier before the summer", SpeechAct.BELIEF);
    }

    @Test
    void remainSkepticalThat() {
        String t = "Residents remain skeptical that the pier will open in May.";
        check(claim(t, "skeptical"), t, "Residents", "remain skeptical", "that the pier will open in May", SpeechAct.BELIEF);
    }

    @Test
    void adjectivesOutsideTheListOrWithoutComplementAreNoCues() {
        String proud = "The union is proud of the new harbour fees.";
        assertTrue(claims(proud).stream().noneMatch(c -> c.cueLemma().equals("proud")), proud);
        String bare = "The union is critical.";
        assertTrue(claims(bare).isEmpty(), bare);
    }

    @Test
    void quoteClosedBySingleAndDoubleMarkTogether() {
        String t = "“He kept telling us, ‘Wait until spring,’” the fisherman said.";
        Claim c = claim(t, "say");
        assertEquals("the fisherman", c.speaker().orElseThrow().of(t));
        assertTrue(c.direct());
        assertFalse(c.content().isEmpty());
    }

    @Test
    void trailingCueReadOffTheWords() {
        String t = "The ferry will sail again in March, the harbour master said Thursday.";
        assertTrue(patternFinds(t, "said", TrailingCues::find));
        String longer = "The ferry will sail again in March, the harbour master said after a long meeting with the union.";
        assertFalse(patternFinds(longer, "said", TrailingCues::find));
    }

    @Test
    void reportedlyIsAReportWithoutSpeaker() {
        String t = "The mayor reportedly hired her brother to run the harbour.";
        Claim c = claim(t, "reportedly");
        assertTrue(c.speaker().isEmpty());
        assertEquals(SpeechAct.REPORT, c.act());
        assertTrue(c.hedged());
        assertTrue(c.content().stream().anyMatch(s -> s.of(t).contains("hired her brother to run the harbour")),
                c.content().toString());
    }

    @Test
    void reportedlyOnACueIsLeftToTheCue() {
        String t = "The mayor reportedly told aides that the pier would open in May.";
        assertTrue(claims(t).stream().noneMatch(c -> c.cueLemma().equals("reportedly")));
        assertTrue(claim(t, "tell").hedged());
    }

    @Test
    void criticismReceivedFromSomeone() {
        String t = "The proposal drew sharp criticism from local fishermen.";
        check(claim(t, "criticism"), t, "local fishermen", "criticism", "The proposal", SpeechAct.ACCUSATION);
    }

    @Test
    void titleCaseHeadlineVerbTakenForANoun() {
        String t = "Harbour Master Praises Fishermen For Quick Rescue";
        Claim c = claim(t, "praise");
        assertEquals("Harbour Master", c.speaker().orElseThrow().of(t));
        assertEquals("Praises", c.cue().orElseThrow().of(t));
        assertEquals(SpeechAct.STATEMENT, c.act());
        String nouns = "Leaked Documents Reveal Harbour Deal";
        assertTrue(claims(nouns).stream().noneMatch(x -> x.cueLemma().equals("document")), nouns);
    }

    @Test
    void accordingToReadOffTheWords() {
        String t = "According to early results of a survey of harbour workers, most fishermen want the pier rebuilt.";
        assertTrue(patternFinds(t, "According", (tree, i) -> AccordingToWords.find(tree, i)));
        Claim c = claim(t, "according to");
        assertEquals("early results of a survey of harbour workers", c.speaker().orElseThrow().of(t));
        String copula = "That's according to the harbour authority's annual report.";
        assertTrue(patternFinds(copula, "according", (tree, i) -> AccordingToWords.find(tree, i)));
        String middle = "Most fishermen want the pier rebuilt according to the survey.";
        assertFalse(patternFinds(middle, "according", (tree, i) -> AccordingToWords.find(tree, i)));
    }

    @Test
    void accordingToAfterACommaReadOffTheWords() {
        // the words alone, whatever the parse made of them: the source runs to the sentence's end, with its
        // description, and the clause before the comma is said
        String end = "The ferry carried 400 passengers a day before the storm, according to Mara Lind, a harbour clerk who kept the logs.";
        ClaimParts.Parts p = partsOf(end, "according");
        AttributionTree tree = firstTree(end);
        assertEquals("Mara Lind, a harbour clerk who kept the logs", text(tree, p.speaker(), end));
        assertEquals("The ferry carried 400 passengers a day before the storm", text(tree, p.content(), end));
        // in the middle of its clause, the source runs to the next comma and the content is both sides of it
        String middle = "Among the boats at risk, according to the coast guard, are six trawlers built before 1970.";
        ClaimParts.Parts m = partsOf(middle, "according");
        AttributionTree mt = firstTree(middle);
        assertEquals("the coast guard", text(mt, m.speaker(), middle));
        assertTrue(text(mt, m.content(), middle).startsWith("Among the boats at risk"), () -> text(mt, m.content(), middle));
        assertTrue(text(mt, m.content(), middle).endsWith("six trawlers built before 1970"), () -> text(mt, m.content(), middle));
        // what follows the source's comma and neither describes it nor goes on with the clause is neither source nor said
        for (String tail : java.util.List.of(", up from 6 percent in 2015.", ", though the city built no new lanes.",
                ", the highest share on record.")) {
            String s = "Cyclists made up 9 percent of commuters in the city last year, according to the transport office" + tail;
            ClaimParts.Parts q = partsOf(s, "according");
            AttributionTree st = firstTree(s);
            assertEquals("the transport office", text(st, q.speaker(), s));
            assertEquals("Cyclists made up 9 percent of commuters in the city last year", text(st, q.content(), s));
        }
        // a source with no clause before it says nothing
        assertFalse(patternFinds("Fish, according to the survey.", "according", (tree2, i) -> AccordingToWords.find(tree2, i)));
        Claim c = claim(end, "according to");
        assertEquals("Mara Lind, a harbour clerk who kept the logs", c.speaker().orElseThrow().of(end));
    }

    @Test
    void aSuperlativeFigureAfterAnAccordingToSourceIsNotTheSource() {
        // parsed with the figure as the source's apposition
        String t = "Unemployment fell to 3 percent, according to the labour ministry, its lowest level since 1974.";
        Claim c = claim(t, "according to");
        assertEquals("the labour ministry", c.speaker().orElseThrow().of(t));
        // a superlative that describes the source stays
        String u = "Wages rose by 4 percent, according to Lena Ortiz, the best-known economist in the region.";
        assertEquals("Lena Ortiz, the best-known economist in the region", claim(u, "according to").speaker().orElseThrow().of(u));
        String y = "The fund lost $2 million, according to auditors, the worst year in its history.";
        assertEquals("auditors", claim(y, "according to").speaker().orElseThrow().of(y));
        // the figure is part of what the source says
        assertTrue(content(claim(t, "according to"), t).endsWith("its lowest level since 1974"), () -> content(claim(t, "according to"), t));
        // a record with "ever" is the object of the clause the source breaks
        String v = "Thunberg then led, according to Reuters, the largest climate protest ever held in Sweden.";
        Claim r = claim(v, "according to");
        assertEquals("Reuters", r.speaker().orElseThrow().of(v));
        assertTrue(content(r, v).endsWith("the largest climate protest ever held in Sweden"), () -> content(r, v));
    }

    @Test
    void aNameAfterAFrontedAccordingToSourceIsTheSources() {
        // parsed with the name as the subject and "the blaze" as its apposition
        String t = "According to the town's fire chief, Ana Ruiz, the blaze started in a kitchen.";
        Claim c = claim(t, "according to");
        assertEquals("the town's fire chief, Ana Ruiz", c.speaker().orElseThrow().of(t));
        assertEquals("the blaze started in a kitchen", content(c, t));
        // an apposition closed by a comma is the name's own, and the name the clause's subject
        String u = "According to a police summary, Jon Hale, a former aide, sent the email.";
        assertEquals("a police summary", claim(u, "according to").speaker().orElseThrow().of(u));
    }

    @Test
    void aCueThatSaidLittleBeforeAnotherVerbReportsLittle() {
        // parsed with "left" hanging from "said" as a dep
        String t = "The chief said little, then left the stage.";
        check(claim(t, "say"), t, "The chief", "said", "little", SpeechAct.STATEMENT);
        // nor is a question fronted before it
        String q = "Asked whether he would resign, Bey said nothing, then walked away.";
        assertEquals("nothing", content(claim(q, "say"), q));
    }

    /** The parts {@link AccordingToWords} reads off the words at the first token {@code word}. */
    private static ClaimParts.Parts partsOf(String text, String word) {
        AttributionTree tree = firstTree(text);
        return AccordingToWords.find(tree, tokenOf(tree, word)).orElseThrow(() -> new AssertionError("nothing read in " + text));
    }

    /** The text from the first to the last token of {@code tokens}. */
    private static String text(AttributionTree tree, java.util.BitSet tokens, String text) {
        return text.substring(tree.token(tokens.nextSetBit(0)).beginPosition(), tree.token(tokens.length() - 1).endPosition());
    }

    @Test
    void aReportingParticipleAfterBySpeaksForTheClauseItModifies() {
        // parsed with "saying" as an oblique of the reported clause's verb
        String t = "Ortega began his speech by saying he would not run again.";
        assertTrue(patternFinds(t, "saying", ReattachedCues::clauseNext));
        check(claim(t, "say"), t, "Ortega", "saying", "he would not run again", SpeechAct.STATEMENT);
    }

    @Test
    void aCueAfterWhoSpeaksForTheNounThatWhoStandsFor() {
        // parsed with "say" as a discourse word of the relative clause
        String t = "Most riders liked the change, including a few who say they had opposed it at first.";
        assertTrue(patternFinds(t, "say", ReattachedCues::clauseNext));
        Claim c = claim(t, "say");
        assertEquals("a few who", speaker(c, t));
        assertEquals("they had opposed it at first", content(c, t));
    }

    @Test
    void aParticipleTheParseMadeAnAdjectiveOfItsObject() {
        String t = "The mayor opened the session by slamming councillors who opposed the toll.";
        AttributionTree tree = firstTree(t);
        ClaimParts.Parts p = MisparsedCues.participleTakenForAdjective(tree, 6).orElseThrow();
        assertEquals("The mayor", tree.hull(p.speaker()).of(t));
        assertEquals("slamming", tree.hull(p.cue()).of(t));
        assertEquals("councillors who opposed the toll", tree.hull(p.content()).of(t));
        // an adjective that is a participle but opens no clause ("the new quotas", "a leading role") is not one
        String u = "She took a leading role in the talks.";
        assertFalse(patternFinds(u, "leading", (tr, i) -> MisparsedCues.participleTakenForAdjective(tr, i)));
    }

    @Test
    void aColonOpeningAQuotationAfterAClauseOrADashedName() {
        String t = "The harbour master was blunt: \"The pier will not open before May.\"";
        check(claim(t, ":"), t, "The harbour master", ":", "\"The pier will not open before May.\"", SpeechAct.STATEMENT);
        String u = "What it means for the port - Ana Ruiz: \"Ferries will have to wait until the dredging is done.\"";
        assertEquals("Ana Ruiz", speaker(claim(u, ":"), u));
        // a cue word before the colon is the cue of that quotation
        String v = "The harbour master said: \"The pier will not open before May.\"";
        assertTrue(claims(v).stream().noneMatch(c -> c.cueLemma().equals(":")), () -> claims(v).toString());
    }

    @Test
    void aCueTheParseMadeTheSubjectOfItsInfinitive() {
        String t = "The plan drew praise from skippers, who hope to see the dredging finished by June.";
        assertTrue(patternFinds(t, "hope", (tree, i) -> MisparsedCues.cueTakenForSubject(tree, i)));
        Claim c = claim(t, "hope");
        assertEquals("skippers, who", speaker(c, t));
        assertEquals("to see the dredging finished by June", content(c, t));
    }

    @Test
    void sayHeadingItsSentenceReportsTheClauseTheParseHungElsewhere() {
        // parsed with the "that" clause under "attending"
        String t = "The harbour master said before attending the council meeting that the dredging had stopped.";
        assertTrue(patternFinds(t, "said", ReattachedCues::restOfSentence));
        check(claim(t, "say"), t, "The harbour master", "said", "that the dredging had stopped", SpeechAct.STATEMENT);
        // with no verb after it there is nothing it reports
        String u = "The harbour master said so in a statement.";
        assertFalse(patternFinds(u, "said", ReattachedCues::restOfSentence));
    }

    @Test
    void theAttributionClosingASentenceIsNotWhatItsCueSays() {
        // parsed with "said" hanging from "rejected" as a parataxis
        String t = "She rejected the offer, aides said on Monday.";
        // the rules' match, before the cue model weighs it (nested in the aides' claim, the model may drop it)
        Claim r = match(t, "reject");
        assertEquals("the offer", content(r, t));
        String n = "She said nothing, aides said.";
        Claim own = claims(n).stream().filter(c -> c.cueLemma().equals("say") && speaker(c, n).equals("She")).findFirst()
                .orElseThrow(() -> new AssertionError(claims(n).toString()));
        assertEquals("nothing", content(own, n));
        // nor is a clause set beside "nothing"
        String s = "He said nothing; the silence spoke for itself.";
        assertEquals("nothing", content(claim(s, "say"), s));
    }

    @Test
    void aClauseAfterASemicolonIsItsOwn() {
        // parsed with the second clause a parataxis of the first clause's verb, or the other way round
        String t = "Half of the members describe themselves as moderate; a third say they are conservative.";
        assertEquals("themselves as moderate", content(claim(t, "describe"), t));
        String u = "Floods test the harbour plan; council members criticize the delay.";
        assertEquals("the delay", content(claim(u, "criticize"), u));
    }

    @Test
    void aFrontedCircumstanceIsNotWhatIsSaid() {
        String t = "When the mayor died in 1998, the governor released the following statement.";
        assertEquals("the following statement", content(claim(t, "release"), t));
        String u = "When later pressed about the delay, Weaver rejected the notion that the pier was unsafe.";
        assertEquals("the notion that the pier was unsafe", content(claim(u, "reject"), u));
        // with no subordinating word, a fronted clause is still what an inverted-order cue reports
        String v = "The ferry will stop running at noon, the mayor announced.";
        assertEquals("The ferry will stop running at noon", content(claim(v, "announce"), v));
    }

    @Test
    void aParticipleWithAClauseOfItsOwnSaysThatNotTheQuoteBeforeIt() {
        String t = "The mayor insisted that she has \u201csaved the harbour,\u201d claiming that the ferry now runs on time.";
        Claim c = match(t, "claim");
        assertEquals("that the ferry now runs on time", content(c, t));
        assertEquals("The mayor", speaker(c, t));
        // a tensed cue with a "that" clause: the quoted name before it is its speaker's, not what it says
        String n = "Lazar, known online as \u201cGuccifer,\u201d stated that he had access to the files.";
        assertEquals("that he had access to the files", content(claim(n, "state"), n));
        // a quoted name after the cue is where it was said when a clause follows
        String p = "The mayor said on \u201cHarbour Hour\u201d that the pier would reopen in May.";
        assertEquals("that the pier would reopen in May", content(claim(p, "say"), p));
        // and so is a quoted name after "on" when what was said stands before the cue
        String o = "The pier will reopen in May, the mayor said on \u201cHarbour Hour.\u201d";
        assertEquals("The pier will reopen in May", content(claim(o, "say"), o));
        // but a quote closed by the attribution after it is what was said
        String q = "Nothing the mayor said \"will ease the fishermen's fears,\" the senator said.";
        assertTrue(claims(q).stream().allMatch(x -> content(x, q).contains("fears")), () -> claims(q).toString());
    }

    @Test
    void quotedWordsInsideAPhraseBeforeTheCueAreThatPhrases() {
        // in a relative clause of the speaker, or in a fronted prepositional phrase: the cue says its own clause
        String t = "Ms. Kol, who calls the plan a \u201charbour grab,\u201d said the council should vote again.";
        assertEquals("the council should vote again", content(claim(t, "say"), t));
        String u = "On \u201cHarbour Hour,\u201d the mayor said the pier would reopen in May.";
        assertEquals("the pier would reopen in May", content(claim(u, "say"), u));
        // a quote set off by a dash stands alone and is what the cue after it says
        String v = "The mayor praised the crews - \u201cthey never stopped,\u201d she said - and left.";
        Claim c = match(v, "say");
        assertEquals("\u201cthey never stopped,\u201d", content(c, v));
        // and where the cue says nothing else, the quote before it is still what it says
        String w = "The ferry chief called the delay \u201ca disgrace,\u201d the mayor said.";
        assertTrue(claims(w).stream().anyMatch(x -> x.cueLemma().equals("say") && content(x, w).contains("disgrace")),
                () -> claims(w).toString());
    }

    @Test
    void anAskingCueReportsTheQuestionNotWhomItAsks() {
        String t = "Reporters asked the mayor if the pier would reopen in May.";
        assertEquals("if the pier would reopen in May", content(claim(t, "ask"), t));
        String w = "The union asked the campaigns of the remaining candidates why they did not respond to the questionnaire.";
        assertEquals("why they did not respond to the questionnaire", content(claim(w, "ask"), w));
        // whom it asks, then what about: the question is the topic
        String a = "Reporters asked the president about the tariffs on steel.";
        assertEquals("the tariffs on steel", content(claim(a, "ask"), a));
        String q = "The judge questioned the witness about the missing documents.";
        assertEquals("the missing documents", content(claim(q, "question"), q));
        // but statements questioned are what is questioned
        String s = "Howard Lind questioned the mayor's statements about the harbour.";
        assertEquals("the mayor's statements about the harbour", content(claim(s, "question"), s));
        // passive: the subject is who was asked, what follows "about" is the question
        String u = "The mayor was asked about the delay at a news conference.";
        assertTrue(content(claim(u, "ask"), u).startsWith("the delay"), () -> claims(u).toString());
    }

    @Test
    void aTrailingCueWithAParticipleReportsTheClauseBeforeIt() {
        // parsed with "adding" hanging from "said": the participle is a claim of its own
        String t = "The ferry will run late all week, Kol said, adding, \"We need new engines.\"";
        Claim c = match(t, "say");
        assertEquals("The ferry will run late all week", content(c, t));
    }

    @Test
    void aQuoteTakenInByTheWordBeforeItIsPartOfThatClause() {
        // what is said is the whole clause, and it keeps the closing mark the parse hung from the cue
        String t = "The old ferry was a \u201cfloating ruin,\u201d Kol said.";
        assertEquals("The old ferry was a \u201cfloating ruin,\u201d", content(claim(t, "say"), t));
        String u = "Kol had \u201cwanted to run the ferry since he was five,\u201d his sister told reporters.";
        assertEquals("Kol had \u201cwanted to run the ferry since he was five,\u201d", content(claim(u, "tell"), u));
        // a parenthetical cue splits the content: its first part still closes its quote
        String w = "The word \u201cunprecedented,\u201d he said, was overused in the campaign.";
        assertEquals("The word \u201cunprecedented,\u201d | was overused in the campaign", content(claim(w, "say"), w));
    }

    @Test
    void aConditionAfterAnAskingCueIsNoQuestion() {
        // "if" opens a condition where the cue already says what is asked, or will ask something that is no one
        String t = "Lawyers for the ferry firm will ask for a new hearing if the ruling stands.";
        assertEquals("a new hearing", content(claim(t, "ask"), t));
        String u = "Fishermen will ask questions if the harbour master appears.";
        assertEquals("questions", content(claim(u, "ask"), u));
        // a question asked of someone is still the if-clause
        String v = "The harbour master was asked on Monday if the pier would reopen.";
        assertEquals("if the pier would reopen", content(claim(v, "ask"), v));
    }

    @Test
    void aParticipleAfterATrailingCueHungFromTheClauseIsNotWhatTheCueSays() {
        // parsed with "adding" or "laughing" hanging from the clause before the cue, not from "said"
        String t = "The pier is too old, Kol said, adding that repairs would cost millions.";
        assertEquals("The pier is too old", content(claim(t, "say"), t));
        String u = "The ferry plan is dead, the mayor said, laughing.";
        assertEquals("The ferry plan is dead", content(claim(u, "say"), u));
        // parsed with the clause as an unmarked adverbial clause of "said"
        String v = "The economy grew by 2 percent, the bank said, adding that inflation remained high.";
        assertEquals("The economy grew by 2 percent", content(claim(v, "say"), v));
        // a participle inside what is said, after a cue in the middle, stays
        String w = "The port, he said, is growing fast, adding jobs every month.";
        assertTrue(content(claim(w, "say"), w).contains("adding jobs"), () -> claims(w).toString());
    }

    @Test
    void aFrontedParticipleIsNotWhatACueWithAnObjectSays() {
        String t = "Speaking on \u201cHarbour Hour,\u201d the mayor defended the ferry budget.";
        assertEquals("the ferry budget", content(claim(t, "defend"), t));
    }

    @Test
    void aQuoteOpeningTheSentenceAfterItsOwnArticleIsWhatTheCueSays() {
        // the article is the quoted noun's, no phrase before the quote takes it in
        String t = "The \u201cworst ferry in Europe,\u201d one passenger called it.";
        assertTrue(content(claim(t, "call"), t).contains("worst ferry in Europe"), () -> claims(t).toString());
    }

    @Test
    void aTimeAfterAnInvertedCueIsNoSpeaker() {
        String t = "Sales fell in May, said Tuesday.";
        assertTrue(claims(t).stream().noneMatch(c -> speaker(c, t).equals("Tuesday")), () -> claims(t).toString());
        // a person whose name is a time word still speaks
        String d = "\u201cThe platform ignores us,\u201d said Kristen Day.";
        assertTrue(claims(d).stream().anyMatch(c -> speaker(c, d).equals("Kristen Day")), () -> claims(d).toString());
    }

    @Test
    void aNamingCueReportsWhatItNamesWithWhatItCallsIt() {
        String t = "The mayor said the ferry plan was dead, calling it a waste of time.";
        assertEquals("it a waste of time", content(claim(t, "call"), t));
        String u = "Ms. Kol called the harbour plan \u201ca land grab\u201d on Monday.";
        assertTrue(content(claim(u, "call"), u).startsWith("the harbour plan \u201ca land grab"), () -> claims(u).toString());
        // whom a call reaches is not what it says
        String v = "The mayor called the ferry chief to ask about the delay.";
        assertTrue(claims(v).stream().noneMatch(c -> content(c, v).startsWith("the ferry chief")), () -> claims(v).toString());
    }

    @Test
    void aNamingCueReportsWhomItNamesAndNotTheWritersWordsAfterTheName() {
        // parsed with whom it names as the indirect object and the name as the object
        String t = "Ruiz called him a liar.";
        assertEquals("him a liar", content(claim(t, "call"), t));
        String u = "Critics have dubbed the tower the Needle.";
        assertEquals("the tower the Needle", content(claim(u, "dub"), u));
        // what the writer says of the name after it is not named
        String v = "The paper dubbed the scandal \"Piergate,\" a name that stuck.";
        String named = content(claim(v, "dub"), v);
        assertTrue(named.startsWith("the scandal") && !named.contains("stuck"), named);
    }

    @Test
    void aNamingCuesContentLeavesOutATimeHungFromTheName() {
        // parsed with "last week" a modifier of "waste": when it was said, not what the plan was called
        String t = "Critics called the plan a waste of money last week.";
        assertEquals("the plan a waste of money", content(match(t, "call"), t));
        // a time inside what the name itself says stays
        String u = "Ruiz called the ferry a wreck that sank off Ely on Friday.";
        assertTrue(content(match(u, "call"), u).endsWith("on Friday"), () -> content(match(u, "call"), u));
    }

    @Test
    void aCueConjoinedWithASubjectOfItsOwnIsTheNextAttribution() {
        // the parse hangs the second "said" inside the first content: it has its own speaker and content
        String t = "Many council members have said they will skip the meeting and others have said they are not interested.";
        List<Claim> said = claims(t).stream().filter(c -> c.cueLemma().equals("say")).toList();
        assertTrue(said.stream().anyMatch(c -> speaker(c, t).equals("Many council members")
                && content(c, t).equals("they will skip the meeting")), said::toString);
        assertTrue(said.stream().anyMatch(c -> speaker(c, t).equals("others")
                && content(c, t).equals("they are not interested")), said::toString);
        // a second participle after the first one's content is the speaker's next attribution
        String p = "The mayor left the pier early, calling the plan a bore and accusing the council of wasting money.";
        assertEquals("the plan a bore", content(claim(p, "call"), p));
        // so does a second participle with its own subject
        String u = "Both men issued a statement, Ryan saying he was encouraged and Kol calling it a great meeting.";
        assertEquals("Kol", speaker(claim(u, "call"), u));
    }

    @Test
    void aPassiveVerbConjoinedInsideAContentIsStillWhatTheSpeakerSays() {
        // "sought" is a cue word, but its subject is what was sought, not who speaks
        String t = "The ferry police said two crew members were detained and a third is being sought.";
        assertEquals("two crew members were detained and a third is being sought", content(claim(t, "say"), t));
        // nor is the one who speaks the one who was told
        String u = "The harbour master said the fire was out and residents were told to return home.";
        assertTrue(claims(u).stream().noneMatch(c -> c.cueLemma().equals("tell") && speaker(c, u).equals("The harbour master")),
                () -> claims(u).toString());
    }

    @Test
    void aNameRightBeforeAPerfectCueSpeaksWhereTheParseLostTheSubject() {
        // parsed with "Mira Kol" conjoined to "June" and "has pledged" hanging loose
        String t = "The harbour district's vote is June 14, and Mira Kol has pledged to stay in the race through it.";
        assertEquals("Mira Kol", speaker(claim(t, "pledge"), t));
    }

    @Test
    void aVerbAndTheCueThatSaysWhatItDidAreOneClaim() {
        // the rules match both words; the claim is one, with the inner cue's content and the outer cue's speaker
        BiFunction<String, String, Claim> only = (text, lemma) -> {
            List<Claim> all = matches(text);
            assertEquals(1, all.size(), all::toString);
            assertEquals(lemma, all.get(0).cueLemma(), all::toString);
            return all.get(0);
        };
        String t = "The ferry company released a statement saying that the crossings would resume.";
        Claim c = only.apply(t, "say");
        assertEquals("released a statement saying", cue(c, t));
        assertEquals("The ferry company", speaker(c, t));
        assertEquals("that the crossings would resume", content(c, t));
        String u = "The union responded by saying the offer was far too low.";
        assertEquals("responded by saying", cue(only.apply(u, "say"), u));
        String v = "The mayor sought to clarify the new harbour fees.";
        assertEquals("sought to clarify", cue(only.apply(v, "clarify"), v));
        String w = "In his speech Kol made no mention of the strike at the port.";
        assertEquals("the strike at the port", content(only.apply(w, "mention"), w));
        // a denial or a citation of another's text does not say what that text says
        String y = "The harbour board rejected a motion calling for a second ferry.";
        assertEquals("rejected", cue(claim(y, "reject"), y));
        assertTrue(content(claim(y, "reject"), y).startsWith("a motion calling"), () -> claims(y).toString());
        String z = "The harbour master quoted a memo warning that the pier was unsafe.";
        assertEquals("quoted", cue(claim(z, "quote"), z));
        // a participle set off by a comma is an attribution of its own
        String x = "The mayor praised the divers at the pier, calling them heroes.";
        assertEquals(2, matches(x).size(), () -> matches(x).toString());
    }

    @Test
    void theConjunctionOpeningASentenceIsNoPartOfWhatASourceSays() {
        String t = "But, according to the survey, most residents of the harbour district remain undecided about the ferry plan.";
        assertEquals("most residents of the harbour district remain undecided about the ferry plan",
                content(claim(t, "according to"), t));
        // so is a linking adverb, and the subordinator of the clause it says
        String u = "However, according to the harbour office, ferry crossings fell by a third in June.";
        assertEquals("ferry crossings fell by a third in June", content(claim(u, "according to"), u));
        String v = "Although, according to the forecast, rain is likely, the regatta will go ahead.";
        assertEquals("rain is likely", content(claim(v, "according to"), v));
        // a clause conjoined with a source of its own is that source's
        String w = "According to the harbour office, the ferry carried 9,000 people in May, but according to the union it carried far fewer.";
        List<Claim> sources = claims(w).stream().filter(c -> c.cueLemma().equals("according to")).toList();
        assertTrue(sources.stream().anyMatch(c -> speaker(c, w).equals("the harbour office")
                && content(c, w).equals("the ferry carried 9,000 people in May")), sources::toString);
        assertTrue(sources.stream().anyMatch(c -> speaker(c, w).equals("the union")
                && content(c, w).equals("it carried far fewer")), sources::toString);
    }
}
