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

    // weights chosen on the tuning half of the benchmark's dumps (keys 0-7), checked on the other half
    private static final double CHROME_COST = 6;
    private static final double SHORT_COST = 6;
    private static final double ISOLATED_SHARE = 0.5;
    private static final double NEAR_SHARE = 0.3;
    private static final int MAX_INSERT_BLOCKS = 3;

    private DumpBodyExtractor() {
    }

    /** The body blocks, in order; empty when the dump holds no prose. */
    static List<DumpBlock> body(List<DumpBlock> blocks) {
        boolean english = isEnglish(blocks);
        Map<String, Integer> seen = counts(blocks);
        Kind[] kinds = new Kind[blocks.size()];
        for (int i = 0; i < kinds.length; i++)
            kinds[i] = classify(blocks.get(i), english, seen.get(blocks.get(i).flat()));
        int[] region = bestRegion(blocks, kinds, english);
        if (region[0] < 0)
            return List.of();
        region[1] = extendOverInserts(blocks, kinds, seen, region[1]);
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
        return classify(b, english, 1);
    }

    /**
     * @param copies how often the block's text occurs in the dump: repeated short texts are teasers and
     *               navigation
     */
    static Kind classify(DumpBlock b, boolean english, int copies) {
        int words = b.wordCount();
        if (words == 0 || b.urlOnly() || b.bracketed() || b.credit() || b.captionWithCredit())
            return Kind.CHROME;
        if (b.bullet() && words < 20 || b.chromeWords() && words < 15)
            return Kind.CHROME;
        int furniture = b.chromeWordCount();
        if (furniture >= 2 && furniture * 25 >= words)
            return Kind.CHROME;
        if (copies > 1 && words < 20)
            return Kind.CHROME;
        boolean prose = english ? b.stopwordRatio() >= 0.25 || words >= 40 && b.endsSentence() && b.stopwordRatio() >= 0.15
                : b.endsSentence();
        if (prose && (words >= 12 && b.endsSentence() || words >= 30) && !(b.capitalisedRatio() >= 0.6 && words < 30))
            return Kind.PROSE;
        return Kind.SHORT;
    }

    /** The stretch [first, last] with the highest score: prose counts its words, chrome and short blocks cost. */
    private static int[] bestRegion(List<DumpBlock> blocks, Kind[] kinds, boolean english) {
        double best = 0;
        int[] region = {-1, -1};
        double run = 0;
        int start = 0;
        for (int i = 0; i < kinds.length; i++) {
            DumpBlock b = blocks.get(i);
            double score = switch (kinds[i]) {
                case PROSE -> isolated(kinds, i) ? b.wordCount() * ISOLATED_SHARE : b.wordCount();
                case SHORT -> nearProse(b, english) ? b.wordCount() * NEAR_SHARE
                        : looksLikeHeadline(b) ? -CHROME_COST : -SHORT_COST;
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

    /**
     * Extends the body's end over a paragraph that follows an insert inside the article (a photo with
     * caption and credit, a repeated related headline): up to three blocks, each a credit, a caption or
     * a repeated text.
     */
    private static int extendOverInserts(List<DumpBlock> blocks, Kind[] kinds, Map<String, Integer> seen, int end) {
        int i = end + 1;
        int gap = 0;
        while (i < blocks.size() && gap < MAX_INSERT_BLOCKS) {
            DumpBlock b = blocks.get(i);
            if (!(b.credit() || seen.get(b.flat()) > 1 || isCaption(blocks, kinds, i)))
                break;
            i++;
            gap++;
        }
        if (gap == 0 || i >= blocks.size() || kinds[i] != Kind.PROSE)
            return end;
        while (i + 1 < blocks.size() && kinds[i + 1] == Kind.PROSE)
            i++;
        return extendOverInserts(blocks, kinds, seen, i);
    }

    /** Prose with no prose next to it: a teaser of another article rather than a paragraph of this one. */
    private static boolean isolated(Kind[] kinds, int i) {
        return (i == 0 || kinds[i - 1] != Kind.PROSE) && (i + 1 == kinds.length || kinds[i + 1] != Kind.PROSE);
    }

    /** A short block that still reads like a sentence (function words, lower case). */
    private static boolean nearProse(DumpBlock b, boolean english) {
        return b.wordCount() >= 8 && (b.capitalisedRatio() < 0.5 && (!english || b.stopwordRatio() >= 0.25)
                || b.endsSentence() && b.capitalisedRatio() < 0.7);
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
