package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NG;

/**
 * What one article graph adds to the counts the store keeps across articles (see store.SummaryCounts),
 * read from the graph's own triples exactly as the whole-store questions read them:
 * <ul>
 * <li>{@link #pairs}: two named entities mentioned in the article (the smaller IRI first, each with a name it
 * has in the article), and the number of the article's sentences mentioning both;</li>
 * <li>{@link #speakers}: each author of the article's claims, with each name it has in the article (or
 * none), and the number of its claims there;</li>
 * <li>{@link #sayings}: each thing a speaker says in the article (speaker, name, {@link SummaryFacts#contentKey}
 * of the claim's text), for an article with an {@code ng:source};</li>
 * <li>{@link #links}: each external link the article gives an entity ({@code owl:sameAs}, or {@code ng:roleConcept}
 * for a role), which holds for the entity in every article.</li>
 * </ul>
 * Each of them counts the article once. Subtracting what an article added, before it is replaced or
 * deleted, keeps the counts exact.
 *
 * @param article  the article (its graph's name)
 * @param pairs    per pair of named entities, the sentences mentioning both
 * @param speakers per speaker and name, its claims
 * @param sayings  the things said, each once
 * @param links    the links given to entities, each once
 */
public record ArticleCounts(Node article, Map<Pair, Long> pairs, Map<Speaker, Long> speakers, Set<Saying> sayings, Set<Link> links) {
    public ArticleCounts {
        Objects.requireNonNull(article, "The parameter 'article' must not be null.");
        pairs = Map.copyOf(pairs);
        speakers = Map.copyOf(speakers);
        sayings = Set.copyOf(sayings);
        links = Set.copyOf(links);
    }

    /** Two named entities mentioned in one article; {@code entity1}'s IRI sorts before {@code entity2}'s. */
    public record Pair(Node entity1, Node name1, Node entity2, Node name2) {
        public Pair {
            Objects.requireNonNull(entity1, "The parameter 'entity1' must not be null.");
            Objects.requireNonNull(name1, "The parameter 'name1' must not be null.");
            Objects.requireNonNull(entity2, "The parameter 'entity2' must not be null.");
            Objects.requireNonNull(name2, "The parameter 'name2' must not be null.");
        }

        /** The IRI of this pair's count. */
        public Node iri(IriMinter minter) {
            return row(minter, "pair", entity1, name1, entity2, name2);
        }
    }

    /** A speaker and a name it has in the articles counted (empty where they name it not). */
    public record Speaker(Node speaker, Optional<Node> name) {
        public Speaker {
            Objects.requireNonNull(speaker, "The parameter 'speaker' must not be null.");
            Objects.requireNonNull(name, "The parameter 'name' must not be null.");
        }

        /** The IRI of this speaker's (and name's) count. */
        public Node iri(IriMinter minter) {
            return row(minter, "speaker", speaker, name.orElse(NodeFactory.createLiteralString("")), NodeFactory.createLiteralString(name.isPresent() ? "named" : "unnamed"));
        }
    }

    /** One thing a speaker says: the speaker, its name (or none) and the claim's content key. */
    public record Saying(Node speaker, Optional<Node> name, Node contentKey) {
        public Saying {
            Objects.requireNonNull(speaker, "The parameter 'speaker' must not be null.");
            Objects.requireNonNull(name, "The parameter 'name' must not be null.");
            Objects.requireNonNull(contentKey, "The parameter 'contentKey' must not be null.");
        }

        /** The IRI of this saying's count. */
        public Node iri(IriMinter minter) {
            return row(minter, "saying", speaker, name.orElse(NodeFactory.createLiteralString("")), NodeFactory.createLiteralString(name.isPresent() ? "named" : "unnamed"), contentKey);
        }
    }

    /** An external link (an IRI) that an article gives an entity. */
    public record Link(Node entity, Node link) {
        public Link {
            Objects.requireNonNull(entity, "The parameter 'entity' must not be null.");
            Objects.requireNonNull(link, "The parameter 'link' must not be null.");
        }

        /** The IRI of this link's count. */
        public Node iri(IriMinter minter) {
            return row(minter, "link", entity, link);
        }
    }

    private static Node row(IriMinter minter, String kind, Node... key) {
        Objects.requireNonNull(minter, "The parameter 'minter' must not be null.");
        Object[] parts = new Object[key.length];
        for (int i = 0; i < key.length; i++)
            parts[i] = key[i].toString();
        return NodeFactory.createURI(minter.summaryRow(kind, parts));
    }

    /** What the article graph {@code graph}, named {@code article}, adds to the counts. */
    public static ArticleCounts of(Graph graph, Node article) {
        Objects.requireNonNull(graph, "The parameter 'graph' must not be null.");
        Objects.requireNonNull(article, "The parameter 'article' must not be null.");
        return new ArticleCounts(article, pairs(graph), speakers(graph), sayings(graph, article), links(graph));
    }

    private static Map<Pair, Long> pairs(Graph graph) {
        Map<Node, Set<Node>> sentences = new LinkedHashMap<>();
        graph.find(Node.ANY, ITSRDF.taIdentRef.asNode(), Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().isURI())
                return;
            Set<Node> of = sentences.computeIfAbsent(t.getObject(), e -> new LinkedHashSet<>());
            graph.find(t.getSubject(), NG.sentence.asNode(), Node.ANY).forEachRemaining(s -> of.add(s.getObject()));
        });
        List<Node> named = new ArrayList<>();
        Map<Node, List<Node>> names = new HashMap<>();
        for (Node e : sentences.keySet()) {
            List<Node> n = objects(graph, e, SchemaDO.name.asNode());
            if (!n.isEmpty()) {
                named.add(e);
                names.put(e, n);
            }
        }
        Map<Pair, Long> pairs = new HashMap<>();
        for (Node e1 : named)
            for (Node e2 : named) {
                if (NodeValue.compare(NodeValue.makeString(e1.getURI()), NodeValue.makeString(e2.getURI())) >= 0)
                    continue;
                long shared = sentences.get(e1).stream().filter(sentences.get(e2)::contains).count();
                for (Node n1 : names.get(e1))
                    for (Node n2 : names.get(e2))
                        pairs.put(new Pair(e1, n1, e2, n2), shared);
            }
        return pairs;
    }

    private static Map<Speaker, Long> speakers(Graph graph) {
        Map<Node, Set<Node>> claims = new LinkedHashMap<>();
        forEachClaim(graph, (claim, speaker) -> claims.computeIfAbsent(speaker, s -> new LinkedHashSet<>()).add(claim));
        Map<Speaker, Long> speakers = new HashMap<>();
        claims.forEach((speaker, of) -> namesOf(graph, speaker).forEach(name -> speakers.put(new Speaker(speaker, name), (long) of.size())));
        return speakers;
    }

    private static Set<Saying> sayings(Graph graph, Node article) {
        Set<Saying> sayings = new LinkedHashSet<>();
        if (!graph.contains(article, NG.source.asNode(), Node.ANY))
            return sayings;
        forEachClaim(graph, (claim, speaker) -> objects(graph, claim, SchemaDO.text.asNode()).forEach(text -> {
            Node key = NodeFactory.createLiteralString(SummaryFacts.contentKey(text.isLiteral() ? text.getLiteralLexicalForm() : text.toString()));
            namesOf(graph, speaker).forEach(name -> sayings.add(new Saying(speaker, name, key)));
        }));
        return sayings;
    }

    private static Set<Link> links(Graph graph) {
        Set<Link> links = new LinkedHashSet<>();
        for (Node p : List.of(OWL.sameAs.asNode(), NG.roleConcept.asNode()))
            graph.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI())
                    links.add(new Link(t.getSubject(), t.getObject()));
            });
        return links;
    }

    private static void forEachClaim(Graph graph, java.util.function.BiConsumer<Node, Node> claimAndSpeaker) {
        graph.find(Node.ANY, RDF.type.asNode(), SchemaDO.Claim.asNode()).forEachRemaining(t -> objects(graph, t.getSubject(),
                SchemaDO.author.asNode()).forEach(speaker -> claimAndSpeaker.accept(t.getSubject(), speaker)));
    }

    /** The speaker's names in the graph, or one empty name where it has none (as OPTIONAL leaves it unbound). */
    private static List<Optional<Node>> namesOf(Graph graph, Node speaker) {
        List<Node> names = objects(graph, speaker, SchemaDO.name.asNode());
        return names.isEmpty() ? List.of(Optional.empty()) : names.stream().map(Optional::of).toList();
    }

    private static List<Node> objects(Graph graph, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        graph.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }
}
