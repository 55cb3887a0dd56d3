package org.newsgraph.extract.corenlp;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.util.CoreMap;

/**
 * What an annotator is worth to our extraction, without re-annotating: copies a protobuf annotation cache
 * with one annotator's output removed, to score both with the harness. Not a test; run by hand:
 * <pre>
 * java -cp $CP org.newsgraph.extract.corenlp.AnnotationCacheWithout kbp /tmp/ent-oke.pb /tmp/ent-oke-nokbp.pb
 * java -cp $CP org.newsgraph.extract.corenlp.EntityHarness score-oke GOLD.ttl /tmp/ent-oke-nokbp.pb
 * java -cp $CP org.newsgraph.extract.corenlp.AnnotationCacheWithout ner-extras /tmp/claims-dev.pb /tmp/claims-dev-ner1.pb
 * java -cp $CP org.newsgraph.extract.corenlp.AttributionHarness predict /tmp/claims-dev-ner1.pb /tmp/pred.tsv
 * </pre>
 * Supported: {@code kbp} (the KBP triples of every sentence; an {@code EntityHarness} cache) and {@code ner-extras}
 * (an {@code AttributionHarness} cache: every NER tag but PERSON, ORGANIZATION and LOCATION becomes O, and the
 * entity mentions of other types go: what the first of CoreNLP's three NER models alone, without SUTime and the
 * numeric classifiers, tags, since in CoreNLP's combination the first model's tags win and the others only fill
 * its O tokens with types of their own).
 */
public final class AnnotationCacheWithout {
    private static final Set<String> FIRST_MODEL_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");

    private AnnotationCacheWithout() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "kbp" -> withoutKbp(Path.of(args[1]), Path.of(args[2]));
            case "ner-extras" -> withoutNerExtras(Path.of(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("supported: kbp, ner-extras");
        }
    }

    private static void withoutKbp(Path from, Path to) throws Exception {
        Map<String, Annotation> docs = EntityHarness.load(from);
        ProtobufAnnotationSerializer ser = new ProtobufAnnotationSerializer(false);
        int triples = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(to))) {
            for (Annotation doc : docs.values()) {
                for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                    var kbp = sentence.get(CoreAnnotations.KBPTriplesAnnotation.class);
                    if (kbp != null) {
                        triples += kbp.size();
                        sentence.remove(CoreAnnotations.KBPTriplesAnnotation.class);
                    }
                }
                ser.write(doc, out);
            }
        }
        System.out.println("documents " + docs.size() + ", KBP triples removed " + triples);
    }

    private static void withoutNerExtras(Path from, Path to) throws Exception {
        ProtobufAnnotationSerializer ser = new ProtobufAnnotationSerializer(false);
        int[] counts = new int[3];
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(to)))) {
            AttributionHarness.read(from, (doc, a) -> {
                for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class))
                    if (t.ner() != null && !t.ner().equals("O") && !FIRST_MODEL_TYPES.contains(t.ner())) {
                        t.setNER("O");
                        t.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                        counts[1]++;
                    }
                for (CoreMap sentence : a.get(CoreAnnotations.SentencesAnnotation.class)) {
                    List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
                    if (mentions != null)
                        counts[2] += mentions.size() - keepFirstModelMentions(mentions);
                }
                List<CoreMap> all = a.get(CoreAnnotations.MentionsAnnotation.class);
                if (all != null)
                    keepFirstModelMentions(all);
                out.writeUTF(doc);
                ser.write(a, out);
                counts[0]++;
            });
        }
        System.out.println("documents " + counts[0] + ", tags made O " + counts[1] + ", entity mentions removed " + counts[2]);
    }

    /** Removes the mentions of other types in place; returns how many are left. */
    private static int keepFirstModelMentions(List<CoreMap> mentions) {
        mentions.removeIf(m -> !FIRST_MODEL_TYPES.contains(m.get(CoreAnnotations.EntityTypeAnnotation.class)));
        return mentions.size();
    }
}
