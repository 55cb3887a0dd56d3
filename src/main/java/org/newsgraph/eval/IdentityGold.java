package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.newsgraph.error.BadInputException;

/**
 * Identity gold in the MEANTIME layout: {@code DIR/texts/DOC.txt} (one article each) and
 * {@code DIR/gold.tsv} with {@code doc begin end type entity} per mention, the same entity string for
 * the same real-world thing in every article; offsets are code points into the text.
 *
 * @param directory the gold directory
 * @param texts     the text file of each document named in the gold, in order of first mention
 * @param mentions  the gold mentions in file order
 */
public record IdentityGold(Path directory, Map<String, Path> texts, List<IdentityScorer.Mention> mentions) {
    static final String LAYOUT = "expected a MEANTIME-style gold directory with texts/*.txt and gold.tsv "
            + "(doc<TAB>begin<TAB>end<TAB>type<TAB>entity per line)";

    public IdentityGold {
        Objects.requireNonNull(directory, "The parameter 'directory' must not be null.");
        texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        mentions = List.copyOf(mentions);
    }

    public static IdentityGold read(Path directory) {
        Objects.requireNonNull(directory, "The parameter 'directory' must not be null.");
        if (!Files.isDirectory(directory))
            throw new BadInputException(directory.toString(), "no such directory; " + LAYOUT);
        Path tsv = directory.resolve("gold.tsv");
        if (!Files.isRegularFile(tsv) || !Files.isDirectory(directory.resolve("texts")))
            throw new BadInputException(directory.toString(), "has no " + (Files.isRegularFile(tsv) ? "texts/ directory"
                    : "gold.tsv") + "; " + LAYOUT);
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(tsv.toString(), "cannot be read as UTF-8 text (" + e.getMessage() + "); " + LAYOUT, e);
        }
        List<IdentityScorer.Mention> mentions = new ArrayList<>();
        Map<String, Path> texts = new LinkedHashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).isBlank())
                continue;
            String[] c = Arrays.stream(Arrays.copyOf(lines.get(n).split("\t", -1), 5)).map(x -> x == null ? "" : x)
                    .toArray(String[]::new);
            try {
                mentions.add(new IdentityScorer.Mention(c[0], Integer.parseInt(c[1].strip()), Integer.parseInt(c[2].strip()),
                        c[4]));
            } catch (NumberFormatException e) {
                throw new BadInputException(tsv + ":" + (n + 1), "has a bad offset (" + e.getMessage() + "); " + LAYOUT, e);
            }
            if (!texts.containsKey(c[0])) {
                Path text = directory.resolve("texts").resolve(c[0] + ".txt");
                if (!Files.isRegularFile(text))
                    throw new BadInputException(tsv + ":" + (n + 1), "names document " + c[0] + " but " + text
                            + " does not exist; " + LAYOUT);
                texts.put(c[0], text);
            }
        }
        if (mentions.isEmpty())
            throw new BadInputException(tsv.toString(), "holds no mentions; " + LAYOUT);
        return new IdentityGold(directory, texts, mentions);
    }
}
