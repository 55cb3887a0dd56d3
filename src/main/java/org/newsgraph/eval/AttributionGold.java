package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.newsgraph.error.BadInputException;
import org.newsgraph.extract.Span;

/**
 * Attribution gold in the PolNeAR layout: {@code DIR/text/STEM.txt} (the article) and
 * {@code DIR/attributions/STEM_ANNOTATOR.ann} (BRAT standoff: {@code T} lines with Source, Cue and
 * Content spans, {@code b e} or discontinuous {@code b1 e1;b2 e2}, tied together by {@code E} lines such
 * as {@code Attribution:T4 Content:T3 Cue:T2 Source:T1}). Where an article has several annotators' files,
 * the first by name is used, as {@code score_attribution.py} does.
 *
 * @param directory the gold directory
 * @param articles  the articles by document name (the text file name without .txt), sorted by name
 */
public record AttributionGold(Path directory, Map<String, Document> articles) {
    static final String LAYOUT = "expected a PolNeAR-style gold directory with text/*.txt and attributions/*.ann "
            + "(BRAT standoff with Source, Cue and Content spans)";

    /** One gold article: its text file and its attributions (from one annotator's file). */
    public record Document(String doc, Path text, Path annotations, List<Attribution> attributions) {
        public Document {
            Objects.requireNonNull(doc, "The parameter 'doc' must not be null.");
            Objects.requireNonNull(text, "The parameter 'text' must not be null.");
            Objects.requireNonNull(annotations, "The parameter 'annotations' must not be null.");
            attributions = List.copyOf(attributions);
        }
    }

    public AttributionGold {
        Objects.requireNonNull(directory, "The parameter 'directory' must not be null.");
        articles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(articles));
    }

    /** Reads a gold directory; refuses one that does not have the layout, naming what is missing. */
    public static AttributionGold read(Path directory) {
        Objects.requireNonNull(directory, "The parameter 'directory' must not be null.");
        if (!Files.isDirectory(directory))
            throw new BadInputException(directory.toString(), "no such directory; " + LAYOUT);
        Path annotations = directory.resolve("attributions");
        Path texts = directory.resolve("text");
        if (!Files.isDirectory(annotations) || !Files.isDirectory(texts))
            throw new BadInputException(directory.toString(), "has no " + (Files.isDirectory(texts) ? "attributions/" : "text/")
                    + " directory; " + LAYOUT);
        List<Path> files;
        try (Stream<Path> list = Files.list(annotations)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".ann"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new BadInputException(annotations.toString(), "cannot be listed (" + e.getMessage() + "); " + LAYOUT, e);
        }
        if (files.isEmpty())
            throw new BadInputException(annotations.toString(), "holds no .ann files; " + LAYOUT);
        Map<String, Document> articles = new LinkedHashMap<>();
        for (Path file : files) {
            String doc = stem(file.getFileName().toString());
            if (articles.containsKey(doc))
                continue;
            Path text = texts.resolve(doc + ".txt");
            if (!Files.isRegularFile(text))
                throw new BadInputException(file.toString(), "has no article text " + text + "; " + LAYOUT);
            articles.put(doc, new Document(doc, text, file, parse(file)));
        }
        return new AttributionGold(directory, articles);
    }

    /** The gold attributions by document. */
    public Map<String, List<Attribution>> attributions() {
        Map<String, List<Attribution>> byDoc = new LinkedHashMap<>();
        articles.forEach((doc, a) -> byDoc.put(doc, a.attributions()));
        return byDoc;
    }

    /** The first {@code limit} articles by name (all when limit is at least their number). */
    public AttributionGold first(int limit) {
        if (limit < 0)
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        Map<String, Document> kept = new LinkedHashMap<>();
        articles.entrySet().stream().limit(limit).forEach(e -> kept.put(e.getKey(), e.getValue()));
        return new AttributionGold(directory, kept);
    }

    /** "STEM_ANNOTATOR.ann" → "STEM": everything before the last underscore. */
    static String stem(String fileName) {
        int cut = fileName.lastIndexOf('_');
        return cut < 0 ? fileName : fileName.substring(0, cut);
    }

    /** The attributions of one BRAT file, in the order of its E lines. */
    static List<Attribution> parse(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file.toString(), "cannot be read as UTF-8 text (" + e.getMessage() + "); " + LAYOUT, e);
        }
        Map<String, List<Span>> spans = new HashMap<>();
        List<Map<String, String>> relations = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String[] cols = lines.get(n).split("\t", -1);
            if (cols.length < 2)
                continue;
            try {
                if (cols[0].startsWith("T"))
                    spans.put(cols[0], spans(cols[1]));
                else if (cols[0].startsWith("E"))
                    relations.add(roles(cols[1]));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(file + ":" + (n + 1), "is not a BRAT standoff line (" + e.getMessage()
                        + "); expected 'T1<TAB>Type BEGIN END[;BEGIN END]<TAB>text' or 'E1<TAB>Role:T1 Role:T2'", e);
            }
        }
        List<Attribution> out = new ArrayList<>();
        for (Map<String, String> r : relations)
            out.add(new Attribution(part(spans, r, "Source"), part(spans, r, "Cue"), part(spans, r, "Content")));
        return out;
    }

    private static List<Span> part(Map<String, List<Span>> spans, Map<String, String> roles, String role) {
        String id = roles.get(role);
        return id == null ? List.of() : spans.getOrDefault(id, List.of());
    }

    /** "Content 12 40;52 60" → [12,40), [52,60). */
    private static List<Span> spans(String typeAndSpans) {
        int space = typeAndSpans.indexOf(' ');
        if (space < 0)
            throw new IllegalArgumentException("no offsets after the type '" + typeAndSpans + "'");
        List<Span> out = new ArrayList<>();
        for (String part : typeAndSpans.substring(space + 1).split(";")) {
            String[] be = part.strip().split("\\s+");
            if (be.length != 2)
                throw new IllegalArgumentException("offsets '" + part + "' are not 'BEGIN END'");
            out.add(new Span(Integer.parseInt(be[0]), Integer.parseInt(be[1])));
        }
        return out;
    }

    /** "Attribution:T4 Content:T3" → {Attribution=T4, Content=T3}; a repeated role keeps the last. */
    private static Map<String, String> roles(String field) {
        Map<String, String> roles = new HashMap<>();
        for (String item : field.strip().split("\\s+")) {
            int colon = item.indexOf(':');
            if (colon < 0)
                throw new IllegalArgumentException("role '" + item + "' is not 'Role:ID'");
            roles.put(item.substring(0, colon), item.substring(colon + 1));
        }
        return roles;
    }
}
