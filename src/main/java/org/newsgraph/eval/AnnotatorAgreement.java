package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.newsgraph.error.BadInputException;

/**
 * How far a gold set's own annotators agree: for every article with two or more annotators' files
 * ({@code STEM_A.ann}, {@code STEM_B.ann}), the second file by name is scored against the first, as
 * {@link AttributionScorer} scores a system against the first. The figures are a ceiling for a system scored on
 * the same gold: where people disagree on what a cue is, no system agrees with the first annotator more often
 * than the second annotator does.
 *
 * @param articles the articles annotated twice or more
 * @param score    the second annotator's attributions scored against the first's
 */
public record AnnotatorAgreement(int articles, AttributionScore score) {
    public AnnotatorAgreement {
        ScoreChecks.count("articles", articles);
        Objects.requireNonNull(score, "The parameter 'score' must not be null.");
    }

    /** Reads the gold directory (refusing one without the PolNeAR layout) and scores its second annotators. */
    public static AnnotatorAgreement of(Path directory) {
        AttributionGold gold = AttributionGold.read(directory);
        Path annotations = directory.resolve("attributions");
        Map<String, Path> second = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(annotations)) {
            list.filter(p -> p.getFileName().toString().endsWith(".ann"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .forEach(file -> {
                        String doc = AttributionGold.stem(file.getFileName().toString());
                        AttributionGold.Document first = gold.articles().get(doc);
                        if (first != null && !first.annotations().equals(file))
                            second.putIfAbsent(doc, file);
                    });
        } catch (IOException e) {
            throw new BadInputException(annotations.toString(), "cannot be listed (" + e.getMessage() + "); "
                    + AttributionGold.LAYOUT, e);
        }
        Map<String, List<Attribution>> firsts = new LinkedHashMap<>();
        Map<String, List<Attribution>> seconds = new LinkedHashMap<>();
        second.forEach((doc, file) -> {
            firsts.put(doc, gold.articles().get(doc).attributions());
            seconds.put(doc, AttributionGold.parse(file));
        });
        return new AnnotatorAgreement(second.size(), AttributionScorer.score(firsts, seconds));
    }
}
