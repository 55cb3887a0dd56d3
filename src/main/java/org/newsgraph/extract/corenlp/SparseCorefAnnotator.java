package org.newsgraph.extract.corenlp;

import java.lang.reflect.Field;
import java.util.Properties;

import org.newsgraph.error.NewsGraphException;

import edu.stanford.nlp.coref.CorefAlgorithm;
import edu.stanford.nlp.coref.CorefSystem;
import edu.stanford.nlp.coref.data.Document;
import edu.stanford.nlp.coref.data.DocumentMaker;
import edu.stanford.nlp.coref.fastneural.FastNeuralCorefAlgorithm;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CorefAnnotator;

/**
 * CoreNLP's coreference annotator, whose {@code fastneural} algorithm scores mention pairs with
 * {@link SparseFastNeuralCoref}: the same chains for a fraction of the time. Mention detection, the document CoreNLP
 * builds and the chains it writes are CoreNLP's own; with another algorithm this is CoreNLP's annotator unchanged.
 * Registered as {@code sparsecoref} by {@link CoreNlpPipelines} ({@code customAnnotatorClass.sparsecoref}): CoreNLP
 * keeps its own {@code coref} when a custom annotator of that name has the same settings.
 */
public final class SparseCorefAnnotator extends CorefAnnotator {
    private final DocumentMaker documents;
    private final CorefAlgorithm algorithm;

    public SparseCorefAnnotator(String name, Properties props) {
        super(props);
        try {
            Field systemField = CorefAnnotator.class.getDeclaredField("corefSystem");
            systemField.setAccessible(true);
            CorefSystem system = (CorefSystem) systemField.get(this);
            documents = (DocumentMaker) field(system, "docMaker");
            CorefAlgorithm original = (CorefAlgorithm) field(system, "corefAlgorithm");
            algorithm = original instanceof FastNeuralCorefAlgorithm fast ? SparseFastNeuralCoref.of(fast) : original;
            if (algorithm != original)
                systemField.set(this, new CorefSystem(documents, algorithm, (Boolean) field(system, "removeSingletonClusters"),
                        (Boolean) field(system, "verbose")));
        } catch (ReflectiveOperationException e) {
            throw new NewsGraphException("CoreNLP's coreference annotator does not have the fields of version 4.5.10.", e);
        }
    }

    private static Object field(CorefSystem system, String name) throws ReflectiveOperationException {
        Field f = CorefSystem.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(system);
    }

    /** The coreference algorithm this annotator runs ({@link SparseFastNeuralCoref} for {@code fastneural}). */
    CorefAlgorithm algorithm() {
        return algorithm;
    }

    /** CoreNLP's coreference document for an annotation this annotator has annotated (for tests). */
    Document document(Annotation annotation) throws Exception {
        return documents.makeDocument(annotation);
    }
}
