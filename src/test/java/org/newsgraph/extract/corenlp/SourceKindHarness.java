package org.newsgraph.extract.corenlp;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Extraction;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * Looks at source kinds and claim dates on cached annotations (not a unit test): runs the product's claim chain
 * without coreference ({@link CoreNlpExtractor#toExtraction}, then {@link ClaimDetails}) on a cache written by
 * {@link AttributionHarness} {@code annotate}, and writes one line per claim (doc, speaker as written, kind, date
 * words, date) plus the count per kind on stderr. PolNeAR texts carry no date, so only absolute dates appear.
 * <pre>
 * java -cp $CP org.newsgraph.extract.corenlp.SourceKindHarness /tmp/claims-dev.pb /tmp/kinds-dev.tsv
 * </pre>
 */
public final class SourceKindHarness {
    private SourceKindHarness() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        int[] dated = new int[1];
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            AttributionHarness.read(Path.of(args[0]), (doc, a) -> {
                String text = a.get(CoreAnnotations.TextAnnotation.class);
                CoreDocument d = new CoreDocument(a);
                Extraction x = ClaimDetails.add(CoreNlpExtractor.toExtraction(d, text, false), d, text, Optional.empty(),
                        Optional.empty());
                for (Claim c : x.claims()) {
                    counts.merge(c.sourceKind().name(), 1, Integer::sum);
                    c.time().ifPresent(t -> dated[0]++);
                    out.println(String.join("\t", doc, c.speaker().map(s -> s.of(text).replaceAll("\\s+", " ")).orElse(""),
                            c.sourceKind().name(), c.time().map(t -> t.span().of(text)).orElse(""),
                            c.time().map(t -> t.value().iso()).orElse("")));
                }
            });
        }
        System.err.println("kinds " + counts + "; claims with a date " + dated[0]);
    }
}
