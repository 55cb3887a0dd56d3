package org.newsgraph.source;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The metadata a page dump shows around its body: the page URL (a URL alone on a line), the headline
 * (the title-like line before the body, or the one that matches the URL's slug), the date, the
 * publisher (a short line or credit that names the site of the URL), tags and authors.
 */
final class DumpMetadata {
    private static final Pattern IMAGE = Pattern.compile("(?i)\\.(jpe?g|png|gif|webp|svg|mp4|mp3|ico)([?#].*)?$");
    private static final Pattern TAGS = Pattern.compile("(?i)^(tags|topics|keywords|related topics|filed under|subjects)\\s*:?\\s*(.*)$");
    private static final Pattern BYLINE = Pattern.compile("^(?i:by|written by|words by)\\s+(\\p{Lu}[\\p{L}.'\u2019-]*"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}.'\u2019-]*|de|van|von|da|del|bin|al)){1,3}(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'\u2019-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){1,3})*)\\s*$");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}.'\u2019-]*(\\s+\\p{Lu}[\\p{L}.'\u2019-]*){1,3}$");
    private static final Set<String> SLUG_NOISE = Set.of("html", "htm", "php", "aspx", "story", "news", "article", "www", "com");

    private final List<DumpBlock> blocks;
    private final int bodyStart;

    /**
     * @param blocks    all blocks of the dump
     * @param bodyStart index of the first body block (blocks.size() when there is no body)
     */
    DumpMetadata(List<DumpBlock> blocks, int bodyStart) {
        this.blocks = blocks;
        this.bodyStart = bodyStart;
    }

    /** The first URL alone on a line that is not an image, preferring one with a slug. */
    Optional<String> url() {
        List<String> urls = new ArrayList<>();
        for (DumpBlock b : blocks) {
            String t = b.text().strip().replaceAll("^[\\[(<]|[\\])>]$", "");
            if (b.urlOnly() && t.matches("(?i)https?://\\S+") && !IMAGE.matcher(t).find())
                urls.add(t);
        }
        return urls.stream().filter(u -> u.replaceFirst("(?i)^https?://[^/]+", "").contains("-")).findFirst()
                .or(() -> urls.stream().filter(u -> u.replaceFirst("(?i)^https?://[^/]+/?", "").length() > 0).findFirst());
    }

    /** The headline: the block that best matches the URL slug, else the nearest title-like block before the body. */
    Optional<String> headline(Optional<String> url) {
        int from = Math.max(0, bodyStart - 60);
        Set<String> slug = url.map(DumpMetadata::slugWords).orElse(Set.of());
        if (slug.size() >= 3) {
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
            if (best != null)
                return Optional.of(best.flat());
        }
        for (int i = Math.min(bodyStart, blocks.size()) - 1; i >= from; i--) {
            DumpBlock b = blocks.get(i);
            int n = b.wordCount();
            if (n >= 4 && n <= 30 && !b.bullet() && !b.urlOnly() && !b.credit() && !b.text().strip().endsWith(".")
                    && !(b.chromeWords() && n < 8) && !DateFinder.containsDate(b.text()))
                return Optional.of(b.flat());
        }
        return Optional.empty();
    }

    /** The date nearest before the body, else one in the URL, else the first in the dump (ISO-8601 date). */
    Optional<String> datePublished(Optional<String> url) {
        for (int i = Math.min(bodyStart + 1, blocks.size() - 1); i >= 0; i--) {
            Optional<String> date = DateFinder.find(blocks.get(i).text());
            if (date.isPresent())
                return date;
        }
        return url.flatMap(DateFinder::findInUrl)
                .or(() -> blocks.stream().map(b -> DateFinder.find(b.text())).flatMap(Optional::stream).findFirst());
    }

    /** The site's name: a short line or a credit before the body naming the URL's host, else nothing. */
    Optional<String> publisher(Optional<String> url) {
        Optional<String> label = url.flatMap(DumpMetadata::hostLabel);
        if (label.isEmpty())
            return Optional.empty();
        String host = label.get();
        int end = Math.min(bodyStart, blocks.size());
        Optional<String> credit = Optional.empty();
        for (int i = 0; i < end; i++) {
            DumpBlock b = blocks.get(i);
            String t = b.flat();
            if (b.wordCount() > 5 || b.urlOnly())
                continue;
            String name = t.replaceFirst("^(\u00A9|\\(c\\))\\s*", "").replaceFirst("\\s*/.*$", "").strip();
            if (name.isEmpty() || !namesHost(name, host))
                continue;
            if (!t.equals(name) && credit.isEmpty())
                credit = Optional.of(name);
            else if (t.equals(name))
                return Optional.of(name);
        }
        return credit;
    }

    /** Tags listed after a "Tags:" or "Topics:" label, on its line, the next line or as a list below it. */
    List<String> tags() {
        for (int i = 0; i < blocks.size(); i++) {
            Matcher m = TAGS.matcher(blocks.get(i).flat());
            if (!m.matches() || blocks.get(i).wordCount() > 25)
                continue;
            String rest = m.group(2).strip();
            if (rest.isEmpty() && i + 1 < blocks.size() && !blocks.get(i + 1).bullet())
                rest = blocks.get(i + 1).flat();
            if (!rest.isEmpty())
                return Arrays.stream(rest.split("\\s*[,;|\u2022]\\s*")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            List<String> tags = new ArrayList<>();
            for (int j = i + 1; j < blocks.size() && blocks.get(j).bullet() && blocks.get(j).wordCount() <= 5; j++)
                tags.add(DumpBlocks.BULLET.matcher(blocks.get(j).flat()).replaceFirst(""));
            if (!tags.isEmpty())
                return tags;
        }
        return List.of();
    }

    /** Names from a byline ("By Jane Doe", or "By" on a line before the name) before the body. */
    List<String> authors() {
        int end = Math.min(bodyStart, blocks.size());
        for (int i = Math.max(0, end - 40); i < end; i++) {
            String t = DumpBlocks.BULLET.matcher(blocks.get(i).flat()).replaceFirst("");
            Matcher m = BYLINE.matcher(t);
            if (m.matches())
                return Arrays.stream(m.group(1).split("\\s*(?:,|\\band\\b|&)\\s*")).filter(s -> !s.isBlank()).toList();
            if (t.equalsIgnoreCase("by") && i + 1 < end && NAME.matcher(blocks.get(i + 1).flat()).matches())
                return List.of(blocks.get(i + 1).flat());
        }
        return List.of();
    }

    private static Set<String> slugWords(String url) {
        String path = url.replaceFirst("(?i)^https?://[^/]+", "").replaceFirst("[?#].*$", "");
        return Arrays.stream(path.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 1 && !w.chars().allMatch(Character::isDigit) && !SLUG_NOISE.contains(w))
                .collect(Collectors.toSet());
    }

    /** The main label of the URL's host: "sputniknews" for https://www.sputniknews.com/... */
    static Optional<String> hostLabel(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null)
                return Optional.empty();
            String[] parts = host.toLowerCase(Locale.ROOT).split("\\.");
            if (parts.length < 2)
                return Optional.of(parts[0]);
            String label = parts[parts.length - 2];
            if (label.length() <= 3 && parts.length >= 3)
                label = parts[parts.length - 3];
            return Optional.of(label);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether a name such as "Sputnik International" names the host label "sputniknews". */
    private static boolean namesHost(String name, String host) {
        String squashed = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (squashed.length() < 3)
            return false;
        if (squashed.equals(host) || host.startsWith(squashed) && squashed.length() >= 4)
            return true;
        String first = name.toLowerCase(Locale.ROOT).split("\\s+")[0].replaceAll("[^\\p{L}\\p{N}]", "");
        return first.length() >= 4 && host.startsWith(first);
    }
}
