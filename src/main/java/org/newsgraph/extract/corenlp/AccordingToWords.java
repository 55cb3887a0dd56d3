package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "According to X, Y", "That's according to X." and "Y, according to X." read off the words where the parse lost the
 * phrase (made the source the root of the sentence, or hung "according" from a word inside the source): fronted, the
 * source runs to the first comma and the content from there to the end; after a copula, the content is what stands
 * before it; after a comma, the source runs to the sentence's end where a description of it follows the next comma,
 * else to that comma, and the content is the clause before, with what follows that comma where the clause goes on with
 * its verb ("Among the cases at risk, according to Ms. Ode, are 16 ...").
 */
final class AccordingToWords {
    private static final int MAX_SOURCE = 30;

    private AccordingToWords() {
    }

    /** The parts of "according to" at {@code according} (the word "according", "to" next to it). */
    static Optional<ClaimParts.Parts> find(AttributionTree t, int according) {
        if (according + 2 >= t.size() || !t.lemma(according).equals("accord") && !t.token(according).word().equalsIgnoreCase("according")
                || !t.lemma(according + 1).equals("to"))
            return Optional.empty();
        BitSet source = new BitSet(), content = new BitSet();
        int end = t.size();
        while (end > according + 2 && t.tag(end - 1).equals("."))
            end--;
        if (according == 0) {
            int comma = according + 2;
            while (comma < end && !t.tag(comma).equals(","))
                comma++;
            if (comma >= end || comma - according - 2 > MAX_SOURCE)
                return Optional.empty();
            source.set(according + 2, comma);
            content.set(comma + 1, end);
            if (!ClaimParts.hasVerb(t, content))
                return Optional.empty();
        } else if (according >= 2 && t.lemma(according - 1).equals("be") || according >= 2 && t.token(according - 1).word().matches("['\u2019]s")) {
            // "That's according to X."
            source.set(according + 2, end);
            content.set(0, according - 1);
        } else if (according >= 2 && (t.tag(according - 1).equals(",") || ClaimParts.QUOTES.contains(t.tag(according - 1))
                && t.tag(according - 2).equals(","))) {
            // "Y, according to X." and "Y, according to X, Z."
            content.set(0, according - 1);
            int comma = according + 2;
            while (comma < end && !t.tag(comma).equals(","))
                comma++;
            BitSet rest = new BitSet();
            rest.set(Math.min(comma + 1, end), end);
            if (comma < end && TrailingCues.finite(t, comma + 1)) {
                source.set(according + 2, comma);
                content.or(rest);
            } else if (comma < end && !relative(t, comma + 1)) {
                // "..., according to exit polls, down from 41 percent in 2008.", "..., though Z", "..., making Z": what
                // follows neither describes the source nor goes on with what it says
                source.set(according + 2, comma);
            } else {
                source.set(according + 2, end);
            }
            if (!ClaimParts.hasVerb(t, content) || source.cardinality() > MAX_SOURCE)
                return Optional.empty();
        } else {
            return Optional.empty();
        }
        source = t.trim(source);
        content = t.trim(content);
        if (source.isEmpty() || content.isEmpty())
            return Optional.empty();
        BitSet cue = new BitSet();
        cue.set(according, according + 2);
        int head = source.length() - 1;
        for (int k = source.nextSetBit(0); k >= 0; k = source.nextSetBit(k + 1))
            if (t.head(k) < 0 || !source.get(t.head(k))) {
                head = k;
                break;
            }
        return Optional.of(new ClaimParts.Parts(source, head, cue, content, ClaimParts.direct(t, content), false, false));
    }

    /** Nouns for a figure that a superlative after a source describes ("the highest share", "its lowest level"). */
    private static final Set<String> FIGURES = Set.of("share", "level", "rate", "figure", "number", "total", "drop",
            "fall", "rise", "increase", "decrease", "decline", "gain", "jump", "result", "percentage", "proportion",
            "amount", "margin", "turnout", "growth", "loss", "tally", "count", "score", "price", "cost", "day", "week",
            "month", "quarter", "year", "decade");
    /** Words after a superlative with no noun that make it a figure's ("the most since 1937", "the highest ever"). */
    private static final Set<String> FIGURE_ENDS = Set.of("since", "ever", "record");

    /**
     * Whether the words from {@code k} are a superlative describing the figure a clause gives, not its source:
     * "the highest share on record", "its lowest level since 1974", "the most since 1937" are; "the largest union in
     * the state" and "the most respected economist in Carden" describe the source.
     */
    static boolean figure(AttributionTree t, int k) {
        if (k + 1 >= t.size() || !(t.tag(k).equals("DT") || t.tag(k).equals("PRP$"))
                || !(t.tag(k + 1).equals("JJS") || t.tag(k + 1).equals("RBS")))
            return false;
        boolean noun = false;
        for (int j = k + 2; j < t.size() && !t.tag(j).equals(",") && !t.tag(j).equals("."); j++) {
            if (t.tag(j).startsWith("NN") && !noun) {
                if (FIGURES.contains(t.lemma(j).toLowerCase(Locale.ROOT)))
                    return true;
                noun = true;
            }
            // "the largest protest ever held": a superlative with "ever" is a record, not a source
            if (FIGURE_ENDS.contains(t.token(j).word().toLowerCase(Locale.ROOT)) && (!noun || t.token(j).word().equalsIgnoreCase("ever")))
                return true;
        }
        return false;
    }

    /**
     * The name the parse made the clause's subject in "According to the fire chief, Ana Ruiz, the blaze started in a
     * kitchen": a proper name right after the fronted source and its comma, with the clause's real subject as its
     * apposition after another comma; or -1.
     */
    static int namedSource(AttributionTree t, int according, int source, int verb) {
        if (according != 0 || verb < source)
            return -1;
        BitSet phrase = t.phrase(source);
        int after = phrase.length();
        for (int n : t.children(verb, "nsubj")) {
            BitSet name = t.phrase(n);
            if (n < after || !t.tag(n).equals("NNP") || name.nextSetBit(0) != after + 1 || !t.tag(after).equals(","))
                continue;
            for (int a : t.children(n, "appos")) {
                // ("According to the summary, Cheryl Mills, a top aide, sent Y": an apposition closed by a comma is the
                // name's own)
                BitSet appos = t.phrase(a);
                int first = appos.nextSetBit(0);
                if (first > n && t.tag(first - 1).equals(",") && !t.tag(a).startsWith("NNP")
                        && appos.length() < t.size() && !t.tag(appos.length()).equals(","))
                    return n;
            }
        }
        return -1;
    }

    /**
     * Whether the words from {@code k} describe the source before them ("sources who spoke to Fox News", "X, an aide"),
     * not the figure the clause gives ("..., according to exit polls, the lowest share on record").
     */
    private static boolean relative(AttributionTree t, int k) {
        if (figure(t, k))
            return false;
        return k < t.size() && (t.tag(k).startsWith("W") || t.tag(k).equals("DT") || t.tag(k).startsWith("NN")
                || t.tag(k).equals("JJ") || t.tag(k).equals("CD"));
    }
}
