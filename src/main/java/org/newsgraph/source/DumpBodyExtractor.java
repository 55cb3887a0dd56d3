package org.newsgraph.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the article body in a page dump with general signals, in the manner of jusText and BTE:
 * each block is classed as prose, short or chrome (menus and lists, URLs, image placeholders, credits,
 * words of login, sharing, cookies and related links); the body is the stretch of blocks with the
 * most prose once chrome is charged against it; inside it, captions, repeated headlines and the page's
 * headline are dropped.
 */
final class DumpBodyExtractor {
    enum Kind {
        PROSE, SHORT, CHROME
    }

    private static final double CHROME_COST = 6;
    private static final double SHORT_COST = 2;

    private DumpBodyExtractor() {
    }

    /** The body blocks, in order; empty when the dump holds no prose. */
    static List<DumpBlock> body(List<DumpBlock> blocks) {
        boolean english = isEnglish(blocks);
        Kind[] kinds = new Kind[blocks.size()];
        for (int i = 0; i < kinds.length; i++)
            kinds[i] = classify(blocks.get(i), english);
        int[] region = bestRegion(blocks, kinds);
        if (region[0] < 0)
            return List.of();
        Map<String, Integer> seen = counts(blocks);
        List<DumpBlock> body = new ArrayList<>();
        for (int i = region[0]; i <= region[1]; i++) {
            DumpBlock b = blocks.get(i);
            if (kinds[i] == Kind.CHROME || isCaption(blocks, kinds, i))
                continue;
            if (kinds[i] == Kind.SHORT && (seen.get(b.flat()) > 1 || looksLikeHeadline(b)))
                continue;
            body.add(b);
        }
        return body;
    }

    static Kind classify(DumpBlock b, boolean english) {
        int words = b.wordCount();
        if (words == 0 || b.urlOnly() || b.bracketed() || b.credit())
            return Kind.CHROME;
        if (b.bullet() && words < 20 || b.chromeWords() && words < 15)
            return Kind.CHROME;
        boolean prose = english ? b.stopwordRatio() >= 0.25 : b.endsSentence();
        if (prose && (words >= 12 && b.endsSentence() || words >= 30))
            return Kind.PROSE;
        return Kind.SHORT;
    }

    /** The stretch [first, last] with the highest score: prose counts its words, chrome and short blocks cost. */
    private static int[] bestRegion(List<DumpBlock> blocks, Kind[] kinds) {
        double best = 0;
        int[] region = {-1, -1};
        double run = 0;
        int start = 0;
        for (int i = 0; i < kinds.length; i++) {
            double score = switch (kinds[i]) {
                case PROSE -> blocks.get(i).wordCount();
                case SHORT -> -SHORT_COST;
                case CHROME -> -CHROME_COST;
            };
            if (run <= 0) {
                run = 0;
                start = i;
            }
            run += score;
            if (run > best) {
                best = run;
                region = new int[] {start, i};
            }
        }
        return region;
    }

    /** A block right next to a photo credit, without a blank line between, is its caption. */
    private static boolean isCaption(List<DumpBlock> blocks, Kind[] kinds, int i) {
        DumpBlock b = blocks.get(i);
        if (b.wordCount() > 60)
            return false;
        int last = b.firstLine() + (int) b.text().chars().filter(c -> c == '\n').count();
        if (i + 1 < blocks.size() && blocks.get(i + 1).credit() && blocks.get(i + 1).firstLine() == last + 1)
            return true;
        if (i > 0 && blocks.get(i - 1).credit()) {
            DumpBlock prev = blocks.get(i - 1);
            int prevLast = prev.firstLine() + (int) prev.text().chars().filter(c -> c == '\n').count();
            return prevLast + 1 == b.firstLine() && kinds[i] != Kind.PROSE;
        }
        return false;
    }

    /** Title Case text of several words without a closing period: a headline (of this or a related article). */
    static boolean looksLikeHeadline(DumpBlock b) {
        return b.wordCount() >= 6 && !b.endsSentence() && b.capitalisedRatio() >= 0.6;
    }

    private static Map<String, Integer> counts(List<DumpBlock> blocks) {
        Map<String, Integer> counts = new HashMap<>();
        for (DumpBlock b : blocks)
            counts.merge(b.flat(), 1, Integer::sum);
        return counts;
    }

    /** Whether the dump's longer blocks read as English (function words), so that word ratios apply. */
    private static boolean isEnglish(List<DumpBlock> blocks) {
        double words = 0;
        double stop = 0;
        for (DumpBlock b : blocks) {
            int n = b.wordCount();
            if (n >= 12) {
                words += n;
                stop += n * b.stopwordRatio();
            }
        }
        return words > 0 && stop / words >= 0.2;
    }
}
