package org.newsgraph.source;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata a page dump shows around its body: the page URL (a URL alone on a line), the headline
 * (the title-like line before the body, or the one that matches the URL's slug), the date, the
 * publisher (a short line or credit that names the site of the URL), tags and authors; the headline
 * comes from {@link DumpHeadline}.
 */
final class DumpMetadata {
    private static final Pattern IMAGE = Pattern.compile("(?i)\\.(jpe?g|png|gif|webp|svg|mp4|mp3|ico)([?#].*)?$");
    private static final Pattern TAGS = Pattern.compile("(?i)^(tags|topics|keywords|related topics|filed under|subjects)\\s*:?\\s*(.*)$");
    private static final Pattern BYLINE = Pattern.compile("^(?i:by|written by|words by)\\s+(\\p{Lu}[\\p{L}.'\u2019-]*"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}.'\u2019-]*|de|van|von|da|del|bin|al)){1,3}(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'\u2019-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){1,3})*)\\s*$");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}.'\u2019-]*(\\s+\\p{Lu}[\\p{L}.'\u2019-]*){1,3}$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)(?:copyright\\s*)?(?:\u00A9|\\(c\\)|copyright)\\s*"
            + "(?:\\d{4}(?:\\s*[-\u2013]\\s*\\d{4})?)\\s*,?\\s*(\\p{Lu}[\\p{L}\\p{N} &'.-]{1,50}?)\\s*(?:[.,|]|all rights|$)");

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

    /** The date nearest before the body, else one in the URL, else the first in the dump (ISO-8601 date). */
    Optional<String> datePublished(Optional<String> url) {
        for (int i = Math.min(bodyStart, blocks.size()) - 1; i >= 0; i--) {
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
            return copyrightHolder();
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
        return credit.or(this::copyrightHolder);
    }

    /** The holder in a site's copyright line: "Copyright © 2021 Valley Times. All rights reserved." */
    private Optional<String> copyrightHolder() {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Matcher m = COPYRIGHT.matcher(blocks.get(i).flat());
            if (m.find() && blocks.get(i).wordCount() <= 15)
                return Optional.of(m.group(1).strip());
        }
        return Optional.empty();
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
            for (int j = i + 1; j < blocks.size() && blocks.get(j).bullet() && blocks.get(j).wordCount() <= 5
                    && !blocks.get(j).chromeWords(); j++)
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
            String t = DumpBlocks.BULLET.matcher(blocks.get(i).signals().replaceAll("\\s+", " ")).replaceFirst("")
                    .split("\\s+[|\u2022\u00B7\u2013\u2014-]\\s+")[0].strip();
            Matcher m = BYLINE.matcher(t);
            if (m.matches())
                return Arrays.stream(m.group(1).split("\\s*(?:,|\\band\\b|&)\\s*")).filter(s -> !s.isBlank()).toList();
            if (t.equalsIgnoreCase("by") && i + 1 < end && NAME.matcher(blocks.get(i + 1).flat()).matches())
                return List.of(blocks.get(i + 1).flat());
        }
        return List.of();
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
