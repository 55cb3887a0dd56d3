package org.newsgraph.extract.corenlp;

import org.newsgraph.extract.Span;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The name that speaks where the parse lost or misplaced a cue's subject: the name right before or after the cue
 * ("“Y,” Dr. Lee said", "“Y,” said Dr. Lee", "Paul Ryan's office announced ...") and the name of a relative clause
 * without "that" that the parse hung from the noun it modifies ("a charge Nordwind Energy denied").
 */
final class SpeakerNames {
    /** Relations the parse gives a speaker that follows its cue ("“Y,” said Devine"). */
    private static final Set<String> INVERTED = Set.of("obj", "nsubj", "xcomp", "dep", "iobj", "appos");
    /** Nouns for a thing said, which a reduced relative clause may report ("a charge X denied"). */
    static final Set<String> SAID_THINGS = Set.of("charge", "claim", "allegation", "accusation", "assertion",
            "suggestion", "criticism", "comment", "remark", "statement", "story", "rumor", "rumour", "notion", "idea",
            "argument", "point", "version", "account", "theory", "view", "description", "characterization", "label");
    /** Words that are what a cue says, never who says it ("said nothing", "said little"). */
    private static final Set<String> NOT_SPEAKERS = Set.of("nothing", "something", "anything", "everything", "little",
            "much", "more", "less", "enough", "so", "otherwise");
    /** Tags of the words a name next to a cue may be made of. */
    static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "PRP", "DT", "JJ", "POS", "CD");

    private SpeakerNames() {
    }

    /** The span a claim shows for its speaker: the speaker's tokens {@link #withoutLead without lead or tail}; empty if none. */
    static Optional<Span> span(AttributionTree t, ClaimParts.Parts parts) {
        return parts.speaker().isEmpty() ? Optional.empty() : Optional.of(t.hull(withoutLead(t, parts.speaker(), parts.speakerHead())));
    }

    /**
     * A speaker phrase without what the parse hung in front of the name: a dateline ("WASHINGTON (Reuters) - Hillary
     * Clinton", "NASHUA, N.H. - Chris Christie") and a fronted prepositional phrase ("Despite her hurdles in Iowa,
     * Hillary Clinton"); the phrase as it is where nothing of the kind leads it or nothing else would be left.
     */
    static BitSet withoutLead(AttributionTree t, BitSet speaker, int head) {
        if (speaker.isEmpty() || head < 0)
            return speaker;
        BitSet out = (BitSet) speaker.clone();
        int dash = datelineEnd(t);
        if (dash >= 0 && head > dash)
            out.clear(0, dash + 1);
        int first = out.nextSetBit(0);
        for (int c : t.children(head)) {
            if (c > head || !(t.relation(c).startsWith("nmod") || t.relation(c).startsWith("obl")) || first < 0
                    || !t.tag(first).equals("IN"))
                continue;
            BitSet phrase = t.phrase(c);
            if (phrase.nextSetBit(0) == first && phrase.length() < head && t.tag(phrase.length()).equals(","))
                // set off by its comma: "at least half of voters" keeps its "at least"
                out.andNot(phrase);
        }
        out = t.trim(out);
        return withoutTail(t, out.get(head) ? out : speaker);
    }

    /**
     * "WASHINGTON — Sen. Chuck Grassley said Y" parsed with the dateline's place as the subject and the name hung from
     * it: the name after the dash is the speaker's head; {@code head} itself where no dateline leads it.
     */
    static int pastDateline(AttributionTree t, int head) {
        int dash = head < 0 ? -1 : datelineEnd(t);
        if (dash < 0 || head > dash)
            return head;
        // the first noun after the dash that the parse hung from the dateline's words, not one with a preposition
        // ("DES MOINES - Despite her hurdles in Iowa, Hillary Clinton is ...")
        BitSet phrase = t.phrase(head);
        for (int c = phrase.nextSetBit(dash + 1); c >= 0; c = phrase.nextSetBit(c + 1))
            if (t.head(c) <= dash && (t.tag(c).startsWith("NN") || t.tag(c).equals("PRP"))
                    && t.relation(c).matches("dep|appos|conj|parataxis") && t.children(c, "case").isEmpty())
                return c;
        return head;
    }

    /** Prepositions of time and occasion that, set off after a name, tell when it spoke, not who it is. */
    private static final Set<String> OCCASIONS = Set.of("after", "before", "during", "following", "in", "at", "on",
            "while", "when", "upon");

    /**
     * A speaker phrase without the circumstance set off after the name: "said his father, Abdullah Kurdi, following the
     * ceremony" and "said the mayor, speaking after the vote" speak as "his father, Abdullah Kurdi" and "the mayor"; an
     * apposition or a relative clause ("Lind, a harbour clerk who kept the logs") still says who speaks.
     */
    static BitSet withoutTail(AttributionTree t, BitSet speaker) {
        BitSet out = (BitSet) speaker.clone();
        for (int top = speaker.nextSetBit(0); top >= 0; top = speaker.nextSetBit(top + 1)) {
            if (t.head(top) >= 0 && speaker.get(t.head(top)))
                continue;
            for (int c : t.children(top)) {
                BitSet phrase = t.phrase(c);
                int first = phrase.nextSetBit(0);
                if (c < top || first == 0 || !t.tag(first - 1).equals(",") || !speaker.get(c))
                    continue;
                String rel = t.relation(c);
                boolean participle = rel.equals("acl") && (t.tag(c).equals("VBG") || t.tag(c).equals("VBN"));
                boolean occasion = (rel.startsWith("nmod") || rel.startsWith("obl")) && t.children(c, "case").stream()
                        .anyMatch(k -> k == first && OCCASIONS.contains(t.token(k).word().toLowerCase(Locale.ROOT)))
                        && !affiliation(t, c);
                if (participle || occasion) {
                    out.andNot(phrase);
                    out.clear(first - 1);
                }
            }
        }
        out = t.trim(out);
        return out.isEmpty() ? speaker : out;
    }

    /** A named place or body after "at" or "in" that says where the speaker works ("Dr. Ines Moya, at Carden General Hospital"). */
    private static boolean affiliation(AttributionTree t, int noun) {
        String ner = String.valueOf(t.token(noun).ner());
        return t.tag(noun).startsWith("NNP") && !ner.equals("DATE") && !ner.equals("TIME") && !ner.equals("DURATION")
                && !ner.equals("SET");
    }

    /**
     * The dash that ends a dateline opening the sentence: a place in capitals, maybe its state after a comma, maybe an
     * agency in brackets ("WASHINGTON —", "NASHUA, N.H. -", "SALEM, Ore. (AP) —", "LONDON (Reuters) -"); -1 if none.
     */
    static int datelineEnd(AttributionTree t) {
        int k = 0;
        while (k < t.size() && k < 4 && capitals(t.token(k).word()))
            k++;
        if (k == 0)
            return -1;
        if (k < t.size() && t.tag(k).equals(",")) {
            int state = k + 1;
            while (state < t.size() && state < k + 3 && Character.isUpperCase(t.token(state).word().codePointAt(0)))
                state++;
            if (state == k + 1)
                return -1;
            k = state;
        }
        if (k < t.size() && t.tag(k).equals("-LRB-"))
            while (k < t.size() && k < 12 && !t.tag(k++).equals("-RRB-"))
                ;
        if (k >= t.size())
            return -1;
        String w = t.token(k).word();
        return w.equals("-") || w.equals("--") || w.equals("\u2014") || w.equals("\u2013") ? k : -1;
    }

    private static boolean capitals(String word) {
        return word.codePoints().filter(Character::isLetter).count() >= 2 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** The name right before the cue ("“Y,” Dr. Lee said") or right after it ("“Y,” said Dr. Lee"), outside the content. */
    static BitSet adjacentName(AttributionTree t, int cue, BitSet content) {
        BitSet out = new BitSet();
        // "“Y,” said a person close to the family": the parse takes the speaker for the cue's object
        for (int c : t.children(cue))
            if (c > cue && INVERTED.contains(t.relation(c).split(":")[0]) && !content.get(c) && !CuePatterns.temporal(t, c)
                    && !NOT_SPEAKERS.contains(t.lemma(c).toLowerCase(Locale.ROOT)) && (t.tag(c).startsWith("NN")
                    || t.tag(c).equals("PRP") || Character.isUpperCase(t.token(c).word().codePointAt(0))
                    // "said one of those advisers", "tweeted another", "said the 46-year-old"
                    || t.tag(c).equals("CD") || t.tag(c).equals("DT") || t.tag(c).equals("JJ") && hasNoun(t, t.phrase(c)))) {
                out.or(t.trim(t.phrase(c)));
                out.andNot(content);
                if (!out.isEmpty())
                    return out;
            }
        out = nameBefore(t, cue, content);
        if (!out.isEmpty())
            return out;
        int k = cue + 1;
        while (k < t.size() && NAME_TAGS.contains(t.tag(k)))
            k++;
        // "said he's proud": a name followed by a verb is the subject of what is said, not an inverted speaker; a noun
        // followed by a past form outside the content is one with a participle ("“Y,” said residents gathered outside")
        boolean clause = k < t.size() && (t.tag(k).equals("VBZ") || t.tag(k).equals("VBP") || t.tag(k).equals("MD")
                || t.tag(k).equals("VBD") && (t.tag(k - 1).equals("PRP") || content.get(k)));
        // ("Sales fell in May, said Tuesday.": a time never speaks)
        if (k > cue + 1 && nominal(t, cue + 1, k - 1) && !clause
                && !(CuePatterns.temporal(t, k - 1) && !"PERSON".equals(t.token(k - 1).ner())))
            out.set(cue + 1, k);
        return out;
    }

    /**
     * The name right after a cue set off by a comma from what comes before ("Any reading of the deal, said Mira Kol, an
     * analyst, would ...", "“Y,” said Dr. Lee."), outside the content, not a time and followed by a comma or the
     * sentence's end (not "thanked Obama for Y"); empty if none.
     */
    static BitSet nameAfterInvertedCue(AttributionTree t, int cue, BitSet content) {
        BitSet out = new BitSet();
        if (cue < 1 || cue + 1 >= t.size() || !(t.tag(cue - 1).equals(",") || t.tag(cue - 1).equals("''")))
            return out;
        int k = cue + 1;
        while (k < t.size() && NAME_TAGS.contains(t.tag(k)) && !content.get(k) && !CuePatterns.temporal(t, k))
            k++;
        if (k > cue + 1 && nominal(t, cue + 1, k - 1) && (k == t.size() || Set.of(",", ".", ":", "''").contains(t.tag(k))))
            out.set(cue + 1, k);
        return out;
    }

    /** The name right before a cue ("Paul Ryan's office announced ...", the parse having lost the subject), outside the content. */
    static BitSet nameBefore(AttributionTree t, int cue, BitSet content) {
        BitSet out = new BitSet();
        int k = cue - 1;
        while (k >= 0 && t.head(k) == cue && t.relation(k).startsWith("aux"))
            k--;
        if (k > 0 && t.tag(k).equals("-RRB-")) {
            // "Rep. Jim McDermott (D-Wash.) said": the name before its bracket
            int open = k - 1;
            while (open > 0 && !t.tag(open).equals("-LRB-") && k - open < 8)
                open--;
            if (t.tag(open).equals("-LRB-"))
                k = open - 1;
        }
        int end = k;
        while (k >= 0 && !content.get(k) && NAME_TAGS.contains(t.tag(k)))
            k--;
        if (end > k && nominal(t, k + 1, end))
            out.set(k + 1, end + 1);
        return out;
    }

    /**
     * The name that opens a clause and is set off from its cue by a parenthetical the parse took for the subject's
     * clause ("Tanden, head of the Center, recounted Y", "Dunwoody, who worked for Obama, said Y", "“Y,” Ki Hong, 33,
     * said"): a plain noun phrase at the clause's start or after a comma, then a comma, then anything up to a comma
     * (or closing bracket or dash) before the cue; empty if none.
     */
    static BitSet nameBeforeParenthetical(AttributionTree t, int cue, BitSet content) {
        BitSet out = new BitSet();
        int k = cue - 1;
        while (k >= 0 && (t.head(k) == cue && t.relation(k).startsWith("aux") || t.tag(k).equals("RB")))
            k--;
        if (k < 1 || !(t.tag(k).equals(",") || t.tag(k).equals(":") || t.tag(k).equals("-RRB-")))
            return out;
        int start = 0;
        for (int c = content.nextSetBit(0); c >= 0 && c < cue; c = content.nextSetBit(c + 1))
            start = c + 1;
        while (start < k && (t.tag(start).equals(",") || ClaimParts.QUOTES.contains(t.tag(start))))
            start++;
        for (int p = start; p < k; p++) {
            if (p > start && !t.tag(p - 1).equals(","))
                continue;
            int q = p;
            while (q < k && (NAME_TAGS.contains(t.tag(q)) || t.tag(q).equals("HYPH")) && !content.get(q))
                q++;
            if (q > p && q < k && t.tag(q).equals(",") && (t.tag(q - 1).startsWith("NN") || t.tag(q - 1).equals("PRP"))
                    && !PLACES.contains(String.valueOf(t.token(q - 1).ner()))) {
                out.set(p, q);
                return out;
            }
        }
        return out;
    }

    /** Named entity types of a place or time that opens a clause ("In Dayton, Ohio, ..."), never a speaker. */
    private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY", "DATE", "TIME",
            "DURATION", "NUMBER", "ORDINAL", "SET");

    /**
     * "..., a charge Nordwind Energy denied": a relative clause without "that" parsed with the noun it modifies as the
     * cue's subject and the real subject, a name, hanging from that noun. Where that noun is a thing said ("a charge",
     * "the claim"), the cue has no object or clause of its own (the noun is what it denies) and a name stands between
     * the noun and the cue, the name speaks; a title before a name ("Velmar's chairman Oskar Brandt announced") stays.
     *
     * @return the name's head, else {@code subject}
     */
    static int reducedRelativeName(AttributionTree t, int cue, int subject) {
        if (subject < 0 || subject > cue || !SAID_THINGS.contains(t.lemma(subject).toLowerCase(Locale.ROOT)))
            return subject;
        for (String rel : List.of("obj", "ccomp", "xcomp", "parataxis"))
            if (!t.children(cue, rel).isEmpty())
                return subject;
        int k = cue - 1;
        while (k > subject && t.head(k) == cue && t.relation(k).startsWith("aux"))
            k--;
        for (int name : t.children(subject, "dep"))
            if (name == k && t.tag(name).startsWith("NNP") && t.trim(t.phrase(name)).nextSetBit(0) == subject + 1)
                return name;
        return subject;
    }

    private static boolean hasNoun(AttributionTree t, BitSet phrase) {
        for (int k = phrase.nextSetBit(0); k >= 0; k = phrase.nextSetBit(k + 1))
            if (t.tag(k).startsWith("NN"))
                return true;
        return false;
    }

    private static boolean nominal(AttributionTree t, int from, int to) {
        if (NOT_SPEAKERS.contains(t.lemma(to).toLowerCase(Locale.ROOT)))
            return false;
        String last = t.tag(to);
        // a name the tagger took for an adjective ("“Y,” Devine declared")
        return last.startsWith("NN") || last.equals("PRP")
                || last.equals("JJ") && Character.isUpperCase(t.token(to).word().codePointAt(0)) && to - from < 3;
    }
}
