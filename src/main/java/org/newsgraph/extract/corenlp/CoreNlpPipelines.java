package org.newsgraph.extract.corenlp;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import org.newsgraph.extract.Profile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * One CoreNLP pipeline per {@link Profile} per JVM, built on first use and shared by every extractor and
 * test: loading the models takes one to two and a half minutes and several gigabytes of heap, so a
 * pipeline is never built per article. Building is thread-safe; annotating with a built pipeline is too.
 *
 * <p>The annotators and settings of each profile are in {@link #properties(Profile)}; the README's figures
 * table has what each one costs.
 */
public final class CoreNlpPipelines {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpPipelines.class);
    private static final Map<Profile, StanfordCoreNLP> PIPELINES = new EnumMap<>(Profile.class);
    private static final Map<Profile, Long> LOAD_MILLIS = new EnumMap<>(Profile.class);
    private static final String OVERRIDE = "newsgraph.corenlp.";

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
                pipeline = new StanfordCoreNLP(properties(profile));
                long millis = (System.nanoTime() - start) / 1_000_000;
                LOG.info("Loaded profile {} in {} ms", profile.label(), millis);
                PIPELINES.put(profile, pipeline);
                LOAD_MILLIS.put(profile, millis);
            }
            return pipeline;
        }
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
     * COUNTRY/CITY/STATE_OR_PROVINCE/NATIONALITY/TITLE, no SUTime and no numeric classifiers), depparse,
     * quote (attribution by its own sieves: {@link NoCorefAnnotator} gives it an empty set of chains).</li>
     * <li>{@code default}: the full NER (three CRF models, SUTime), depparse, fastneural coreference
     * (dependency-based mentions; chosen over statistical, which annotated faster in our runs, because on
     * the seed article statistical joins "the Chinese government" and "This site" to Huawei where
     * fastneural joins "the Chinese company" and "Our group"), kbp, entitylink, quote with
     * coreference-based speaker resolution.</li>
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
        switch (profile) {
            case FAST -> {
                p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,nocoref,quote");
                p.setProperty("customAnnotatorClass.nocoref", NoCorefAnnotator.class.getName());
                p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
                p.setProperty("ner.useSUTime", "false");
                p.setProperty("ner.applyNumericClassifiers", "false");
                p.setProperty("quote.attribution.useCoref", "false");
            }
            case DEFAULT -> {
                p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp," + linker(p) + ",quote");
                p.setProperty("coref.algorithm", System.getProperty("newsgraph.coref.algorithm", "fastneural"));
            }
            case FULL -> {
                p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,depparse,coref,kbp," + linker(p) + ",quote");
                p.setProperty("parse.maxlen", "100");
                p.setProperty("coref.algorithm", System.getProperty("newsgraph.coref.algorithm", "neural"));
            }
            default -> throw new IllegalArgumentException("Unknown profile " + profile);
        }
        // measurements: -Dnewsgraph.corenlp.KEY=VALUE sets a CoreNLP setting in every profile
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(OVERRIDE) && k.length() > OVERRIDE.length())
                .forEach(k -> p.setProperty(k.substring(OVERRIDE.length()), System.getProperty(k)));
        return p;
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
