package org.newsgraph.extract.corenlp;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.error.NewsGraphException;

import edu.stanford.nlp.coref.CorefAlgorithm;
import edu.stanford.nlp.coref.CorefUtils;
import edu.stanford.nlp.coref.data.Document;
import edu.stanford.nlp.coref.data.Mention;
import edu.stanford.nlp.coref.fastneural.FastNeuralCorefAlgorithm;
import edu.stanford.nlp.coref.fastneural.FastNeuralCorefModel;
import edu.stanford.nlp.coref.neural.CategoricalFeatureExtractor;
import edu.stanford.nlp.coref.neural.EmbeddingExtractor;
import edu.stanford.nlp.coref.statistical.Compressor;
import edu.stanford.nlp.coref.statistical.DocumentExamples;
import edu.stanford.nlp.coref.statistical.Example;
import edu.stanford.nlp.coref.statistical.FeatureExtractor;
import edu.stanford.nlp.neural.NeuralUtils;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import edu.stanford.nlp.util.Pair;
import edu.stanford.nlp.util.RuntimeInterruptedException;

import org.ejml.simple.SimpleMatrix;

/**
 * CoreNLP's {@code fastneural} coreference (its {@code FastNeuralCorefAlgorithm}, version 4.5.10) with the same model,
 * features, candidate antecedents and decisions, but scoring each mention pair without multiplying by zeros. CoreNLP
 * multiplies every pair's 234 pair features (one-hot distances and a few binary features, almost all 0) and every
 * hidden layer's input (half of it 0 after the ReLU) densely; these products were most of coreference's time. A
 * row's sum here adds the same non-zero products in the same order, so every score is the same double as CoreNLP's
 * ({@code SparseFastNeuralCorefTest} compares them pair by pair), and so are the chains.
 */
final class SparseFastNeuralCoref implements CorefAlgorithm {
    private final double greedyness;
    private final int maxMentionDistance;
    private final int maxMentionDistanceWithStringMatch;
    private final FeatureExtractor featureExtractor;
    private final FastNeuralCorefModel model;
    private final EmbeddingExtractor embeddings;
    private final Map<String, Integer> pairFeatureIds;
    private final Map<String, Integer> mentionFeatureIds;
    private final SimpleMatrix anaphorKernel;
    private final SimpleMatrix anaphorBias;
    private final SimpleMatrix antecedentKernel;
    private final SimpleMatrix antecedentBias;
    private final SimpleMatrix naRepresentation;
    private final Dense pairFeatures;
    private final List<Dense> layers;

    /** A weight matrix (row-major) and its bias, as plain arrays. */
    private record Dense(int rows, int cols, double[] weights, double[] bias) {
        static Dense of(SimpleMatrix weights, SimpleMatrix bias) {
            return new Dense(weights.numRows(), weights.numCols(), weights.getDDRM().data.clone(), bias.getDDRM().data.clone());
        }

        /** weights &times; x + bias, adding the products of non-zero inputs in CoreNLP's order. */
        double[] apply(double[] x) {
            int[] nonZero = new int[cols];
            int n = 0;
            for (int j = 0; j < cols; j++)
                if (x[j] != 0)
                    nonZero[n++] = j;
            double[] y = new double[rows];
            for (int i = 0, row = 0; i < rows; i++, row += cols) {
                double total = 0;
                for (int k = 0; k < n; k++)
                    total += weights[row + nonZero[k]] * x[nonZero[k]];
                y[i] = total + bias[i];
            }
            return y;
        }
    }

    private SparseFastNeuralCoref(FastNeuralCorefAlgorithm original) throws ReflectiveOperationException {
        greedyness = (Double) field(FastNeuralCorefAlgorithm.class, original, "greedyness");
        maxMentionDistance = (Integer) field(FastNeuralCorefAlgorithm.class, original, "maxMentionDistance");
        maxMentionDistanceWithStringMatch = (Integer) field(FastNeuralCorefAlgorithm.class, original, "maxMentionDistanceWithStringMatch");
        featureExtractor = (FeatureExtractor) field(FastNeuralCorefAlgorithm.class, original, "featureExtractor");
        model = (FastNeuralCorefModel) field(FastNeuralCorefAlgorithm.class, original, "model");
        embeddings = model.getEmbeddingExtractor();
        pairFeatureIds = model.getPairFeatureIds();
        mentionFeatureIds = model.getMentionFeatureIds();
        anaphorKernel = matrix("anaphorKernel");
        anaphorBias = matrix("anaphorBias");
        antecedentKernel = matrix("antecedentKernel");
        antecedentBias = matrix("antecedentBias");
        naRepresentation = matrix("NARepresentation");
        pairFeatures = Dense.of(matrix("pairFeaturesKernel"), matrix("pairFeaturesBias"));
        @SuppressWarnings("unchecked")
        List<SimpleMatrix> network = (List<SimpleMatrix>) field(FastNeuralCorefModel.class, model, "networkLayers");
        List<Dense> dense = new java.util.ArrayList<>();
        for (int i = 0; i < network.size(); i += 2)
            dense.add(Dense.of(network.get(i), network.get(i + 1)));
        layers = List.copyOf(dense);
    }

    /** The sparse twin of {@code original}, sharing its model and feature extractor. */
    static SparseFastNeuralCoref of(FastNeuralCorefAlgorithm original) {
        try {
            return new SparseFastNeuralCoref(original);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new NewsGraphException("CoreNLP's fastneural coreference does not have the fields of version 4.5.10.", e);
        }
    }

    private SimpleMatrix matrix(String name) throws ReflectiveOperationException {
        return (SimpleMatrix) field(FastNeuralCorefModel.class, model, name);
    }

    private static Object field(Class<?> type, Object owner, String name) throws ReflectiveOperationException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }

    /** CoreNLP 4.5.10's {@code FastNeuralCorefAlgorithm.runCoref}, with {@link #score} for the model's. */
    @Override
    public void runCoref(Document document) {
        Map<Integer, List<Integer>> candidates = candidates(document);
        Map<Pair<Integer, Integer>, Double> scores = scores(document, candidates, false);
        for (Map.Entry<Integer, List<Integer>> e : candidates.entrySet()) {
            int antecedent = -1;
            int anaphor = e.getKey();
            double bestScore = scores.get(new Pair<>(-1, anaphor)) - 50 * (greedyness - 0.5);
            for (int ca : e.getValue()) {
                double score = scores.get(new Pair<>(ca, anaphor));
                if (score > bestScore) {
                    bestScore = score;
                    antecedent = ca;
                }
            }
            if (antecedent > 0)
                CorefUtils.mergeCoreferenceClusters(new Pair<>(antecedent, anaphor), document);
        }
    }

    private Map<Integer, List<Integer>> candidates(Document document) {
        return CorefUtils.heuristicFilter(CorefUtils.getSortedMentions(document), maxMentionDistance, maxMentionDistanceWithStringMatch);
    }

    /**
     * The score of every candidate pair (antecedent id, anaphor id) and of every anaphor having none (-1, anaphor id),
     * by this class or, with {@code reference}, by CoreNLP's own model (for the test that compares them).
     */
    Map<Pair<Integer, Integer>, Double> scores(Document document, boolean reference) {
        return scores(document, candidates(document), reference);
    }

    private Map<Pair<Integer, Integer>, Double> scores(Document document, Map<Integer, List<Integer>> candidates, boolean reference) {
        Map<Pair<Integer, Integer>, Boolean> pairs = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> e : candidates.entrySet())
            for (int m1 : e.getValue())
                pairs.put(new Pair<>(m1, e.getKey()), true);
        Compressor<String> compressor = new Compressor<>();
        DocumentExamples examples = featureExtractor.extract(0, document, pairs, compressor);
        Counter<Pair<Integer, Integer>> scores = new ClassicCounter<>();
        Map<Integer, SimpleMatrix> antecedentCache = new HashMap<>();
        Map<Integer, SimpleMatrix> anaphorCache = new HashMap<>();
        for (Example pair : examples.examples) {
            if (Thread.interrupted())
                throw new RuntimeInterruptedException();
            Mention m1 = document.predictedMentionsByID.get(pair.mentionId1);
            Mention m2 = document.predictedMentionsByID.get(pair.mentionId2);
            // a mention's features are read only until its vector is cached
            Counter<String> f1 = reference || !antecedentCache.containsKey(pair.mentionId1)
                    ? compressor.uncompress(examples.mentionFeatures.get(pair.mentionId1)) : null;
            Counter<String> f2 = reference || !anaphorCache.containsKey(pair.mentionId2)
                    ? compressor.uncompress(examples.mentionFeatures.get(pair.mentionId2)) : null;
            Counter<String> fp = compressor.uncompress(pair.pairwiseFeatures);
            scores.incrementCount(new Pair<>(pair.mentionId1, pair.mentionId2), reference
                    ? model.score(m1, m2, f1, f2, fp, antecedentCache, anaphorCache)
                    : score(m1, m2, f1, f2, fp, antecedentCache, anaphorCache));
        }
        for (int anaphorId : candidates.keySet()) {
            if (Thread.interrupted())
                throw new RuntimeInterruptedException();
            Mention m = document.predictedMentionsByID.get(anaphorId);
            Counter<String> f = reference || !anaphorCache.containsKey(anaphorId)
                    ? compressor.uncompress(examples.mentionFeatures.get(anaphorId)) : null;
            scores.incrementCount(new Pair<>(-1, anaphorId), reference
                    ? model.score(null, m, null, f, null, antecedentCache, anaphorCache)
                    : score(null, m, null, f, null, antecedentCache, anaphorCache));
        }
        Map<Pair<Integer, Integer>, Double> result = new HashMap<>();
        for (Pair<Integer, Integer> key : scores.keySet())
            result.put(key, scores.getCount(key));
        return result;
    }

    /** {@code FastNeuralCorefModel.score} of CoreNLP 4.5.10, skipping products with a zero input. */
    private double score(Mention antecedent, Mention anaphor, Counter<String> antecedentFeatures, Counter<String> anaphorFeatures,
            Counter<String> pairFeatureCounts, Map<Integer, SimpleMatrix> antecedentCache, Map<Integer, SimpleMatrix> anaphorCache) {
        SimpleMatrix antecedentVector = naRepresentation;
        if (antecedent != null) {
            antecedentVector = antecedentCache.get(antecedent.mentionID);
            if (antecedentVector == null) {
                antecedentVector = antecedentKernel.mult(NeuralUtils.concatenate(embeddings.getMentionEmbeddingsForFast(antecedent),
                        featureVector(antecedentFeatures, mentionFeatureIds))).plus(antecedentBias);
                antecedentCache.put(antecedent.mentionID, antecedentVector);
            }
        }
        SimpleMatrix anaphorVector = anaphorCache.get(anaphor.mentionID);
        if (anaphorVector == null) {
            anaphorVector = anaphorKernel.mult(NeuralUtils.concatenate(embeddings.getMentionEmbeddingsForFast(anaphor),
                    featureVector(anaphorFeatures, mentionFeatureIds))).plus(anaphorBias);
            anaphorCache.put(anaphor.mentionID, anaphorVector);
        }
        double[] pairInput = new double[pairFeatures.cols()];
        if (pairFeatureCounts != null) {
            SimpleMatrix full = NeuralUtils.concatenate(featureVector(pairFeatureCounts, pairFeatureIds),
                    CategoricalFeatureExtractor.encodeDistance(anaphor.sentNum - antecedent.sentNum),
                    CategoricalFeatureExtractor.encodeDistance(anaphor.mentionNum - antecedent.mentionNum - 1),
                    new SimpleMatrix(new double[][] {{antecedent.sentNum == anaphor.sentNum && antecedent.endIndex > anaphor.startIndex ? 1 : 0}}));
            System.arraycopy(full.getDDRM().data, 0, pairInput, 0, pairInput.length);
        }
        double[] pairVector = pairFeatures.apply(pairInput);
        double[] a = antecedentVector.getDDRM().data;
        double[] b = anaphorVector.getDDRM().data;
        double[] x = new double[a.length + b.length + pairVector.length];
        System.arraycopy(a, 0, x, 0, a.length);
        System.arraycopy(b, 0, x, a.length, b.length);
        System.arraycopy(pairVector, 0, x, a.length + b.length, pairVector.length);
        relu(x);
        for (Dense layer : layers) {
            x = layer.apply(x);
            if (layer.rows() > 1)
                relu(x);
        }
        double sum = 0;
        for (double v : x)
            sum += v;
        return sum;
    }

    private static void relu(double[] x) {
        for (int i = 0; i < x.length; i++)
            x[i] = Math.max(0, x[i]);
    }

    /** CoreNLP's {@code FastNeuralCorefModel.makeFeatureVector}. */
    private static SimpleMatrix featureVector(Counter<String> features, Map<String, Integer> ids) {
        SimpleMatrix vector = new SimpleMatrix(ids.size(), 1);
        for (Map.Entry<String, Double> feature : features.entrySet()) {
            Integer id = ids.get(feature.getKey());
            if (id != null)
                vector.set(id, feature.getValue());
        }
        return vector;
    }
}
