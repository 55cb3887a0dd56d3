package org.newsgraph.extract.corenlp;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.newsgraph.eval.EntityGold;
import org.newsgraph.eval.IdentityGold;
import org.newsgraph.extract.Profile;

import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * What the annotators after the dependency parse (coref, kbp, entity linking, quote) cost under other settings,
 * and what the entity scores are with them. Annotates the Wikinews, OKE and MEANTIME texts up to depparse once
 * with the {@code default} profile's settings (cached as protobuf under OUTDIR), then for each variant runs the
 * later annotators over fresh copies: the CPU time of each annotator per Wikinews article (second of two rounds,
 * the first warms up), and the OKE and MEANTIME scores ({@link EntityHarness}) over the variant's annotations,
 * which it also writes as OUTDIR/VARIANT-oke.pb and -meantime.pb. Not a test; run by hand in a CoreNLP slot:
 * <pre>
 * java -Xmx6g -XX:+UseParallelGC -cp $CP org.newsgraph.extract.corenlp.DownstreamCostMeasurement OUTDIR \
 *   ../shared/corpus/wikinews/wikinews_2019.csv 10 ../shared/eval/oke/oke2016-training-task1.ttl ../shared/eval/meantime \
 *   base 'mmd20:coref.maxMentionDistance=20' 'nokbp:annotators=coref,wikilink,quote'
 * </pre>
 * A variant is NAME or NAME:KEY=VALUE;KEY=VALUE (CoreNLP settings over the profile's; {@code annotators} lists the
 * later annotators only). A variant name starting with {@code cost-} is timed and not scored.
 */
public final class DownstreamCostMeasurement {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String UPSTREAM = "tokenize,ssplit,pos,lemma,ner,depparse";

    private DownstreamCostMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        List<String> news = ProfileMeasurement.readCsvTexts(Path.of(args[1]), Integer.parseInt(args[2]));
        Path okeGold = Path.of(args[3]);
        Path meantime = Path.of(args[4]);
        List<String> oke = EntityGold.read(okeGold).documents().stream().map(EntityGold.Document::text).toList();
        List<String> mt = new ArrayList<>();
        for (Path p : IdentityGold.read(meantime).texts().values())
            mt.add(Files.readString(p));
        Properties base = CoreNlpPipelines.properties(Profile.DEFAULT);
        List<byte[]> newsUp = upstream(base, news, out.resolve("up-news-" + news.size() + ".pb"));
        List<byte[]> okeUp = upstream(base, oke, out.resolve("up-oke.pb"));
        List<byte[]> mtUp = upstream(base, mt, out.resolve("up-meantime.pb"));
        for (int v = 5; v < args.length; v++) {
            String[] nameAndSettings = args[v].split(":", 2);
            String name = nameAndSettings[0];
            Properties p = new Properties();
            p.putAll(base);
            p.setProperty("annotators", downstream(base.getProperty("annotators")));
            if (nameAndSettings.length > 1)
                for (String kv : nameAndSettings[1].split(";")) {
                    String[] pair = kv.split("=", 2);
                    p.setProperty(pair[0], pair[1]);
                }
            p.setProperty("enforceRequirements", "false");
            StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
            List<Annotator> annotators = annotators(pipeline);
            Map<String, Long> cpu = new LinkedHashMap<>();
            StringBuilder chains = new StringBuilder();
            for (int round = 0; round < 2; round++) {
                cpu.clear();
                chains.setLength(0);
                for (byte[] doc : newsUp) {
                    Annotation a = read(doc);
                    for (Annotator annotator : annotators) {
                        long start = THREADS.getCurrentThreadCpuTime();
                        annotator.annotate(a);
                        cpu.merge(annotator.getClass().getSimpleName(), THREADS.getCurrentThreadCpuTime() - start, Long::sum);
                    }
                    chains.append(a.get(edu.stanford.nlp.coref.CorefCoreAnnotations.CorefChainAnnotation.class));
                }
            }
            System.out.printf("CHAINS %s news %08x%n", name, chains.toString().hashCode());
            StringBuilder line = new StringBuilder("COST " + name + " cpu_s_per_article");
            long total = 0;
            for (Map.Entry<String, Long> e : cpu.entrySet()) {
                line.append(String.format(" %s=%.3f", e.getKey(), e.getValue() / 1e9 / newsUp.size()));
                total += e.getValue();
            }
            System.out.println(line.append(String.format(" total=%.3f", total / 1e9 / newsUp.size())));
            if (name.startsWith("cost-"))
                continue;
            Path okeCache = out.resolve(name + "-oke.pb");
            Path mtCache = out.resolve(name + "-meantime.pb");
            write(annotators, okeUp, okeCache);
            write(annotators, mtUp, mtCache);
            System.out.println("SCORES " + name + " " + args[v]);
            EntityHarness.scoreOke(okeGold, okeCache, null);
            EntityHarness.scoreMeantime(meantime, mtCache);
            System.out.flush();
        }
    }

    /** The profile's annotators after the dependency parse. */
    private static String downstream(String annotators) {
        String prefix = UPSTREAM + ",";
        if (!annotators.startsWith(prefix))
            throw new IllegalArgumentException(annotators);
        return annotators.substring(prefix.length());
    }

    private static List<byte[]> upstream(Properties base, List<String> texts, Path cache) throws Exception {
        ProtobufAnnotationSerializer ser = new ProtobufAnnotationSerializer(false);
        List<byte[]> docs = new ArrayList<>();
        if (Files.exists(cache)) {
            for (Annotation a : EntityHarness.load(cache).values())
                docs.add(bytes(ser, a));
            if (docs.size() >= new java.util.HashSet<>(texts).size())
                return docs;
            docs.clear();
        }
        Properties p = new Properties();
        p.putAll(base);
        p.setProperty("annotators", UPSTREAM);
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(cache))) {
            for (String t : texts) {
                CoreDocument d = new CoreDocument(t);
                pipeline.annotate(d);
                ser.writeCoreDocument(d, out);
                docs.add(bytes(ser, d.annotation()));
            }
        }
        return docs;
    }

    private static byte[] bytes(ProtobufAnnotationSerializer ser, Annotation a) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ser.toProto(a).writeDelimitedTo(bytes);
        return bytes.toByteArray();
    }

    private static Annotation read(byte[] doc) throws IOException {
        try {
            return new ProtobufAnnotationSerializer(false).read(new ByteArrayInputStream(doc)).first;
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }

    private static void write(List<Annotator> annotators, List<byte[]> docs, Path cache) throws IOException {
        ProtobufAnnotationSerializer ser = new ProtobufAnnotationSerializer(false);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(cache))) {
            for (byte[] doc : docs) {
                Annotation a = read(doc);
                for (Annotator annotator : annotators)
                    annotator.annotate(a);
                ser.writeCoreDocument(new CoreDocument(a), out);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Annotator> annotators(AnnotationPipeline pipeline) throws ReflectiveOperationException {
        Field f = AnnotationPipeline.class.getDeclaredField("annotators");
        f.setAccessible(true);
        return (List<Annotator>) f.get(pipeline);
    }
}
