package org.newsgraph.extract.corenlp;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.util.CoreMap;

/**
 * What an annotator is worth to our extraction, without re-annotating: copies a protobuf annotation cache
 * (from {@code EntityHarness annotate-oke}) with one annotator's output removed, to score both with the
 * harness. Not a test; run by hand:
 * <pre>
 * java -cp $CP org.newsgraph.extract.corenlp.AnnotationCacheWithout kbp /tmp/ent-oke.pb /tmp/ent-oke-nokbp.pb
 * java -cp $CP org.newsgraph.extract.corenlp.EntityHarness score-oke GOLD.ttl /tmp/ent-oke-nokbp.pb
 * </pre>
 * Supported: {@code kbp} (the KBP triples of every sentence).
 */
public final class AnnotationCacheWithout {
    private AnnotationCacheWithout() {
    }

    public static void main(String[] args) throws Exception {
        if (!args[0].equals("kbp"))
            throw new IllegalArgumentException("supported: kbp");
        Map<String, Annotation> docs = EntityHarness.load(Path.of(args[1]));
        ProtobufAnnotationSerializer ser = new ProtobufAnnotationSerializer(false);
        int triples = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])))) {
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
}
