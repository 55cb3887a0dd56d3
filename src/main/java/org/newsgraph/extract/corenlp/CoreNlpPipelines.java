package org.newsgraph.extract.corenlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.newsgraph.error.NewsGraphException;

import org.newsgraph.extract.Profile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * One CoreNLP pipeline per {@link Profile} per JVM, built on first use and shared by every extractor and
 * test: loading the models takes tens of seconds and gigabytes of heap, so a pipeline is never built per
 * article. Building is thread-safe; annotating with a built pipeline is too. The annotators and settings of
 * each profile are in {@link #properties(Profile)}.
 *
 * <h2>Decision record: what loading costs, and what we changed (issue #5)</h2>
 * Load per annotator of the {@code default} profile ({@code AnnotatorLoadMeasurement} in the test sources builds
 * the pipeline one annotator longer at a time; heap is what each adds after a full GC; wall times on the shared
 * 2-core machine at load average 11-16 are several times the CPU the loading thread uses):
 * <table>
 * <caption>default profile, model load per annotator</caption>
 * <tr><th>annotator</th><th>wall</th><th>CPU</th><th>heap</th></tr>
 * <tr><td>tokenize, ssplit, pos, lemma</td><td>2.7 s</td><td>0.4 s</td><td>83 MB</td></tr>
 * <tr><td>ner: three CRFs, SUTime, numeric classifiers, KBP fine-grained gazetteer &rarr; the settings below</td>
 * <td>61 s &rarr; 7.3 s</td><td>4.4 s &rarr; 1.5 s</td>
 * <td>709 MB (gazetteer 456 MB, the 7class and 4class CRFs 138 MB, SUTime and numeric under 5 MB) &rarr; 177 MB</td></tr>
 * <tr><td>depparse</td><td>10 s</td><td>1.7 s</td><td>240 MB</td></tr>
 * <tr><td>coref (fastneural)</td><td>23 s</td><td>4.1 s</td><td>338 MB</td></tr>
 * <tr><td>kbp &rarr; without its classifier</td><td>5.4 s &rarr; 0.4 s</td><td>1.4 s &rarr; 0.3 s</td><td>421 MB &rarr; 15 MB</td></tr>
 * <tr><td>entity linking</td><td>120-330 s before, 0.01 s now</td><td></td><td>about 3 GB before, none now</td></tr>
 * <tr><td>quote</td><td>0.1 s</td><td>0.0 s</td><td>2 MB</td></tr>
 * </table>
 * <ol>
 * <li><b>Entity linking from a compact index</b> ({@link WikiDictLinker}, {@code wikilink}, in place of CoreNLP's
 * {@code entitylink}): CoreNLP's linker reads its 21-million-line WikiDict into a {@code HashMap} at every
 * start; ours reads a 765 MB hash-table file built once under {@code ~/.cache/newsgraph} from the same
 * dictionary, with positional reads, and gives the same links ({@code WikiDictLinkerAgainstCoreNlp} checks it against
 * CoreNLP's annotator; {@code LinkerAgreement} found the same link for all 2,586 entity mentions of the OKE dev,
 * MEANTIME and example annotations cached with CoreNLP's linker).</li>
 * <li><b>Loading in parallel</b> ({@link #build}): the costly annotators are loaded two at a time.</li>
 * </ol>
 * Together, {@code bench --profile default} on Wikinews (same loaded machine): load 397 s wall / about 130 s CPU
 * &rarr; 95 s wall / 38 s CPU; peak RSS 7.7 GB (-Xmx10g) &rarr; 3.7 GB (-Xmx4g, 2 threads); ingest CPU per 1,000
 * tokens 8.0 s &rarr; 5.4 s (the 3 GB dictionary no longer weighs on every full GC). With -Xmx3g the profile
 * thrashes in full GCs: its models hold about 1.8 GB. With the settings below they hold about 0.9 GB, and 2 GB of heap
 * serve two threads (peak RSS 2.15 GB).
 *
 * <p>Settings of {@code default}, chosen by the dev scores of issues #3 and #4 ({@code EntityHarness score-oke} and
 * {@code score-meantime} over OKE and MEANTIME annotations made with each setting, with the entity rules of
 * 2026-11-25; before: OKE typing F1 0.852, linking 0.685, strict recognition 0.868, MEANTIME B3 0.542):
 * <ul>
 * <li><b>NER: one CRF (3class), no SUTime, no numeric classifiers</b> (as in {@code fast}). SUTime and the numeric
 * classifiers are half of NER's annotation CPU ({@code NerCostMeasurement}, 20 Wikinews articles: 7.07 s with
 * CoreNLP's default NER, 3.64 s without them, 2.95 s with one CRF); the two other CRFs add MISC, DATE, MONEY and
 * PERCENT tags only where the first left O, and 138 MB of heap. OKE loses one role span ("year lecturer" for
 * "lecturer": {@code RoleFinder} stops a title's modifiers at a DATE tag, which only SUTime gave "year"):
 * typing 0.851. Claim dates are ours ({@code DateExpressions}); the fast profile, with this NER, scores the same on
 * PolNeAR dev as default did.</li>
 * <li><b>Fine-grained gazetteer without its place-participle compounds</b> ({@link FineNerGazetteer}): 504,680 of
 * its 586,731 entries; {@code GazetteerAgreement} found the same tags on all 94,474 tokens of the OKE, MEANTIME,
 * example and Wikinews 2019 texts.</li>
 * <li><b>kbp without its statistical classifier</b> ({@code kbp.model=none}: its token and dependency rules only).
 * The classifier is most of kbp's 421 MB and of its annotation time. Roles (what issue #4 scores) barely change:
 * 166 &rarr; 162 on OKE (one right, "assistant", and two wrong "Bachelor" roles lost); {@code ng:Relation} facts
 * fall from 568 to 207 on OKE and from 126 to 83 on MEANTIME (no gold scores them).</li>
 * <li>Together: OKE typing 0.851, linking 0.686, strict 0.868; MEANTIME B3 0.547.</li>
 * <li><b>Coreference pairs scored without multiplying by zeros</b> ({@link SparseCorefAnnotator}, {@code sparsecoref}):
 * CoreNLP's fastneural model, features and decisions; its dense products of mostly-zero pair features and hidden
 * inputs were most of coreference's time. Every pair's score is the same double ({@code SparseFastNeuralCorefTest}),
 * the chains of 10 Wikinews articles are the same, and so are all scores. CPU per Wikinews article
 * ({@code DownstreamCostMeasurement}, 10 articles, second round): coref 0.70-0.79 s &rarr; 0.46-0.55 s.</li>
 * <li><b>Candidate antecedents: the 20 mentions before</b> ({@code coref.maxMentionDistance=20}; CoreNLP: 50; those
 * sharing a noun still from the 500 before): coref 0.49-0.52 s &rarr; 0.26 s per article; OKE typing 0.852, linking
 * 0.686, strict 0.869, MEANTIME B3 0.547, as with 50 (30 also holds them; 10 lowers B3 to 0.540). Claims do not
 * change: their spans come from the parse (the {@code fast} profile, without coreference, scores the same).</li>
 * <li>Measured, not taken: kbp without its tokensregex rules (kbp 0.095 &rarr; 0.023 s per article, same entity
 * scores, but KBP triples fall from 210 to 130 on OKE and from 83 to 47 on MEANTIME); without its semgrex rules (no
 * measurable saving, 210 &rarr; 123 triples); without kbp (0.1 s per article; MEANTIME B3 0.545, no relations).</li>
 * <li>Coreference: fastneural stays. Our name grouping instead ({@code nocoref}, as in {@code fast}) scores OKE typing
 * 0.853, linking 0.687, MEANTIME B3 0.543, but finds fewer MEANTIME mentions (0.667 against 0.749): the README
 * gives its speed. (Statistical, CoreNLP's default, loads slower and on the seed article joins "the Chinese
 * government" and "This site" to Huawei, where fastneural joins "the Chinese company" and "Our group".)</li>
 * </ul>
 * System properties for measurements: {@code newsgraph.coref.algorithm}, {@code newsgraph.coref.sparse=false} (CoreNLP's
 * own coref annotator), {@code newsgraph.entitylink=corenlp}
 * (CoreNLP's own linker), {@code newsgraph.gazetteer=corenlp} (CoreNLP's whole fine-grained gazetteer), {@code newsgraph.parallelLoad=false}, and {@code newsgraph.corenlp.KEY=VALUE} (any
 * CoreNLP setting).
 */
public final class CoreNlpPipelines {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpPipelines.class);
    private static final Map<Profile, StanfordCoreNLP> PIPELINES = new EnumMap<>(Profile.class);
    private static final Map<Profile, Long> LOAD_MILLIS = new EnumMap<>(Profile.class);
    private static final String OVERRIDE = "newsgraph.corenlp.";
    /** The first of CoreNLP's three English NER models, the one whose tags win where they disagree. */
    private static final String ONE_CRF = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** The name of {@link SerialQuoteAnnotator} in the annotator list. */
    static final String SERIAL_QUOTE = "serialquote";
    /** The annotators worth loading ahead in parallel, costliest first (measured load times in the class comment). */
    private static final List<String> LOAD_AHEAD = List.of("ner", "coref", "sparsecoref", "parse", "kbp", "depparse", "pos", "quote", SERIAL_QUOTE);
    /** The name of {@link SparseCorefAnnotator} in the {@code default} profile's annotator list. */
    static final String SPARSE_COREF = "sparsecoref";

    private CoreNlpPipelines() {
    }

    /** The shared pipeline for {@code profile}, loading it on first use. */
    static StanfordCoreNLP get(Profile profile) {
        Objects.requireNonNull(profile, "The parameter 'profile' must not be null.");
        synchronized (PIPELINES) {
            StanfordCoreNLP pipeline = PIPELINES.get(profile);
            if (pipeline == null) {
                long start = System.nanoTime();
                LOG.info("Loading the CoreNLP models for profile {}", profile.label());
                pipeline = build(properties(profile));
                long millis = (System.nanoTime() - start) / 1_000_000;
                LOG.info("Loaded profile {} in {} ms", profile.label(), millis);
                PIPELINES.put(profile, pipeline);
                LOAD_MILLIS.put(profile, millis);
            }
            return pipeline;
        }
    }

    /**
     * Builds a pipeline, loading its costly annotators two (or as many as there are processors) at a time
     * first: CoreNLP builds annotators one after another, but it keeps each built annotator in a JVM-wide
     * cache by its settings, so annotators loaded ahead from pools of the same settings are the ones the
     * pipeline then takes. The system property {@code newsgraph.parallelLoad=false} turns this off.
     */
    private static StanfordCoreNLP build(Properties properties) {
        List<String> names = Arrays.asList(properties.getProperty("annotators").split(","));
        List<String> ahead = LOAD_AHEAD.stream().filter(names::contains).toList();
        int threads = Math.min(ahead.size(), Runtime.getRuntime().availableProcessors());
        List<Annotator> loaded = new ArrayList<>(); // held until the pipeline has them: CoreNLP's cache holds them softly
        if (threads > 1 && !"false".equals(System.getProperty("newsgraph.parallelLoad"))) {
            ExecutorService loaders = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "newsgraph-model-load");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Annotator>> loads = new ArrayList<>();
                for (String name : ahead)
                    loads.add(loaders.submit(() -> StanfordCoreNLP.getDefaultAnnotatorPool(properties, new AnnotatorImplementations()).get(name)));
                for (Future<Annotator> load : loads)
                    loaded.add(load.get());
            } catch (ExecutionException e) {
                LOG.debug("Loading annotators ahead failed; the pipeline loads them in turn", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NewsGraphException("Interrupted while loading the CoreNLP models.", e);
            } finally {
                loaders.shutdownNow();
            }
        }
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
        loaded.clear();
        return pipeline;
    }

    /** Loads the models of {@code profile} now (for instance before a timed run); a no-op when loaded. */
    public static void preload(Profile profile) {
        get(profile);
    }

    /** How long loading {@code profile} took in this JVM, in milliseconds, or -1 when it is not loaded. */
    public static long loadMillis(Profile profile) {
        synchronized (PIPELINES) {
            return LOAD_MILLIS.getOrDefault(profile, -1L);
        }
    }

    /**
     * The CoreNLP settings of each profile.
     * <ul>
     * <li>{@code fast}: tokenize, ssplit, pos, lemma, ner (one CRF model, the fine-grained KBP gazetteers for
     * COUNTRY/CITY/STATE_OR_PROVINCE/NATIONALITY/TITLE from {@link FineNerGazetteer}, no SUTime and no numeric
     * classifiers), depparse,
     * quote (attribution by its own sieves: {@link NoCorefAnnotator} gives it an empty set of chains).</li>
     * <li>{@code default}: NER as in fast, depparse, fastneural coreference (pairs scored by {@link SparseCorefAnnotator},
     * candidates from the 20 mentions before), kbp (its rules, without its
     * statistical classifier), entity linking ({@link WikiDictLinker}), quote with coreference-based speaker
     * resolution. Why these settings: the class comment.</li>
     * <li>{@code full}: as default with the constituency parser and neural coreference.</li>
     * </ul>
     * A system property {@code newsgraph.coref.algorithm} overrides the coreference algorithm (for
     * measurements).
     */
    static Properties properties(Profile profile) {
        Properties p = new Properties();
        p.setProperty("tokenize.language", "en");
        // a blank line ends a sentence, so a headline line without a full stop is not glued to the lead
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("pos.maxlen", "150");
        p.setProperty("depparse.maxlen", "150");
        // fine-grained types give COUNTRY, CITY, STATE_OR_PROVINCE, NATIONALITY and TITLE from the KBP gazetteers
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.docdate.usePresent", "true");
        if (!"corenlp".equals(System.getProperty("newsgraph.gazetteer")))
            p.setProperty("ner.fine.regexner.mapping", FineNerGazetteer.mapping()); // the same tags for a sixth of the heap
        switch (profile) {
            case FAST -> {
                p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,nocoref," + quote(p));
                p.setProperty("customAnnotatorClass.nocoref", NoCorefAnnotator.class.getName());
                p.setProperty("ner.model", ONE_CRF);
                p.setProperty("ner.useSUTime", "false");
                p.setProperty("ner.applyNumericClassifiers", "false");
                p.setProperty("quote.attribution.useCoref", "false");
            }
            case DEFAULT -> {
                p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse," + coref(p) + ",kbp," + linker(p) + "," + quote(p));
                p.setProperty("coref.algorithm", System.getProperty("newsgraph.coref.algorithm", "fastneural"));
                // candidate antecedents: the 20 mentions before (CoreNLP: 50) and, sharing a noun, the 500 before
                p.setProperty("coref.maxMentionDistance", "20");
                p.setProperty("ner.model", ONE_CRF);
                p.setProperty("ner.useSUTime", "false");
                p.setProperty("ner.applyNumericClassifiers", "false");
                p.setProperty("kbp.model", "none"); // KBP's rules without its statistical classifier
            }
            case FULL -> {
                p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,depparse,coref,kbp," + linker(p) + "," + quote(p));
                p.setProperty("parse.maxlen", "100");
                p.setProperty("coref.algorithm", System.getProperty("newsgraph.coref.algorithm", "neural"));
            }
            default -> throw new IllegalArgumentException("Unknown profile " + profile);
        }
        // measurements: -Dnewsgraph.corenlp.KEY=VALUE sets a CoreNLP setting in every profile
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(OVERRIDE) && k.length() > OVERRIDE.length())
                .forEach(k -> p.setProperty(k.substring(OVERRIDE.length()), System.getProperty(k)));
        // the serial quote annotator reads its settings under its own name: the quote.* ones
        if (p.containsKey("customAnnotatorClass." + SERIAL_QUOTE))
            p.stringPropertyNames().stream().filter(k -> k.startsWith("quote.")).toList()
                    .forEach(k -> p.setProperty(SERIAL_QUOTE + k.substring("quote".length()), p.getProperty(k)));
        // CoreNLP caches a custom annotator by its own settings only (sparsecoref.*): give it the coref.* ones too
        if (p.containsKey("customAnnotatorClass." + SPARSE_COREF))
            p.setProperty(SPARSE_COREF + ".coref", p.stringPropertyNames().stream().filter(k -> k.startsWith("coref.")).sorted()
                    .map(k -> k + "=" + p.getProperty(k)).collect(java.util.stream.Collectors.joining(";")));
        return p;
    }

    /**
     * The coreference annotator: {@link SparseCorefAnnotator} ({@code sparsecoref}, CoreNLP's with cheaper pair scoring
     * and the same chains), or CoreNLP's own {@code coref} when the system property {@code newsgraph.coref.sparse} is
     * {@code false} (for measurements). It needs a name of its own: CoreNLP keeps its built-in {@code coref} when a
     * custom annotator of that name has the same settings.
     */
    private static String coref(Properties p) {
        if ("false".equals(System.getProperty("newsgraph.coref.sparse")))
            return "coref";
        p.setProperty("customAnnotatorClass." + SPARSE_COREF, SparseCorefAnnotator.class.getName());
        return SPARSE_COREF;
    }

    /**
     * The quote annotator: CoreNLP's, one document at a time ({@link SerialQuoteAnnotator}, {@code serialquote}), or
     * CoreNLP's own {@code quote} when the system property {@code newsgraph.quote.serial} is {@code false} (for
     * measurements).
     */
    private static String quote(Properties p) {
        if ("false".equals(System.getProperty("newsgraph.quote.serial")))
            return "quote";
        p.setProperty("customAnnotatorClass." + SERIAL_QUOTE, SerialQuoteAnnotator.class.getName());
        return SERIAL_QUOTE;
    }

    /**
     * The entity linker: our {@link WikiDictLinker} ({@code wikilink}, CoreNLP's links from a memory-mapped
     * index), or CoreNLP's own {@code entitylink} when the system property {@code newsgraph.entitylink} is
     * {@code corenlp} (for measurements).
     */
    private static String linker(Properties p) {
        if ("corenlp".equals(System.getProperty("newsgraph.entitylink")))
            return "entitylink";
        p.setProperty("customAnnotatorClass.wikilink", WikiDictLinker.class.getName());
        return "wikilink";
    }
}
