package org.newsgraph.extract.corenlp;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Span;

/**
 * A quote that runs on past its sentence, or past its paragraph as news writes one: the paragraph of quotation ends
 * without a closing mark and the next opens with a quote mark again ("“We had every chance. We let it go.¶“Nobody will
 * forgive that,” the coach said."). The parts of the quote open before a sentence go to the claim of that sentence whose
 * direct content begins inside it, as its first parts, unless a claim holds them already (its cue stood before them,
 * and the sentences after continue it). One instance reads one document, sentence by sentence.
 */
final class RunOnQuotes {
    /** The parts of the quote still open after the sentences read so far. */
    private List<Span> open = List.of();
    /** The parts of the quote open before the current sentence, waiting for the claim that takes it up. */
    private List<Span> pending = List.of();

    /**
     * At the first sentence of a paragraph: whether the quote left open at the previous paragraph's end runs on into
     * this one ({@code quoted}: a quote was open there), that is, whether this paragraph opens with a quote mark.
     */
    boolean paragraph(AttributionTree tree, boolean quoted) {
        boolean runsOn = quoted && tree.size() > 0 && SentenceQuotes.isDoubleQuote(tree.token(0).originalText());
        if (!runsOn)
            open = List.of();
        pending = open;
        return runsOn;
    }

    /**
     * After a sentence's claims are found: gives the quote open before it to the first direct claim of the sentence
     * whose content begins inside the quote that opens the sentence, where no claim holds it yet, and records the quote
     * the sentence leaves open.
     *
     * @param startedQuoted whether the sentence began inside a quote
     * @param before        the number of claims before this sentence's
     */
    void sentence(AttributionTree tree, SentenceQuotes sq, boolean startedQuoted, List<Claim> claims, int before) {
        List<int[]> quotes = sq.quotes();
        if (startedQuoted)
            pending = open;
        boolean opensWithQuote = !quotes.isEmpty() && quotes.get(0)[0] == 0;
        if (!pending.isEmpty() && opensWithQuote && claims.stream().noneMatch(c -> overlaps(c.content(), pending))) {
            int begin = tree.span(0, 0).begin(), end = tree.span(0, quotes.get(0)[1]).end();
            for (int i = before; i < claims.size(); i++) {
                Claim c = claims.get(i);
                Span first = c.content().get(0);
                if (c.direct() && first.begin() >= begin && first.begin() < end) {
                    List<Span> parts = new ArrayList<>(pending);
                    parts.addAll(c.content());
                    claims.set(i, c.withContent(parts));
                    break;
                }
            }
        }
        pending = List.of();
        if (!sq.open()) {
            open = List.of();
            return;
        }
        int[] last = quotes.get(quotes.size() - 1);
        List<Span> parts = new ArrayList<>(quotes.size() == 1 && opensWithQuote ? open : List.of());
        parts.add(tree.span(last[0], last[1]));
        open = List.copyOf(parts);
    }

    private static boolean overlaps(List<Span> a, List<Span> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(x::overlaps));
    }
}
