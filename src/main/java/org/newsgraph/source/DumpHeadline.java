package org.newsgraph.source;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a page dump's headline. With a URL whose slug names the story, the block that matches the slug
 * best; otherwise the title-like block before the body that shares most words with the first
 * paragraphs (a headline names what the lede tells), in title case, close to the body, and not a
 * caption, byline, dateline or the standfirst that follows a headline.
 */
final class DumpHeadline {
    /** Bylines, datelines, handles, times and bracketed placeholders are not headlines. */
    private static final Pattern NOT_TITLE = Pattern.compile("(?i)^(by|posted|published|updated|filed|written)\\b|@|\\[|\\]"
            + "|\\||\u00A9|\\d{1,2}:\\d\\d|\\d{1,2}/\\d{1,2}/\\d{2,4}|[\u2500-\u257F]"
            + "|\\b(ago|external links?|new window|minutes?|min read|copy this link|edit profile|watch \\w+ live)\\b");
    private static final Set<String> SLUG_NOISE = Set.of("html", "htm", "php", "aspx", "story", "news", "article", "www", "com");
    private static final int WINDOW = 40;

    private final List<DumpBlock> blocks;
    private final int bodyStart;
    private final Set<String> ledeWords;

    DumpHeadline(List<DumpBlock> blocks, int bodyStart, List<DumpBlock> body) {
        this.blocks = blocks;
        this.bodyStart = Math.min(bodyStart, blocks.size());
        this.ledeWords = body.stream().limit(3).flatMap(b -> contentWords(b).stream()).collect(Collectors.toSet());
    }

    Optional<String> find(Optional<String> url) {
        return url.map(DumpHeadline::slugWords).filter(s -> s.size() >= 3).flatMap(this::bySlug).or(this::byScore);
    }

    private Optional<String> bySlug(Set<String> slug) {
        DumpBlock best = null;
        double bestScore = 0.5;
        for (DumpBlock b : blocks) {
            if (b.wordCount() < 3 || b.urlOnly() || b.wordCount() > 40)
                continue;
            Set<String> words = b.words().stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            long shared = slug.stream().filter(words::contains).count();
            double score = (double) shared / Math.max(slug.size(), words.size());
            if (score > bestScore) {
                bestScore = score;
                best = b;
            }
        }
        return Optional.ofNullable(best).map(DumpBlock::flat);
    }

    private Optional<String> byScore() {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = bodyStart - 1; i >= Math.max(0, bodyStart - WINDOW); i--) {
            if (!titleLike(i))
                continue;
            double score = score(i);
            // a headline is often followed by a longer standfirst that repeats its words: prefer the headline
            if (score > bestScore || best == i + 1 && score > bestScore - 0.3
                    && blocks.get(i).wordCount() < blocks.get(best).wordCount()) {
                bestScore = score;
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(blocks.get(best).flat());
    }

    private double score(int i) {
        DumpBlock b = blocks.get(i);
        Set<String> words = contentWords(b);
        double overlap = words.isEmpty() ? 0 : (double) words.stream().filter(ledeWords::contains).count() / words.size();
        int distance = bodyStart - i;
        return overlap + 0.3 * b.capitalisedRatio() - 0.01 * distance;
    }

    private boolean titleLike(int i) {
        DumpBlock b = blocks.get(i);
        int n = b.wordCount();
        String t = b.flat();
        return n >= 3 && n <= 30 && !b.bullet() && !b.urlOnly() && !b.credit() && !b.bracketed() && !t.endsWith(".")
                && !b.chromeWords() && !DateFinder.containsDate(t) && !NOT_TITLE.matcher(t).find() && !doubled(t)
                && !(i + 1 < blocks.size() && (blocks.get(i + 1).credit() || blocks.get(i + 1).captionWithCredit()));
    }

    /** Alt text rendered twice, "logo-alt-textlogo-alt-text". */
    private static boolean doubled(String t) {
        String half = t.substring(0, t.length() / 2);
        String rest = t.substring(t.length() / 2);
        return half.equals(rest) || half.strip().equals(rest.strip());
    }

    private static Set<String> contentWords(DumpBlock b) {
        Set<String> words = new HashSet<>();
        for (String w : b.words())
            if (w.length() > 3)
                words.add(w.toLowerCase(Locale.ROOT));
        return words;
    }

    static Set<String> slugWords(String url) {
        String path = url.replaceFirst("(?i)^https?://[^/]+", "").replaceFirst("[?#].*$", "");
        return java.util.Arrays.stream(path.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 1 && !w.chars().allMatch(Character::isDigit) && !SLUG_NOISE.contains(w))
                .collect(Collectors.toSet());
    }
}
