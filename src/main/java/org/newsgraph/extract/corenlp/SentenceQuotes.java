package org.newsgraph.extract.corenlp;

import org.newsgraph.extract.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The direct quotes of one sentence, as token ranges: within a paragraph, double quote marks alternate open and
 * close, and a quote still open at the end of a sentence runs on into the next one (never past its paragraph).
 *
 * @param quotes  the quotes as token ranges {@code [from, to]}, marks included
 * @param inQuote the tokens inside a quote, marks included
 * @param open    whether a quote is still open when the sentence ends
 */
record SentenceQuotes(List<int[]> quotes, BitSet inQuote, boolean open) {
    SentenceQuotes {
        quotes = List.copyOf(quotes);
        inQuote = (BitSet) inQuote.clone();
    }

    /** The quotes of a sentence that starts inside a quote when {@code quoted}. */
    static SentenceQuotes of(AttributionTree tree, boolean quoted) {
        List<int[]> quotes = new ArrayList<>();
        BitSet inQuote = new BitSet();
        int open = quoted ? 0 : -1;
        for (int i = 0; i < tree.size(); i++) {
            if (isDoubleQuote(tree.token(i).originalText())) {
                if (open < 0) {
                    open = i;
                } else {
                    quotes.add(new int[] {open, i});
                    inQuote.set(open, i + 1);
                    open = -1;
                }
            }
        }
        if (open >= 0) {
            quotes.add(new int[] {open, tree.size() - 1});
            inQuote.set(open, tree.size());
        }
        // direct speech in single marks ("‘…,’ she said"), not a headline's quoted words ("Sarandon ‘not sure’"): its cues are the quoted speaker's
        for (int[] q : singleQuotes(tree, inQuote))
            if (q[1] - 1 > q[0] && ",.?!".contains(tree.token(q[1] - 1).word()))
                inQuote.set(q[0], q[1] + 1);
        return new SentenceQuotes(quotes, inQuote, open >= 0);
    }

    /** The quote the sentence ends with (closing mark last, or before the final period), if any. */
    List<Span> ending(AttributionTree tree) {
        if (quotes.isEmpty())
            return List.of();
        int[] last = quotes.get(quotes.size() - 1);
        int end = tree.size() - 1;
        if (end > 0 && tree.tag(end).equals(".") && last[1] == end - 1)
            end--;
        return last[1] == end && last[1] > last[0] ? List.of(tree.span(last[0], last[1])) : List.of();
    }

    /** Whether the sentence is nothing but quotation (and commas and full stops). */
    boolean allQuoted(AttributionTree tree) {
        for (int i = 0; i < tree.size(); i++)
            if (!inQuote.get(i) && !tree.tag(i).equals(".") && !tree.tag(i).equals(","))
                return false;
        return true;
    }

    /**
     * Whether content is a direct quote: every word of it stands inside one of the sentence's quotes
     * ({@link AttributionTree#quotes()}), a leading "that" aside ("said that “…”"). A few quoted words inside reported
     * speech ("called the plan “a fantasy on rails”", "was “clearly offside”") are not.
     */
    static boolean quotesAll(AttributionTree tree, BitSet content) {
        BitSet quoted = new BitSet();
        for (int[] q : tree.quotes())
            quoted.set(q[0], q[1] + 1);
        for (int[] q : singleQuotes(tree, quoted))
            quoted.set(q[0], q[1] + 1);
        int words = 0;
        for (int i = content.nextSetBit(0); i >= 0; i = content.nextSetBit(i + 1)) {
            String word = tree.token(i).word();
            if (word.codePoints().noneMatch(Character::isLetterOrDigit)
                    || words == 0 && "that".equals(tree.lemma(i)) && "mark".equals(tree.relation(i)))
                continue;
            if (!quoted.get(i))
                return false;
            words++;
        }
        return words > 0;
    }

    /**
     * Quotes in single curly marks outside the double quotes ({@code inDouble}) and within the sentence, as token ranges
     * marks included: direct speech as British news writes it ("‘We listened,’ the councillor said"). The closing mark
     * must stand as a token of its own tagged as a closing quote, so an apostrophe ("don’t", "the farmers’ union") closes
     * nothing.
     */
    static List<int[]> singleQuotes(AttributionTree tree, BitSet inDouble) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < tree.size(); i++) {
            String word = tree.token(i).originalText();
            if (inDouble.get(i))
                open = -1;
            else if ("\u2018".equals(word))
                open = i;
            else if (open >= 0 && "\u2019".equals(word) && "''".equals(tree.tag(i))) {
                out.add(new int[] {open, i});
                open = -1;
            }
        }
        return out;
    }

    /** A double quote mark, straight or curly, or one glued to a single quote ("’”"). */
    static boolean isDoubleQuote(String word) {
        return word != null && (word.equals("\"") || word.equals("\u201c") || word.equals("\u201d") || word.equals("''")
                || word.equals("``") || word.equals("\u00ab") || word.equals("\u00bb")
                // a single quote glued to a double one ("’”" closing a quote within a quote) is one token
                || word.length() == 2 && (word.indexOf('\u201c') >= 0 || word.indexOf('\u201d') >= 0)
                && (word.indexOf('\u2018') >= 0 || word.indexOf('\u2019') >= 0));
    }
}
