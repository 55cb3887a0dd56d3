package org.newsgraph.extract.corenlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.Profile;

import edu.stanford.nlp.coref.data.Document;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * CPU time of scoring the mention pairs of Wikinews articles with CoreNLP's fastneural model and with
 * {@link SparseFastNeuralCoref}, alternating in one JVM (features included in both). Not a test; run by hand in a
 * CoreNLP slot: {@code java -Xmx4g -cp $CP org.newsgraph.extract.corenlp.CorefScoringMeasurement CSV 10 ROUNDS}.
 */
public final class CorefScoringMeasurement {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CorefScoringMeasurement() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        List<String> texts = ProfileMeasurement.readCsvTexts(Path.of(args[0]), Integer.parseInt(args[1]));
        int rounds = Integer.parseInt(args[2]);
        StanfordCoreNLP pipeline = CoreNlpPipelines.get(Profile.DEFAULT);
        Field f = AnnotationPipeline.class.getDeclaredField("annotators");
        f.setAccessible(true);
        SparseCorefAnnotator coref = ((List<Annotator>) f.get(pipeline)).stream().filter(SparseCorefAnnotator.class::isInstance)
                .map(SparseCorefAnnotator.class::cast).findFirst().orElseThrow();
        SparseFastNeuralCoref algorithm = (SparseFastNeuralCoref) coref.algorithm();
        List<Document> docs = new ArrayList<>();
        for (String t : texts) {
            Annotation a = new Annotation(t);
            pipeline.annotate(a);
            docs.add(coref.document(a));
        }
        for (int r = 0; r < rounds; r++) {
            for (boolean reference : new boolean[] {true, false}) {
                long start = THREADS.getCurrentThreadCpuTime();
                int pairs = 0;
                for (Document d : docs)
                    pairs += algorithm.scores(d, reference).size();
                System.out.printf("round %d %s pairs=%d cpu_s=%.3f%n", r, reference ? "corenlp" : "sparse ", pairs,
                        (THREADS.getCurrentThreadCpuTime() - start) / 1e9);
            }
        }
    }
}
