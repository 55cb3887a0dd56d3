package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Cues whose parts are not a verb's subject and complement: "according to X, Y", headline lines
 * ("Speaker: what they said") and verbs of seeming ("Y seems to Z"), which have no speaker.
 */
final class CuePatterns {
    /** Adverbs that link a sentence to the article's last one ("However, according to X, Y"): the writer's, not X's. */
    private static final java.util.Set<String> CONNECTIVES = java.util.Set.of("however", "meanwhile", "so", "still", "yet",
            "moreover", "instead", "also", "thus", "therefore", "nonetheless", "nevertheless", "furthermore", "besides");
    /** Words that open what is said itself ("said that, according to X, Y"): part of the content, as everywhere. */
    private static final java.util.Set<String> COMPLEMENTIZERS = java.util.Set.of("that", "to", "whether", "if");

    /** Words that name a time, not what was said ("said on Saturday", "announced last week"). */
    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "today", "yesterday", "tomorrow", "tonight",
            "day", "night", "morning", "afternoon", "evening", "weekend", "week", "month", "year", "time", "occasion",
            "hour", "minute", "moment", "date", "decade", "century", "season", "spring", "summer", "autumn", "fall", "winter");
    private static final java.util.Set<String> TIME_TYPES = java.util.Set.of("DATE", "TIME", "DURATION", "SET");

    private CuePatterns() {
    }

    /** Whether a lemma names a time or a unit of time ("Saturday", "year", "decade"), in any case. */
    static boolean isTimeWord(String lemma) {
        return lemma != null && TIME_WORDS.contains(lemma.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the nominal at {@code k} is a time ("on Saturday", "last week", "in March", a temporal modifier):
     * such a modifier of a cue says when, never what.
     */
    static boolean temporal(AttributionTree t, int k) {
        String rel = t.relation(k);
        if (rel.equals("obl:tmod") || rel.equals("obl:npmod") || rel.equals("nmod:tmod"))
            return true;
        String ner = t.token(k).ner();
        return ner != null && TIME_TYPES.contains(ner) || isTimeWord(t.lemma(k))
                || t.tag(k).equals("CD") && t.lemma(k).matches("(1[89]|20)\\d\\d");
    }

    /** "Speaker: what they said", as in headlines ("Mayor: Ferry Will Sail Again"); the speaker is a short name. */
    static Optional<ClaimParts.Parts> headline(AttributionTree t, int colon) {
        int from = colon == quotedTurn(t) ? 1 : 0;
        // a transcript's label in capitals is a name, however the tagger took it ("PENCE" as a common noun)
        boolean named = from == 1;
        for (int k = from; k < colon; k++) {
            String tag = t.tag(k);
            if (tag.startsWith("VB") || tag.equals("MD") || tag.equals(",") || tag.equals("CD") || ClaimParts.QUOTES.contains(tag))
                return Optional.empty();
            named |= tag.startsWith("NNP") || tag.equals("PRP");
        }
        if (!named || colon + 2 >= t.size())
            return Optional.empty();
        BitSet speaker = new BitSet();
        speaker.set(from, colon);
        BitSet content = new BitSet();
        content.set(colon + 1, t.size());
        content = t.trim(content);
        if (content.cardinality() < 3)
            return Optional.empty();
        BitSet cue = new BitSet();
        cue.set(colon);
        int head = colon - 1;
        while (t.head(head) >= 0 && t.head(head) < colon && t.head(head) != head)
            head = t.head(head);
        return Optional.of(new ClaimParts.Parts(speaker, head, cue, content, ClaimParts.direct(t, content), false, false));
    }

    /**
     * The colon of a speaker's label in a transcript quoted paragraph by paragraph ("\"PENCE: Well, look, ..."):
     * a quote mark, one to five words in capitals, a colon. -1 when the sentence does not open so.
     */
    static int quotedTurn(AttributionTree t) {
        if (t.size() < 4 || !ClaimParts.QUOTES.contains(t.tag(0)))
            return -1;
        for (int k = 1; k < t.size() && k <= TURN_LABEL_MAX; k++) {
            String w = t.token(k).word();
            if (w.equals(":"))
                return k > 1 && !NEWSROOM_LABELS.contains(label(t, 1, k)) ? k : -1;
            if (!w.codePoints().anyMatch(Character::isLetter) || !w.equals(w.toUpperCase(java.util.Locale.ROOT)))
                return -1;
        }
        return -1;
    }

    /** Labels in capitals that open a paragraph but name no speaker ("UPDATE: …"), and interview turns' letters. */
    private static final java.util.Set<String> NEWSROOM_LABELS = java.util.Set.of("Q", "A", "UPDATE", "UPDATED", "BREAKING",
            "EXCLUSIVE", "WATCH", "NOTE", "EDITOR'S NOTE", "WARNING", "PHOTO", "PHOTOS", "VIDEO", "LIVE", "ALERT",
            "CORRECTION", "READ", "READ MORE", "MORE", "RELATED", "SOURCE", "SOURCES", "BYLINE", "CLARIFICATION", "ANALYSIS",
            "OPINION", "COMMENTARY", "EDITORIAL", "PREVIOUSLY", "EARLIER", "DEVELOPING", "AUDIO", "LISTEN");

    /** The words of tokens [from, to) joined by spaces. */
    private static String label(AttributionTree t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++)
            b.append(k > from ? " " : "").append(t.token(k).word());
        return b.toString();
    }

    /**
     * "Y seems to Z", "it appears that Y", "Y seemed a reminder that Z": an impression without a speaker; the content
     * is the subject and what it seems.
     */
    static Optional<ClaimParts.Parts> impression(AttributionTree t, int cue) {
        BitSet block = new BitSet();
        block.set(cue);
        BitSet content = new BitSet();
        for (String rel : List.of("ccomp", "xcomp"))
            for (int c : t.children(cue, rel))
                content.or(t.phrase(c, block));
        if (content.isEmpty())
            // "The returns seemed a reminder that Y", "It seems like no one will be spared": what it seems, parsed as
            // an object or a "like" phrase
            for (int c : t.children(cue))
                if (c > cue && (t.relation(c).equals("obj") || (t.relation(c).startsWith("obl") || t.relation(c).equals("advcl"))
                        && (ClaimParts.hasCase(t, c, "like") || ClaimContents.hasMark(t, c, "like") || ClaimContents.hasMark(t, c, "if"))))
                    content.or(t.phrase(c, block));
        if (content.isEmpty())
            return Optional.empty();
        for (int c : t.children(cue, "nsubj"))
            if (!t.lemma(c).equals("it"))
                content.or(t.phrase(c, block));
        content = t.trim(content);
        return Optional.of(new ClaimParts.Parts(new BitSet(), -1, ClaimParts.cueTokens(t, cue), content, ClaimParts.direct(t, content), ClaimParts.negated(t, cue),
                ClaimParts.hedged(t, cue)));
    }

    /** "according to X, Y" / "Y, according to X": X is the speaker, the rest of X's clause the content. */
    static Optional<ClaimParts.Parts> accordingTo(AttributionTree t, int according) {
        int source = t.head(according);
        if (source < 0 || source == according + 1)
            source = t.head(according + 1);
        if (source < 0 || source <= according)
            return Optional.empty();
        int gov = t.head(source);
        // "..., where 475 delegates are at stake, according to X" belongs to the main clause, not the relative one
        while (gov >= 0 && t.relation(gov).startsWith("acl") && t.head(gov) >= 0 && t.head(t.head(gov)) >= 0)
            gov = t.head(t.head(gov));
        if (gov < 0)
            return Optional.empty();
        BitSet speaker = t.phrase(source);
        speaker.clear(according);
        speaker.clear(according + 1);
        BitSet notSource = new BitSet();
        for (int c : t.children(source, "appos")) {
            // "..., according to the transport office, the highest share on record", "Thunberg led, according to Reuters,
            // the largest protest ever held": the figure's or the clause's, not the source's
            int first = t.phrase(c).nextSetBit(0);
            if (first > source && t.tag(first - 1).equals(",") && AccordingToWords.figure(t, first))
                notSource.or(t.phrase(c));
        }
        speaker.andNot(notSource);
        BitSet block = new BitSet();
        int name = AccordingToWords.namedSource(t, according, source, gov);
        if (name >= 0) {
            // "According to the fire chief, Ana Ruiz, the blaze started" parsed with the name as the clause's subject and
            // the clause's subject as the name's apposition: the name is the source's, the apposition the clause's
            BitSet named = t.phrase(name);
            for (int c : t.children(name, "appos"))
                notSource.or(t.phrase(c));
            named.andNot(notSource);
            speaker.or(named);
            block.set(name);
        }
        speaker = t.trim(speaker);
        block.set(source);
        block.set(according);
        block.set(according + 1);
        for (int c : t.children(gov))
            // "But, according to X, Y", "However, …", "Although, …": the word that opens the clause is the article's
            if (c < according && (t.relation(c).equals("cc") || t.relation(c).equals("mark") && !COMPLEMENTIZERS.contains(t.lemma(c))
                    || t.relation(c).equals("advmod") && CONNECTIVES.contains(t.lemma(c).toLowerCase(java.util.Locale.ROOT))))
                block.set(c);
        for (int c : t.children(gov, "conj"))
            // "According to X, A, but according to Z, B": the clause with a source of its own is Z's, not X's
            if (c > according && ownSource(t, c)) {
                block.set(c);
                t.children(c, "cc").forEach(block::set);
            }
        BitSet content = t.phrase(gov, block);
        content.or(notSource);
        content = t.trim(content);
        if (content.isEmpty() || speaker.isEmpty())
            return Optional.empty();
        BitSet cue = new BitSet();
        cue.set(according, according + 2);
        return Optional.of(new ClaimParts.Parts(speaker, source, cue, content, ClaimParts.direct(t, content), false, ClaimParts.hedged(t, gov)));
    }

    /** Whether the words "according to" start at token {@code k}. */
    static boolean startsAccordingTo(AttributionTree t, int k) {
        return k >= 0 && k + 1 < t.size() && t.token(k).word().equalsIgnoreCase("according")
                && t.token(k + 1).word().equalsIgnoreCase("to");
    }

    /** Whether a clause has an "according to" of its own among its dependents. */
    private static boolean ownSource(AttributionTree t, int clause) {
        for (int c : t.children(clause, "obl")) {
            if (startsAccordingTo(t, t.phrase(c).nextSetBit(0)))
                return true;
        }
        return false;
    }

    /** The longest label of a quoted transcript turn, its quote mark included, in tokens. */
    private static final int TURN_LABEL_MAX = 6;
    /** What speaks through "in": polls and surveys ("In a poll released Sunday, most voters ..."). */
    private static final java.util.Set<String> FINDINGS = java.util.Set.of("poll", "survey", "study");

    /** "In a CNN poll released Monday, Y" / "Y leads in the polls": the poll is the speaker, its clause the content. */
    static Optional<ClaimParts.Parts> inPoll(AttributionTree t, int in) {
        int source = t.head(in);
        if (source < 0 || !t.relation(in).equals("case") || !FINDINGS.contains(t.lemma(source).toLowerCase())
                || !t.relation(source).startsWith("obl") && !t.relation(source).startsWith("nmod"))
            return Optional.empty();
        // the clause the poll speaks for: what the "in" phrase modifies, or the verb above a noun it modifies
        // ("Clinton's lead in the polls has evaporated", "Trump leads Cruz in a CBS poll")
        int gov = t.head(source);
        // only through a noun that is a subject or object of its clause ("Clinton's lead … has evaporated"), not one
        // of an adverbial ("Despite his lead in the polls, Biden is campaigning")
        while (gov >= 0 && (t.tag(gov).startsWith("NN") || t.tag(gov).startsWith("PRP"))
                && t.relation(gov).matches("nsubj(:pass)?|obj"))
            gov = t.head(gov);
        if (gov < 0 || !t.tag(gov).startsWith("VB") && !t.tag(gov).startsWith("JJ"))
            return Optional.empty();
        // after its clause only a poll or survey speaks ("took part in the study", "wrote it in his study" do not)
        if (gov < source && t.lemma(source).equalsIgnoreCase("study"))
            return Optional.empty();
        BitSet speaker = t.phrase(source);
        speaker.clear(in);
        speaker = t.trim(speaker);
        BitSet block = new BitSet();
        block.set(source);
        BitSet content = t.trim(t.phrase(gov, block));
        if (content.cardinality() < 3 || speaker.isEmpty())
            return Optional.empty();
        BitSet cue = new BitSet();
        cue.set(in);
        return Optional.of(new ClaimParts.Parts(speaker, source, cue, content, ClaimParts.direct(t, content), false, ClaimParts.hedged(t, gov)));
    }
}
