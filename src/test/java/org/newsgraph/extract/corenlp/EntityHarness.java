package org.newsgraph.extract.corenlp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsgraph.NewsGraph;
import org.newsgraph.eval.EntityEvaluation;
import org.newsgraph.eval.EntityGold;
import org.newsgraph.eval.EntityMention;
import org.newsgraph.eval.EntityScore;
import org.newsgraph.eval.EntityScorer;
import org.newsgraph.eval.EntityTsv;
import org.newsgraph.eval.IdentityEvaluation;
import org.newsgraph.eval.IdentityGold;
import org.newsgraph.eval.IdentityScorer;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Profile;
import org.newsgraph.source.Article;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;

/**
 * Development harness for entity rules (not a test): annotates evaluation texts once with the default
 * pipeline and caches them as CoreNLP protobuf, then scores our extraction over the cache in seconds.
 * <pre>
 * annotate-oke GOLD.ttl CACHE.pb | annotate-meantime DIR CACHE.pb
 * score-oke GOLD.ttl CACHE.pb [TSV] | score-meantime DIR CACHE.pb | dump-oke GOLD.ttl GOLD.tsv TEXTS.tsv
 * plain-oke GOLD.ttl CACHE.pb            the issue's baseline: CoreNLP's mentions with a plain type mapping
 * annotate-sources CACHE.pb SOURCE        cache the articles of one source as the product reads them
 * graph-sources CACHE.pb QUERY|- SOURCE...  ingest over the cache; print entities, then QUERY (NAME=param=value)
 * show CACHE.pb TEXT                      NER, dependencies and coreference chains of the cached texts containing TEXT
 * </pre>
 * OKE scores are printed for all sentences and for the two halves split by a hash of the context IRI
 * ("tune" and "check"), so rules are tuned on one half and checked on the other.
 */
public final class EntityHarness {
    public static void main(String[] all) throws Exception {
        if (all[0].startsWith("annotate") && all.length > 3) {
            for (int i = 0; i + 2 < all.length; i += 3)
                main(new String[] { all[i], all[i + 1], all[i + 2] });
            return;
        }
        String[] args = all;
        switch (args[0]) {
            case "annotate-oke" -> annotate(EntityGold.read(Path.of(args[1])).documents().stream().map(EntityGold.Document::text).toList(), Path.of(args[2]));
            case "annotate-meantime" -> {
                List<String> texts = new ArrayList<>();
                for (Path p : IdentityGold.read(Path.of(args[1])).texts().values())
                    texts.add(Files.readString(p));
                annotate(texts, Path.of(args[2]));
            }
            case "score-oke" -> scoreOke(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Path.of(args[3]) : null);
            case "score-meantime" -> scoreMeantime(Path.of(args[1]), Path.of(args[2]));
            case "annotate-sources" -> annotate(texts(List.of(args).subList(2, args.length)), Path.of(args[1]));
            case "graph-sources" -> graphSources(Path.of(args[1]), args[2], List.of(args).subList(3, args.length));
            case "plain-oke" -> plainOke(Path.of(args[1]), Path.of(args[2]));
            case "show" -> show(Path.of(args[1]), args[2]);
            case "dump-oke" -> dumpOke(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void annotate(List<String> texts, Path cache) throws IOException {
        StanfordCoreNLP pipeline = CoreNlpPipelines.get(Profile.DEFAULT);
        ProtobufAnnotationSerializer ser = new ProtobufAnnotationSerializer(false);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(cache))) {
            int n = 0;
            for (String t : texts) {
                CoreDocument d = new CoreDocument(t);
                pipeline.annotate(d);
                ser.writeCoreDocument(d, out);
                if (++n % 20 == 0)
                    System.err.println(n + "/" + texts.size());
            }
        }
    }

    static Map<String, Annotation> load(Path cache) throws IOException, ClassNotFoundException {
        Map<String, Annotation> docs = new HashMap<>();
        ProtobufAnnotationSerializer ser = new ProtobufAnnotationSerializer(false);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(cache))) {
            InputStream is = in;
            while (true) {
                is.mark(1);
                if (is.read() < 0)
                    break;
                is.reset();
                Pair<Annotation, InputStream> p = ser.read(is);
                docs.put(p.first.get(edu.stanford.nlp.ling.CoreAnnotations.TextAnnotation.class), p.first);
                is = p.second;
            }
        }
        return docs;
    }

    /** An extractor over cached annotations. */
    record Cached(Map<String, Annotation> docs) implements Extractor {
        @Override
        public Extraction extract(Article article) {
            Annotation a = docs.get(article.text());
            if (a == null)
                throw new IllegalStateException("not cached: " + article.source());
            return CoreNlpExtractor.toExtraction(new CoreDocument(a.copy()), article.text(), true);
        }

        @Override
        public Profile profile() {
            return Profile.DEFAULT;
        }
    }

    static void scoreOke(Path goldFile, Path cache, Path tsv) throws Exception {
        EntityGold gold = EntityGold.read(goldFile);
        List<EntityMention> pred;
        try (NewsGraph ng = NewsGraph.builder().inMemory().extractor(new Cached(load(cache))).build()) {
            pred = new EntityEvaluation(ng).predict(gold, r -> {
                if (r.failed())
                    System.err.println(r.message());
            });
        }
        if (tsv != null)
            try (var w = Files.newBufferedWriter(tsv)) {
                EntityTsv.write(pred, w);
            }
        List<String> tune = new ArrayList<>();
        for (EntityGold.Document d : gold.documents())
            if ((d.context().hashCode() & 1) == 0)
                tune.add(d.doc());
        print("all  ", EntityScorer.score(gold.mentions(), pred));
        print("tune ", EntityScorer.score(gold.mentions().stream().filter(m -> tune.contains(m.doc())).toList(),
                pred.stream().filter(m -> tune.contains(m.doc())).toList()));
        print("check", EntityScorer.score(gold.mentions().stream().filter(m -> !tune.contains(m.doc())).toList(),
                pred.stream().filter(m -> !tune.contains(m.doc())).toList()));
    }

    /** Writes the gold mentions as scorer TSV and the documents' texts (doc TAB text, newlines escaped) for error analysis. */
    static void dumpOke(Path goldFile, Path goldTsv, Path texts) throws Exception {
        EntityGold gold = EntityGold.read(goldFile);
        try (var w = Files.newBufferedWriter(goldTsv)) {
            EntityTsv.write(gold.mentions(), w);
        }
        try (var w = Files.newBufferedWriter(texts)) {
            for (EntityGold.Document d : gold.documents())
                w.write(d.doc() + "\t" + d.text().replace("\n", " ") + "\n");
        }
    }

    /**
     * The plain-mapping baseline: CoreNLP's entity mentions as they are, PERSON → Person, ORGANIZATION → Organization,
     * LOCATION/CITY/STATE_OR_PROVINCE/COUNTRY → Place, TITLE → Role, linked to the DBpedia page of the entity linker's
     * Wikipedia title; everything else dropped. Offsets are UTF-16 here (the OKE texts are all in the BMP).
     */
    static void plainOke(Path goldFile, Path cache) throws Exception {
        EntityGold gold = EntityGold.read(goldFile);
        Map<String, Annotation> docs = load(cache);
        List<EntityMention> pred = new ArrayList<>();
        for (EntityGold.Document d : gold.documents()) {
            CoreDocument doc = new CoreDocument(docs.get(d.text()));
            for (var s : doc.sentences())
                for (var m : s.entityMentions()) {
                    String type = switch (m.entityType()) {
                        case "PERSON" -> "Person";
                        case "ORGANIZATION" -> "Organization";
                        case "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY" -> "Place";
                        case "TITLE" -> "Role";
                        default -> null;
                    };
                    if (type == null)
                        continue;
                    String wiki = m.coreMap().get(edu.stanford.nlp.ling.CoreAnnotations.WikipediaEntityAnnotation.class);
                    String link = wiki == null || wiki.isBlank() || wiki.equals("O") ? "" : "http://dbpedia.org/resource/" + wiki.replace(' ', '_');
                    pred.add(new EntityMention(d.doc(), m.charOffsets().first, m.charOffsets().second, type, link));
                }
        }
        print("plain", EntityScorer.score(gold.mentions(), pred));
    }

    /** The texts of articles as the product reads them. */
    static List<String> texts(List<String> sources) {
        List<String> texts = new ArrayList<>();
        try (NewsGraph ng = NewsGraph.builder().inMemory().build()) {
            for (String source : sources)
                for (String one : ng.expand(source))
                    ng.read(one).articles().forEach(a -> texts.add(a.text()));
        }
        return texts;
    }

    /** Ingests sources over cached annotations and prints every entity with its mentions, then a query's rows ("-" for none; NAME=param=value). */
    static void graphSources(Path cache, String query, List<String> sources) throws Exception {
        try (NewsGraph ng = NewsGraph.builder().inMemory().extractor(new Cached(load(cache))).build()) {
            ng.ingest(sources, r -> {
                if (r.failed())
                    System.err.println(r.message());
            });
            org.apache.jena.query.ResultSetFormatter.out(System.out, ng.querySparql("""
                    PREFIX schema: <https://schema.org/>
                    PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                    PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
                    PREFIX ng: <https://newsgraph.org/ontology#>
                    SELECT ?e (GROUP_CONCAT(DISTINCT ?t; separator=",") AS ?types) (GROUP_CONCAT(CONCAT(?a, "@", STR(?b)); separator=" | ") AS ?mentions)
                    WHERE { GRAPH ?g { ?m itsrdf:taIdentRef ?e ; nif:anchorOf ?a ; nif:beginIndex ?b . OPTIONAL { ?e a ?t } } }
                    GROUP BY ?e ORDER BY ?e"""));
            if (!query.equals("-")) {
                String[] q = query.split("=", 3);
                org.apache.jena.query.ResultSetFormatter.out(System.out, ng.query(q[0], q.length == 3 ? Map.of(q[1], q[2]) : Map.of()));
            }
        }
    }

    /** Prints NER mentions, coreference chains and dependencies of the cached documents whose text contains {@code needle}. */
    static void show(Path cache, String needle) throws Exception {
        for (Annotation a : load(cache).values()) {
            String text = a.get(edu.stanford.nlp.ling.CoreAnnotations.TextAnnotation.class);
            if (!text.contains(needle))
                continue;
            CoreDocument d = new CoreDocument(a.copy());
            System.out.println("== " + text);
            for (var s : d.sentences()) {
                StringBuilder b = new StringBuilder();
                for (var t : s.tokens())
                    b.append(t.word()).append('/').append(t.tag()).append('/').append(t.ner()).append(' ');
                System.out.println(b);
                for (var m : s.entityMentions())
                    System.out.println("  NER " + m.text() + " " + m.entityType() + " " + m.coreMap().get(edu.stanford.nlp.ling.CoreAnnotations.WikipediaEntityAnnotation.class));
                System.out.println(s.dependencyParse().toList());
            }
            if (d.corefChains() != null)
                for (var c : d.corefChains().values())
                    System.out.println("  CHAIN " + c.getMentionsInTextualOrder().stream()
                            .map(m -> m.mentionSpan + "/" + m.mentionType + "/" + m.animacy + "/" + m.gender).toList());
        }
    }

    static void print(String label, EntityScore s) {
        System.out.printf(Locale.ROOT, "%s docs %d gold %d pred %d | strict %s | weak %s | typing %s | linking %s%n", label,
                s.documents(), s.gold(), s.predicted(), f(s.strict()), f(s.weak()), f(s.typing()), f(s.linking()));
    }

    static String f(org.newsgraph.eval.Prf p) {
        return String.format(Locale.ROOT, "P %.3f R %.3f F %.3f", p.precision(), p.recall(), p.f1());
    }

    static void scoreMeantime(Path dir, Path cache) throws Exception {
        IdentityGold gold = IdentityGold.read(dir);
        List<IdentityScorer.Mention> pred;
        try (NewsGraph ng = NewsGraph.builder().inMemory().extractor(new Cached(load(cache))).build()) {
            pred = new IdentityEvaluation(ng).predict(gold, r -> {
                if (r.failed())
                    System.err.println(r.message());
            });
        }
        try (var w = Files.newBufferedWriter(Path.of("/tmp/ent-mt-pred.tsv"))) {
            org.newsgraph.eval.IdentityTsv.write(pred, w);
        }
        IdentityScorer.IdentityScore s = IdentityScorer.score(gold.mentions(), pred);
        System.out.printf(Locale.ROOT, "identity mentions %d found %.3f | B3 %s | xdoc %s%n", s.mentions(), s.found(), f(s.b3()), f(s.xdoc()));
    }
}
