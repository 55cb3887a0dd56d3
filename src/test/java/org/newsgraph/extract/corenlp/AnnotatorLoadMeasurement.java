package org.newsgraph.extract.corenlp;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;

import org.newsgraph.extract.Profile;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * Where a profile's load time and heap go, annotator by annotator: builds the profile's pipeline one
 * annotator longer at a time (CoreNLP keeps built annotators in a JVM-wide pool, so each step loads only the
 * new one) and prints, per step, the wall and CPU time of the build and the heap (after GC) and resident set
 * it added. Then, optionally, NER variants (each a full NER build, so its own cost). Not a test (speed is
 * never asserted); run by hand:
 * <pre>
 * java -Xmx10g -XX:+UseParallelGC -cp target/classes:target/test-classes:$(cat cp.txt) \
 *   org.newsgraph.extract.corenlp.AnnotatorLoadMeasurement default [ner-variants]
 * </pre>
 */
public final class AnnotatorLoadMeasurement {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AnnotatorLoadMeasurement() {
    }

    public static void main(String[] args) throws IOException {
        Profile profile = Profile.parse(args[0]);
        Properties base = CoreNlpPipelines.properties(profile);
        String[] annotators = base.getProperty("annotators").split(",");
        System.out.printf("%-28s %8s %8s %9s %9s%n", "step", "wall_s", "cpu_s", "heap_mb", "rss_mb");
        long heap = usedHeapAfterGc();
        long rss = rssKb();
        for (int k = 1; k <= annotators.length; k++) {
            Properties p = (Properties) base.clone();
            p.setProperty("annotators", String.join(",", Arrays.copyOf(annotators, k)));
            long[] cost = build(p);
            long heapNow = usedHeapAfterGc();
            long rssNow = rssKb();
            System.out.printf("%-28s %8.1f %8.1f %9d %9d%n", "+" + annotators[k - 1], cost[0] / 1e9, cost[1] / 1e9,
                    (heapNow - heap) >> 20, (rssNow - rss) >> 10);
            heap = heapNow;
            rss = rssNow;
        }
        if (args.length > 1 && args[1].equals("ner-variants"))
            nerVariants(base);
    }

    /** NER alone under several settings, each built afresh (no sharing with the profile's NER). */
    private static void nerVariants(Properties base) {
        String[][] variants = {
            {"3class, no SUTime/numeric/fine", "ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
                "ner.useSUTime", "false", "ner.applyNumericClassifiers", "false", "ner.applyFineGrained", "false"},
            {"3class + fine-grained", "ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
                "ner.useSUTime", "false", "ner.applyNumericClassifiers", "false"},
            {"3class + fine + numeric", "ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
                "ner.useSUTime", "false"},
            {"3class + fine + num + SUTime", "ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"},
            {"3 CRFs + fine + num + SUTime"},
        };
        for (String[] v : variants) {
            Properties p = (Properties) base.clone();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            p.remove("ner.model");
            p.remove("ner.useSUTime");
            p.remove("ner.applyNumericClassifiers");
            p.setProperty("ner.applyFineGrained", "true");
            for (int i = 1; i + 1 < v.length; i += 2)
                p.setProperty(v[i], v[i + 1]);
            p.setProperty("ner.measurementVariant", v[0]); // a distinct signature, so the pool builds it afresh
            long heap = usedHeapAfterGc();
            long[] cost = build(p);
            System.out.printf("ner: %-28s %8.1f %8.1f %9d%n", v[0], cost[0] / 1e9, cost[1] / 1e9, (usedHeapAfterGc() - heap) >> 20);
        }
    }

    /** Builds a pipeline; returns {wall ns, CPU ns of this thread}. */
    private static long[] build(Properties p) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        new StanfordCoreNLP(p);
        return new long[] {System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu};
    }

    private static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** VmRSS in kB. */
    private static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status")))
            if (line.startsWith("VmRSS:"))
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
        return 0;
    }
}
