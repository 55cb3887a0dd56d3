package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;

/**
 * The floor under the whole lists ({@code mentions}, {@code who-said-what}, {@code claim-offsets}) in a TDB2 store:
 * what it costs only to read the quads each row needs and decode its values, in plain Java with no query engine,
 * the rows put in the order of the queries' ORDER BY. Not a test and not a query: a measurement, run by hand on a
 * large store (opened read only; nothing is written):
 *
 * <pre>
 * mvn -o -q -B -DskipTests test-compile
 * java -Xmx4g -XX:+UseParallelGC -cp "target/test-classes:target/classes:target/lib/*" org.newsgraph.bench.ListQueryFloor /tmp/qp/store10k 5
 * </pre>
 *
 * Each measure is the median of RUNS runs after one warm-up run, by the clock and in CPU time of the thread. The rows are built as the queries' columns
 * (nodes decoded from the node table) but without the queries' every edge case (a mention with two referents, a
 * claim with two cues): a floor, not a second implementation.
 */
public final class ListQueryFloor {
    private final NodeTupleTable quads;
    private final NodeTable nodes;
    private final Map<String, NodeId> ids = new HashMap<>();

    private ListQueryFloor(DatasetGraph dsg) {
        quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        nodes = quads.getNodeTable();
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ListQueryFloor TDB2-STORE [RUNS]");
            System.exit(2);
        }
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Dataset ds = TDB2Factory.connectDataset(Path.of(args[0]).toString());
        DatasetGraph dsg = ds.asDatasetGraph();
        Map<String, ToLongFunction<ListQueryFloor>> measures = new java.util.LinkedHashMap<>();
        measures.put("sources in order (ng:source index scan, sources decoded and sorted)", f -> f.articlesBySource().size());
        measures.put("taIdentRef quads counted (one index scan, nothing decoded)", f -> f.count(ITSRDF.taIdentRef.asNode()));
        measures.put("every quad of every article graph scanned (ids only)", ListQueryFloor::scanAll);
        measures.put("mentions rows (per-article scan, decoded, sorted)", f -> f.mentions().size());
        measures.put("claims' quads only (Claim index scan + each claim's and its parts' quads, ids only)", ListQueryFloor::claimsTargeted);
        measures.put("who-said-what rows (per-article scan, decoded, sorted)", f -> f.whoSaidWhat().size());
        measures.put("claim-offsets rows (per-article scan, decoded, sorted)", f -> f.claimOffsets().size());
        System.out.println("store " + args[0] + ", median of " + runs + " runs after one warm-up");
        measures.forEach((label, measure) -> {
            List<Double> ms = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long rows = 0;
            for (int r = 0; r <= runs; r++) {
                long t = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                rows = Txn.calculateRead(dsg, () -> measure.applyAsLong(new ListQueryFloor(dsg)));
                if (r > 0) {
                    ms.add((System.nanoTime() - t) / 1e6);
                    cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
                }
            }
            ms.sort(null);
            cpu.sort(null);
            System.out.printf(Locale.ROOT, "%-72s %8d rows  median %7.1f ms  CPU %7.1f ms  (min %.1f, max %.1f)%n", label, rows,
                    ms.get(ms.size() / 2), cpu.get(cpu.size() / 2), ms.get(0), ms.get(ms.size() - 1));
        });
        ds.close();
    }

    private NodeId id(Node n) {
        return ids.computeIfAbsent(n.getURI(), u -> nodes.getNodeIdForNode(n));
    }

    private long count(Node predicate) {
        long n = 0;
        for (Iterator<Tuple<NodeId>> it = quads.findAsNodeIds(Node.ANY, Node.ANY, predicate, Node.ANY); it.hasNext(); it.next())
            n++;
        return n;
    }

    private long scanAll() {
        long n = 0;
        for (List<NodeId> articles : articlesBySource().values())
            for (NodeId g : articles)
                for (Iterator<Tuple<NodeId>> it = graph(g); it.hasNext(); it.next())
                    n++;
        return n;
    }

    /** The articles of each source, the sources sorted by their text (all are plain strings here). */
    private TreeMap<String, List<NodeId>> articlesBySource() {
        Map<NodeId, List<NodeId>> bySource = new HashMap<>();
        quads.findAsNodeIds(Node.ANY, Node.ANY, NG.source.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.get(0).equals(q.get(1)))
                bySource.computeIfAbsent(q.get(3), s -> new ArrayList<>()).add(q.get(0));
        });
        TreeMap<String, List<NodeId>> sorted = new TreeMap<>();
        bySource.forEach((s, articles) -> sorted.put(nodes.getNodeForNodeId(s).getLiteralLexicalForm(), articles));
        return sorted;
    }

    private Iterator<Tuple<NodeId>> graph(NodeId g) {
        return quads.getTupleTable().find(TupleFactory.create4(g, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny));
    }

    /** One article's quads by subject, then predicate: one range scan of the GSPO index. */
    private Map<NodeId, Map<NodeId, List<NodeId>>> read(NodeId g) {
        Map<NodeId, Map<NodeId, List<NodeId>>> bySubject = new HashMap<>();
        graph(g).forEachRemaining(q -> bySubject.computeIfAbsent(q.get(1), s -> new HashMap<>(8))
                .computeIfAbsent(q.get(2), p -> new ArrayList<>(1)).add(q.get(3)));
        return bySubject;
    }

    private static NodeId one(Map<NodeId, Map<NodeId, List<NodeId>>> g, NodeId s, NodeId p) {
        Map<NodeId, List<NodeId>> props = g.get(s);
        List<NodeId> os = props == null ? null : props.get(p);
        return os == null || os.isEmpty() ? null : os.get(0);
    }

    private Node node(NodeId id) {
        return id == null ? null : nodes.getNodeForNodeId(id);
    }

    private long integer(NodeId id) {
        return ((Number) node(id).getLiteralValue()).longValue();
    }

    /** mentions: ?source ?article ?begin ?end ?type ?entity, by source, begin, end, type. */
    private List<Node[]> mentions() {
        NodeId taIdentRef = id(ITSRDF.taIdentRef.asNode()), type = id(RDF.type.asNode()), begin = id(NIF.beginIndex.asNode()),
                end = id(NIF.endIndex.asNode()), roleMention = id(NG.RoleMention.asNode()), evidence = id(NG.evidence.asNode());
        Map<NodeId, String> classes = Map.of(id(SchemaDO.Person.asNode()), "Person", id(SchemaDO.Organization.asNode()), "Organization",
                id(SchemaDO.Place.asNode()), "Place");
        Map<String, Node> labels = new HashMap<>();
        List<Node[]> rows = new ArrayList<>();
        articlesBySource().forEach((source, articles) -> {
            List<Object[]> ofSource = new ArrayList<>();
            for (NodeId g : articles) {
                Map<NodeId, Map<NodeId, List<NodeId>>> quadsOf = read(g);
                Map<NodeId, NodeId> roleOf = new HashMap<>();
                Set<NodeId> roleMentions = new HashSet<>();
                quadsOf.forEach((s, props) -> {
                    props.getOrDefault(evidence, List.of()).forEach(m -> roleOf.putIfAbsent(m, s));
                    if (props.getOrDefault(type, List.of()).contains(roleMention))
                        roleMentions.add(s);
                });
                Node article = node(g), sourceNode = node(one(quadsOf, g, id(NG.source.asNode())));
                quadsOf.forEach((m, props) -> {
                    NodeId e = props.containsKey(taIdentRef) ? props.get(taIdentRef).get(0) : null;
                    String t;
                    if (roleMentions.contains(m)) {
                        t = "Role";
                        e = roleOf.getOrDefault(m, e);
                    } else if (e != null) {
                        List<NodeId> types = quadsOf.getOrDefault(e, Map.of()).getOrDefault(type, List.of());
                        t = types.stream().map(classes::get).filter(c -> c != null).min(Comparator.comparing(List.of("Person",
                                "Organization", "Place")::indexOf)).orElse(null);
                    } else
                        return;
                    if (t == null || !props.containsKey(begin) || !props.containsKey(end))
                        return;
                    ofSource.add(new Object[] { integer(props.get(begin).get(0)), integer(props.get(end).get(0)), t,
                            new Node[] { sourceNode, article, node(props.get(begin).get(0)), node(props.get(end).get(0)),
                                    labels.computeIfAbsent(t, org.apache.jena.graph.NodeFactory::createLiteralString), node(e) } });
                });
            }
            ofSource.sort(Comparator.<Object[]>comparingLong(r -> (Long) r[0]).thenComparingLong(r -> (Long) r[1])
                    .thenComparing(r -> (String) r[2]));
            ofSource.forEach(r -> rows.add((Node[]) r[3]));
        });
        return rows;
    }

    /** One subject's quads in one graph, by predicate: one short range scan of the GSPO index. */
    private Map<NodeId, List<NodeId>> subject(NodeId g, NodeId s) {
        Map<NodeId, List<NodeId>> props = new HashMap<>(16);
        quads.getTupleTable().find(TupleFactory.create4(g, s, NodeId.NodeIdAny, NodeId.NodeIdAny))
                .forEachRemaining(q -> props.computeIfAbsent(q.get(2), p -> new ArrayList<>(1)).add(q.get(3)));
        return props;
    }

    /** The quads the claim lists read and nothing more, as ids: each claim's own, and its speaker mention's, cue's and content's. */
    private long claimsTargeted() {
        List<NodeId> parts = List.of(id(NG.speakerMention.asNode()), id(NG.cue.asNode()), id(NG.content.asNode()));
        long[] n = { 0 };
        quads.findAsNodeIds(Node.ANY, Node.ANY, RDF.type.asNode(), SchemaDO.Claim.asNode()).forEachRemaining(q -> {
            Map<NodeId, List<NodeId>> props = subject(q.get(0), q.get(1));
            for (NodeId p : parts)
                for (NodeId part : props.getOrDefault(p, List.of()))
                    subject(q.get(0), part);
            n[0]++;
        });
        return n[0];
    }

    /** who-said-what: fifteen columns per claim, by source, first content begin, cue begin, text. */
    private List<Node[]> whoSaidWhat() {
        NodeId type = id(RDF.type.asNode()), claimType = id(SchemaDO.Claim.asNode()), text = id(SchemaDO.text.asNode()),
                author = id(SchemaDO.author.asNode()), name = id(SchemaDO.name.asNode()), headline = id(SchemaDO.headline.asNode()),
                speakerMention = id(NG.speakerMention.asNode()), anchorOf = id(NIF.anchorOf.asNode()), kind = id(NG.sourceKind.asNode()),
                cue = id(NG.cue.asNode()), begin = id(NIF.beginIndex.asNode()), act = id(NG.speechAct.asNode()), date = id(NG.date.asNode()),
                from = id(NG.dateFrom.asNode()), to = id(NG.dateTo.asNode()), direct = id(NG.direct.asNode()),
                negated = id(NG.negated.asNode()), hedged = id(NG.hedged.asNode()), content = id(NG.content.asNode()),
                source = id(NG.source.asNode());
        List<Node[]> rows = new ArrayList<>();
        articlesBySource().forEach((src, articles) -> {
            List<Object[]> ofSource = new ArrayList<>();
            for (NodeId g : articles) {
                Map<NodeId, Map<NodeId, List<NodeId>>> q = read(g);
                Node article = node(g), sourceNode = node(one(q, g, source)), headlineNode = node(one(q, g, headline));
                q.forEach((c, props) -> {
                    if (!props.getOrDefault(type, List.of()).contains(claimType) || !props.containsKey(text))
                        return;
                    NodeId speaker = one(q, c, author), cueNode = one(q, c, cue);
                    long contentBegin = Long.MAX_VALUE;
                    for (NodeId part : props.getOrDefault(content, List.of()))
                        if (one(q, part, begin) != null)
                            contentBegin = Math.min(contentBegin, integer(one(q, part, begin)));
                    NodeId cueBegin = cueNode == null ? null : one(q, cueNode, begin);
                    Node t = node(props.get(text).get(0));
                    Node[] row = { sourceNode, headlineNode, node(speaker == null ? null : one(q, speaker, name)),
                            node(one(q, one(q, c, speakerMention), anchorOf)), node(one(q, c, kind)),
                            node(cueNode == null ? null : one(q, cueNode, anchorOf)), node(one(q, c, act)),
                            node(one(q, c, date) != null ? one(q, c, date) : one(q, c, from)), node(one(q, c, to)), node(one(q, c, direct)),
                            node(one(q, c, negated)), node(one(q, c, hedged)), t, node(speaker), node(c), article };
                    ofSource.add(new Object[] { contentBegin, cueBegin == null ? -1L : integer(cueBegin), t.getLiteralLexicalForm(), row });
                });
            }
            ofSource.sort(Comparator.<Object[]>comparingLong(r -> (Long) r[0]).thenComparingLong(r -> (Long) r[1])
                    .thenComparing(r -> (String) r[2]));
            ofSource.forEach(r -> rows.add((Node[]) r[3]));
        });
        return rows;
    }

    /** claim-offsets: ?source ?article and the first begin and last end of speaker, cue and content, by source, content begin. */
    private List<Node[]> claimOffsets() {
        NodeId type = id(RDF.type.asNode()), claimType = id(SchemaDO.Claim.asNode()), begin = id(NIF.beginIndex.asNode()),
                end = id(NIF.endIndex.asNode()), source = id(NG.source.asNode());
        List<NodeId> parts = List.of(id(NG.speakerMention.asNode()), id(NG.cue.asNode()), id(NG.content.asNode()));
        List<Node[]> rows = new ArrayList<>();
        articlesBySource().forEach((src, articles) -> {
            List<Object[]> ofSource = new ArrayList<>();
            for (NodeId g : articles) {
                Map<NodeId, Map<NodeId, List<NodeId>>> q = read(g);
                Node article = node(g), sourceNode = node(one(q, g, source));
                q.forEach((c, props) -> {
                    if (!props.getOrDefault(type, List.of()).contains(claimType))
                        return;
                    Node[] row = new Node[8];
                    row[0] = sourceNode;
                    row[1] = article;
                    long contentBegin = -1;
                    for (int k = 0; k < parts.size(); k++) {
                        long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
                        for (NodeId part : props.getOrDefault(parts.get(k), List.of())) {
                            NodeId b = one(q, part, begin), e = one(q, part, end);
                            if (b != null && e != null) {
                                first = Math.min(first, integer(b));
                                last = Math.max(last, integer(e));
                            }
                        }
                        if (first != Long.MAX_VALUE) {
                            row[2 + 2 * k] = org.apache.jena.graph.NodeFactory.createLiteralDT(Long.toString(first),
                                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
                            row[3 + 2 * k] = org.apache.jena.graph.NodeFactory.createLiteralDT(Long.toString(last),
                                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
                            if (k == 2)
                                contentBegin = first;
                        }
                    }
                    ofSource.add(new Object[] { contentBegin, node(c).getURI(), row });
                });
            }
            ofSource.sort(Comparator.<Object[]>comparingLong(r -> (Long) r[0]).thenComparing(r -> (String) r[1]));
            ofSource.forEach(r -> rows.add((Node[]) r[2]));
        });
        return rows;
    }
}
