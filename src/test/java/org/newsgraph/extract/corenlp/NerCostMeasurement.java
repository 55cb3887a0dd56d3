package org.newsgraph.extract.corenlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * What NER settings cost while annotating: annotates the first articles of a Wikinews CSV up to POS and lemma once,
 * then runs NER alone over copies of them under each setting, twice (the first round warms up), and prints the
 * CPU time of the second round. Not a test (speed is never asserted); run by hand in a CoreNLP slot:
 * <pre>
 * java -Xmx6g -XX:+UseParallelGC -cp $CP org.newsgraph.extract.corenlp.NerCostMeasurement ../shared/corpus/wikinews/wikinews_2019.csv 20
 * </pre>
 */
public final class NerCostMeasurement {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String THREE = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    private static final String SEVEN = "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";
    private static final String FOUR = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private NerCostMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = ProfileMeasurement.readCsvTexts(Path.of(args[0]), Integer.parseInt(args[1]));
        Properties base = new Properties();
        base.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        base.setProperty("tokenize.language", "en");
        base.setProperty("ssplit.newlineIsSentenceBreak", "two");
        StanfordCoreNLP upstream = new StanfordCoreNLP(base);
        List<Annotation> annotated = new ArrayList<>();
        for (String t : texts) {
            Annotation a = new Annotation(t);
            upstream.annotate(a);
            annotated.add(a);
        }
        Map<String, String[]> variants = new LinkedHashMap<>();
        variants.put("three CRFs, SUTime, numeric (CoreNLP's default)", new String[] {THREE + "," + SEVEN + "," + FOUR, "true", "true"});
        variants.put("three CRFs, no SUTime, no numeric", new String[] {THREE + "," + SEVEN + "," + FOUR, "false", "false"});
        variants.put("3class + 7class, no SUTime, no numeric", new String[] {THREE + "," + SEVEN, "false", "false"});
        variants.put("3class + 7class, SUTime, numeric", new String[] {THREE + "," + SEVEN, "true", "true"});
        variants.put("3class, no SUTime, no numeric", new String[] {THREE, "false", "false"});
        variants.put("3class, SUTime, numeric", new String[] {THREE, "true", "true"});
        System.out.printf("%-50s %8s%n", "NER setting (fine-grained types from the compact gazetteer)", "cpu_s");
        for (Map.Entry<String, String[]> v : variants.entrySet()) {
            Properties p = new Properties();
            p.setProperty("annotators", "ner");
            p.setProperty("enforceRequirements", "false");
            p.setProperty("ner.model", v.getValue()[0]);
            p.setProperty("ner.useSUTime", v.getValue()[1]);
            p.setProperty("ner.applyNumericClassifiers", v.getValue()[2]);
            p.setProperty("ner.applyFineGrained", "true");
            p.setProperty("ner.buildEntityMentions", "true");
            p.setProperty("ner.fine.regexner.mapping", FineNerGazetteer.mapping());
            StanfordCoreNLP ner = new StanfordCoreNLP(p);
            long cpu = 0;
            for (int round = 0; round < 2; round++) {
                long start = THREADS.getCurrentThreadCpuTime();
                for (Annotation a : annotated)
                    ner.annotate(a.copy());
                cpu = THREADS.getCurrentThreadCpuTime() - start;
            }
            System.out.printf("%-50s %8.2f%n", v.getKey(), cpu / 1e9);
        }
    }
}
