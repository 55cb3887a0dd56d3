package org.newsgraph.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Profile;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.Document;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;

/** Our pair scoring against CoreNLP's fastneural model, on the default profile's shared pipeline. */
class SparseFastNeuralCorefTest {
    @Test
    void everyMentionPairScoresTheSameDoubleAsCoreNlpsModel() throws Exception {
        StanfordCoreNLP pipeline = CoreNlpPipelines.get(Profile.DEFAULT);
        SparseCorefAnnotator coref = coref(pipeline);
        SparseFastNeuralCoref algorithm = assertInstanceOf(SparseFastNeuralCoref.class, coref.algorithm());
        Annotation annotation = new Annotation(fixture("/articles/nordvik-battery-plant.txt"));
        pipeline.annotate(annotation);
        assertFalse(annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class).isEmpty(), "chains");
        Document document = coref.document(annotation);
        Map<Pair<Integer, Integer>, Double> ours = algorithm.scores(document, false);
        Map<Pair<Integer, Integer>, Double> coreNlps = algorithm.scores(document, true);
        assertTrue(coreNlps.size() > 100, "pairs scored: " + coreNlps.size());
        assertEquals(coreNlps.keySet(), ours.keySet());
        for (Map.Entry<Pair<Integer, Integer>, Double> e : coreNlps.entrySet())
            assertEquals(e.getValue(), ours.get(e.getKey()), 0.0, "pair " + e.getKey());
    }

    @Test
    void theDefaultProfileRunsItAndTheFullProfileDoesNot() {
        assertEquals(SparseCorefAnnotator.class.getName(), CoreNlpPipelines.properties(Profile.DEFAULT).getProperty("customAnnotatorClass.sparsecoref"));
        assertTrue(CoreNlpPipelines.properties(Profile.DEFAULT).getProperty("annotators").contains(",sparsecoref,"));
        assertFalse(CoreNlpPipelines.properties(Profile.FULL).getProperty("annotators").contains("sparsecoref"));
        System.setProperty("newsgraph.coref.sparse", "false");
        try {
            assertTrue(CoreNlpPipelines.properties(Profile.DEFAULT).getProperty("annotators").contains(",coref,"));
        } finally {
            System.clearProperty("newsgraph.coref.sparse");
        }
    }

    @Test
    void plainCoreNlpRunsItsOwnCorefInItsPlace() {
        String annotators = PlainCoreNlpBaseline.forProfile(Profile.DEFAULT, Map.of()).settings().get("annotators");
        assertTrue(annotators.contains(",coref,kbp,"), annotators);
        assertFalse(annotators.contains("sparsecoref"), annotators);
    }

    @SuppressWarnings("unchecked")
    private static SparseCorefAnnotator coref(AnnotationPipeline pipeline) throws ReflectiveOperationException {
        Field f = AnnotationPipeline.class.getDeclaredField("annotators");
        f.setAccessible(true);
        return ((List<Annotator>) f.get(pipeline)).stream().filter(SparseCorefAnnotator.class::isInstance)
                .map(SparseCorefAnnotator.class::cast).findFirst().orElseThrow();
    }

    private static String fixture(String resource) throws IOException {
        try (InputStream in = SparseFastNeuralCorefTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
