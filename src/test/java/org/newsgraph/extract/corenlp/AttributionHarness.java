package org.newsgraph.extract.corenlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.CodePoints;
import org.newsgraph.extract.Span;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Evaluation harness for {@link ClaimFinder} on PolNeAR-style gold (not a unit test).
 *
 * <pre>
 * annotate SPLIT_DIR EVERY CACHE   annotate every EVERY-th text of SPLIT_DIR/text and cache it (protobuf)
 * predict  CACHE OUT.tsv           run ClaimFinder on the cached documents, write the scorer's TSV
 *                                  (7 scorer columns, then cue lemma and act, which the scorer ignores)
 * features CACHE OUT.tsv           every cue candidate the rules find, with its features and spans (for CueModelTrainer)
 * retrain  CACHE GOLD_DIR OUT.tsv  features, then CueModelTrainer: the cue model relearned in one command
 * dump     CACHE OUT.tsv           one line per token with its basic dependency (for error analysis)
 * show     TEXT                    parse one text and print its dependencies and claims
 * </pre>
 * Offsets in the TSV are code points, which is what Python's str indexes (and so the scorer) count.
 * <p>
 * Dev figures, from the worktree root:
 * <pre>
 * mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt &amp;&amp; mvn -o -q test-compile
 * CP=target/classes:target/test-classes:$(cat target/cp.txt)
 * java -Xmx6g -cp $CP org.newsgraph.extract.corenlp.AttributionHarness annotate ../shared/eval/polnear/dev 1 /tmp/claims-dev.pb
 * java -cp $CP org.newsgraph.extract.corenlp.AttributionHarness predict /tmp/claims-dev.pb /tmp/claims-pred-dev.tsv
 * python3 ../shared/eval/score_attribution.py ../shared/eval/polnear/dev /tmp/claims-pred-dev.tsv
 * </pre>
 * The cue model ({@link CueScorer}) is relearned from train, after any change to the rules or the lexicon, with one
 * command (about two minutes; it prints the 5-fold cross-validated cue, who-said and content figures per threshold
 * and ships the threshold with the best cue F1, averaged with the thresholds next to it, to three places, then the best
 * who-said F1):
 * <pre>
 * java -cp $CP org.newsgraph.extract.corenlp.AttributionHarness retrain /tmp/claims-trainall.pb ../shared/eval/polnear/train src/main/resources/org/newsgraph/extract/cue-weights.tsv
 * </pre>
 * where the cache comes from {@code annotate ../shared/eval/polnear/train 1 /tmp/claims-trainall.pb}. The learner's
 * settings are CueModelTrainer's system properties; its defaults are the shipped model's.
 * {@code predict} and {@code features} take {@code -Dcues=FILE} (a lexicon in the cues.tsv format) and {@code predict}
 * takes {@code -Dweights=FILE} (a model in the cue-weights.tsv format), to try either before shipping it, and
 * {@code -Dflags=true} (the act column then ends in "+negated" and "+hedged" where a claim is, to count label changes).
 * {@code annotate} takes {@code -Dann.X=V} (CoreNLP property X, to try other annotators: session 11 tried
 * {@code -Dann.pos.model=edu/stanford/nlp/models/pos-tagger/english-bidirectional-distsim.tagger} and the shift-reduce
 * parser, both in the {@code models-english} jar, which is not a dependency) and {@code -Dfrom=N} and {@code -Dto=M} (annotate
 * texts N to M-1 only, to split a long run in parts and concatenate their caches).
 */
public final class AttributionHarness {
    private static final boolean FLAGS = Boolean.getBoolean("flags");
    private AttributionHarness() {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "annotate" -> annotate(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "predict" -> predict(Path.of(args[1]), Path.of(args[2]));
            case "dump" -> dump(Path.of(args[1]), Path.of(args[2]));
            case "show" -> show(args[1]);
            case "features" -> features(Path.of(args[1]), Path.of(args[2]));
            case "retrain" -> retrain(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            default -> throw new IllegalArgumentException("usage: annotate DIR EVERY CACHE | predict CACHE OUT | features CACHE OUT"
                    + " | retrain CACHE GOLD_DIR OUT | dump CACHE OUT | show TEXT");
        }
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        // -Dann.X=V sets CoreNLP property X (to try other annotator settings on the caches)
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("ann."))
                .forEach(k -> p.setProperty(k.substring(4), System.getProperty(k)));
        return p;
    }

    private static void annotate(Path dir, int every, Path cache) throws IOException {
        List<Path> texts;
        try (Stream<Path> s = Files.list(dir.resolve("text"))) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties());
        ProtobufAnnotationSerializer ser = new ProtobufAnnotationSerializer(false);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
            for (int i = Integer.getInteger("from", 0), to = Integer.getInteger("to", texts.size()); i < to; i += every) {
                Path t = texts.get(i);
                String text = Files.readString(t, StandardCharsets.UTF_8);
                Annotation a = new Annotation(text);
                pipeline.annotate(a);
                String doc = t.getFileName().toString().replaceAll("\\.txt$", "");
                out.writeUTF(doc);
                ser.write(a, out);
                out.flush();
                System.err.println("annotated " + i + " " + doc);
            }
        }
    }

    private static void predict(Path cache, Path outTsv) throws IOException {
        ProtobufAnnotationSerializer ser = new ProtobufAnnotationSerializer(false);
        ClaimFinder finder = new ClaimFinder(lexicon(), scorer());
        int docs = 0, claims = 0;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(cache));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(outTsv, StandardCharsets.UTF_8))) {
            DataInputStream in = new DataInputStream(raw);
            while (true) {
                in.mark(4);
                if (in.read() < 0)
                    break;
                in.reset();
                String doc = in.readUTF();
                Annotation a;
                try {
                    Pair<Annotation, InputStream> p = ser.read(in);
                    a = p.first;
                } catch (ClassNotFoundException e) {
                    throw new IOException(e);
                }
                String text = a.get(edu.stanford.nlp.ling.CoreAnnotations.TextAnnotation.class);
                CoreDocument d = new CoreDocument(a);
                for (Claim c : finder.find(d, text, new CodePoints(text), EntityLookup.NONE)) {
                    // the scorer takes one content span: the hull of the parts
                    Span first = c.content().get(0), last = c.content().get(c.content().size() - 1);
                    out.println(String.join("\t", doc, b(c.speaker().orElse(null)), e(c.speaker().orElse(null)),
                            b(c.cue().orElse(null)), e(c.cue().orElse(null)),
                            String.valueOf(first.begin()), String.valueOf(last.end()), c.cueLemma(), c.act().name()
                                    + (FLAGS ? (c.negated() ? "+negated" : "") + (c.hedged() ? "+hedged" : "") : "")));
                    claims++;
                }
                docs++;
            }
        }
        System.err.println("docs " + docs + " claims " + claims);
    }

    /** Writes one line per token (doc, sentence, token, begin, end, word, lemma, tag, ner, head, relation). */
    private static void dump(Path cache, Path outTsv) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(outTsv, StandardCharsets.UTF_8))) {
            read(cache, (doc, a) -> {
                String text = a.get(edu.stanford.nlp.ling.CoreAnnotations.TextAnnotation.class);
                CodePoints cp = new CodePoints(text);
                CoreDocument d = new CoreDocument(a);
                for (int s = 0; s < d.sentences().size(); s++) {
                    var sent = d.sentences().get(s);
                    var g = sent.coreMap().get(edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
                    List<edu.stanford.nlp.ling.CoreLabel> toks = sent.tokens();
                    for (int i = 0; i < toks.size(); i++) {
                        var t = toks.get(i);
                        var node = g.getNodeByIndexSafe(i + 1);
                        String head = "-1", rel = "root";
                        if (node != null && g.getParent(node) != null) {
                            var e = g.getEdge(g.getParent(node), node);
                            head = String.valueOf(g.getParent(node).index() - 1);
                            rel = e.getRelation().toString();
                        }
                        out.println(String.join("\t", doc, String.valueOf(s), String.valueOf(i),
                                String.valueOf(cp.at(t.beginPosition())), String.valueOf(cp.at(t.endPosition())),
                                t.word(), t.lemma(), t.tag(), t.ner(), head, rel));
                    }
                }
            });
        }
    }

    /** Writes every cue candidate with its features (doc, cue begin, cue end, features, speaker begin, speaker end, content begin, content end, then sentence, index among the sentence's candidates, holder, inner, governor and governed as in {@link CueNeighbours}), for training {@link CueScorer}. */
    private static void features(Path cache, Path outTsv) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(outTsv, StandardCharsets.UTF_8))) {
            read(cache, (doc, a) -> {
                String text = a.get(edu.stanford.nlp.ling.CoreAnnotations.TextAnnotation.class);
                ClaimFinder finder = new ClaimFinder(lexicon(), CueScorer.recording(c ->
                        out.println(String.join("\t", doc, String.valueOf(c.cue().begin()), String.valueOf(c.cue().end()),
                                String.join(" ", c.features()), b(c.speaker().orElse(null)), e(c.speaker().orElse(null)),
                                String.valueOf(c.content().begin()), String.valueOf(c.content().end()),
                                String.valueOf(c.sentence()), String.valueOf(c.index()), String.valueOf(c.neighbours().holder()),
                                CueNeighbours.write(c.neighbours().inner()), String.valueOf(c.neighbours().governor()),
                                CueNeighbours.write(c.neighbours().governed()), String.valueOf(c.chained())))));
                finder.find(new CoreDocument(a), text, new CodePoints(text), EntityLookup.NONE);
            });
        }
    }

    /** Records the candidates of {@code cache} in a temporary file and learns the cue model from them into {@code out}. */
    private static void retrain(Path cache, Path goldDir, Path out) throws IOException {
        Path candidates = Files.createTempFile("cue-candidates", ".tsv");
        try {
            features(cache, candidates);
            CueModelTrainer.main(new String[] {candidates.toString(), goldDir.toString(), out.toString()});
        } finally {
            Files.deleteIfExists(candidates);
        }
    }

    /** Parses one text and prints its claims (for looking at a pattern). */
    private static void show(String text) {
        Properties p = properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
        CoreDocument d = new CoreDocument(text);
        new StanfordCoreNLP(p).annotate(d);
        for (var s : d.sentences()) {
            System.out.println(s.tokens().stream().map(k -> k.word() + "/" + k.tag()).collect(java.util.stream.Collectors.joining(" ")));
            System.out.println(s.coreMap().get(edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class).toList());
        }
        for (Claim c : new ClaimFinder().find(d, text, new CodePoints(text), EntityLookup.NONE))
            System.out.println(c.speaker().map(x -> x.of(text)).orElse("-") + " | " + c.cue().map(x -> x.of(text)).orElse("-")
                    + " | " + c.content().stream().map(x -> x.of(text)).toList() + " | " + c.act());
    }

    /** The lexicon of system property {@code cues} (a file), else the shipped one: for trying a lexicon before shipping it. */
    static CueLexicon lexicon() throws IOException {
        String file = System.getProperty("cues");
        if (file == null)
            return CueLexicon.standard();
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return CueLexicon.read(in);
        }
    }

    /** The cue model of system property {@code weights} (a file), else the shipped one. */
    static CueScorer scorer() throws IOException {
        String file = System.getProperty("weights");
        if (file == null)
            return CueScorer.standard();
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return CueScorer.read(in);
        }
    }

    interface DocConsumer {
        void accept(String doc, Annotation a) throws IOException;
    }

    static void read(Path cache, DocConsumer consumer) throws IOException {
        ProtobufAnnotationSerializer ser = new ProtobufAnnotationSerializer(false);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(cache))) {
            DataInputStream in = new DataInputStream(raw);
            while (true) {
                in.mark(4);
                if (in.read() < 0)
                    break;
                in.reset();
                String doc = in.readUTF();
                try {
                    consumer.accept(doc, ser.read(in).first);
                } catch (ClassNotFoundException e) {
                    throw new IOException(e);
                }
            }
        }
    }

    private static String b(Span s) {
        return s == null ? "" : String.valueOf(s.begin());
    }

    private static String e(Span s) {
        return s == null ? "" : String.valueOf(s.end());
    }
}
