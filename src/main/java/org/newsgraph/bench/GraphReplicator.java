package org.newsgraph.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.newsgraph.graph.ArticleGraph;
import org.newsgraph.graph.SummaryFacts;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NGID;

/**
 * Copies of real article graphs under distinct IRIs, for a large store without language processing.
 * Copy {@code c} of an article renames everything the article owns (the article, its spans, claims,
 * roles, relations, activity: {@code .../id/article/...} becomes {@code .../id/copy-c/article/...}), gives
 * its blank nodes fresh identities and its source and content hash a {@code #copy=c} suffix. Entities
 * (people, organisations, places, publishers, authors) are shared across copies in {@value #ENTITY_GROUPS}
 * groups, so that, as in real news, an entity appears in many articles and many entities exist. Copy 0
 * is the article itself.
 */
final class GraphReplicator {
    /** Copies {@code c} and {@code c'} share their entities when {@code c ≡ c' (mod ENTITY_GROUPS)}. */
    static final int ENTITY_GROUPS = 50;
    private static final List<String> OWNED = List.of("article/", "claim/", "role/", "relation/", "activity/");
    private static final List<String> UNCHANGED = List.of("agent/");
    private static final Node SOURCE = NG.source.asNode();
    private static final Node HASH = NG.contentHash.asNode();

    private GraphReplicator() {
    }

    /** Copy {@code copy} of the article graph named {@code name} with these triples. */
    static ArticleGraph copy(String name, List<Triple> triples, int copy) {
        Objects.requireNonNull(name, "The parameter 'name' must not be null.");
        if (copy < 0)
            throw new IllegalArgumentException("copy must be >= 0, got " + copy);
        Map<Node, Node> blanks = new HashMap<>();
        Model model = ModelFactory.createDefaultModel();
        for (Triple t : triples) {
            Node o = t.getObject();
            if (copy > 0 && o.isLiteral() && (t.getPredicate().equals(SOURCE) || t.getPredicate().equals(HASH)))
                o = NodeFactory.createLiteralString(o.getLiteralLexicalForm() + "#copy=" + copy);
            else
                o = rename(o, copy, blanks);
            model.getGraph().add(Triple.create(rename(t.getSubject(), copy, blanks), t.getPredicate(), o));
        }
        String article = rename(NodeFactory.createURI(name), copy, blanks).getURI();
        // a seed written by an older version gets the summary facts it lacks (adding them again changes nothing)
        SummaryFacts.add(model, model.createResource(article));
        return new ArticleGraph(article, model);
    }

    /** Whether the graph named so is an original article, not a copy (copy 0 is the article itself). */
    static boolean isOriginal(String graphName) {
        return !graphName.startsWith(NGID.NS + "copy-");
    }

    static Node rename(Node node, int copy, Map<Node, Node> blanks) {
        if (node.isBlank())
            return blanks.computeIfAbsent(node, b -> NodeFactory.createBlankNode());
        if (copy == 0 || !node.isURI() || !node.getURI().startsWith(NGID.NS))
            return node;
        String rest = node.getURI().substring(NGID.NS.length());
        if (UNCHANGED.stream().anyMatch(rest::startsWith))
            return node;
        if (OWNED.stream().anyMatch(rest::startsWith))
            return NodeFactory.createURI(NGID.NS + "copy-" + copy + "/" + rest);
        int group = copy % ENTITY_GROUPS;
        return group == 0 ? node : NodeFactory.createURI(NGID.NS + "group-" + group + "/" + rest);
    }
}
