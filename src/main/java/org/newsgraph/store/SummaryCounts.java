package org.newsgraph.store;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.graph.ArticleCounts;
import org.newsgraph.vocab.NG;

/**
 * The counts the store keeps across articles, in its own default graph (which the union of the article
 * graphs that queries see leaves out; a query reads it as {@code GRAPH <urn:x-arq:DefaultGraph>}), so that
 * the whole-store questions read a few counts instead of every article:
 * <ul>
 * <li>per pair of named entities mentioned together (and their names): the articles and the sentences
 * mentioning both ({@code ng:entity1 ng:name1 ng:entity2 ng:name2 ng:articleCount ng:sentenceCount}), and per
 * number of articles N, how many pairs reach N ({@code ng:pairLevel ng:pairsAtLeast}): where the most shared
 * pairs begin;</li>
 * <li>per speaker and name: its claims and the articles quoting it ({@code ng:speaker ng:speakerName
 * ng:claimCount ng:articleCount});</li>
 * <li>per thing a speaker says: the articles in which it says it ({@code ng:speaker ng:speakerName
 * ng:contentKey ng:inArticle ng:articleCount}, and when there are several, {@code ng:repeated true} and their
 * sources, {@code ng:sourceList});</li>
 * <li>per entity and external link (owl:sameAs, ng:roleConcept): the articles giving it ({@code ng:linkedEntity
 * ng:link ng:articleCount}), so that an entity's links are one lookup, however many articles repeat them.</li>
 * </ul>
 * The store adds what an article adds ({@link ArticleCounts}) in the transaction that stores it, and
 * subtracts what the old graph added in the transaction that replaces or deletes it, so the counts always
 * equal a {@link #recount} from the article graphs.
 */
final class SummaryCounts {
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private SummaryCounts() {
    }

    /** Adds what one article adds to the counts in the dataset's default graph. */
    static void add(DatasetGraph dsg, ArticleCounts counts) {
        apply(dsg.getDefaultGraph(), dsg, counts, 1);
    }

    /** Takes away what one article added to the counts in the dataset's default graph. */
    static void subtract(DatasetGraph dsg, ArticleCounts counts) {
        apply(dsg.getDefaultGraph(), dsg, counts, -1);
    }

    /** The counts recomputed from every article graph of the dataset, in a new graph; call inside a read transaction. */
    static Graph recount(DatasetGraph dsg) {
        Graph summary = GraphFactory.createDefaultGraph();
        summary.add(ArticleCounts.store(), NG.articleCount.asNode(), integer(0));
        dsg.listGraphNodes().forEachRemaining(g -> apply(summary, dsg, ArticleCounts.of(dsg.getGraph(g), g), 1));
        return summary;
    }

    /** Replaces the stored counts by a recount (for a store written before the counts were kept); call inside a write transaction. */
    static void rebuild(DatasetGraph dsg) {
        Graph counts = recount(dsg);
        Graph summary = dsg.getDefaultGraph();
        summary.clear();
        counts.find().forEachRemaining(summary::add);
    }

    /** Whether the counts are kept in {@code summary} (a store written before they were has none). */
    static boolean kept(Graph summary) {
        return summary.contains(ArticleCounts.store(), NG.articleCount.asNode(), Node.ANY);
    }

    private static void apply(Graph summary, DatasetGraph articles, ArticleCounts counts, int sign) {
        set(summary, ArticleCounts.store(), NG.articleCount.asNode(), integer(count(summary, ArticleCounts.store(), NG.articleCount) + sign));
        counts.pairs().forEach((pair, sentences) -> {
            long before = count(summary, pair.iri(), NG.articleCount);
            if (row(summary, pair.iri(), before, sign, sign * sentences, NG.sentenceCount)) {
                summary.add(pair.iri(), NG.entity1.asNode(), pair.entity1());
                summary.add(pair.iri(), NG.name1.asNode(), pair.name1());
                summary.add(pair.iri(), NG.entity2.asNode(), pair.entity2());
                summary.add(pair.iri(), NG.name2.asNode(), pair.name2());
            }
            long level = sign > 0 ? before + 1 : before;
            Node node = ArticleCounts.pairLevel(level);
            long reaching = count(summary, node, NG.pairsAtLeast) + sign;
            summary.remove(node, NG.pairsAtLeast.asNode(), Node.ANY);
            if (reaching == 0) {
                summary.remove(node, NG.pairLevel.asNode(), Node.ANY);
            } else {
                summary.add(node, NG.pairLevel.asNode(), integer(level));
                summary.add(node, NG.pairsAtLeast.asNode(), integer(reaching));
            }
        });
        counts.speakers().forEach((speaker, claims) -> {
            long before = count(summary, speaker.iri(), NG.articleCount);
            if (row(summary, speaker.iri(), before, sign, sign * claims, NG.claimCount))
                named(summary, speaker.iri(), speaker.speaker(), speaker.name());
        });
        for (ArticleCounts.Link link : counts.links()) {
            if (row(summary, link.iri(), count(summary, link.iri(), NG.articleCount), sign, 0, null)) {
                summary.add(link.iri(), NG.linkedEntity.asNode(), link.entity());
                summary.add(link.iri(), NG.link.asNode(), link.link());
            }
        }
        for (ArticleCounts.Saying saying : counts.sayings()) {
            Node iri = saying.iri();
            long before = count(summary, iri, NG.articleCount);
            if (row(summary, iri, before, sign, 0, null)) {
                named(summary, iri, saying.speaker(), saying.name());
                summary.add(iri, NG.contentKey.asNode(), saying.contentKey());
            }
            if (sign > 0)
                summary.add(iri, NG.inArticle.asNode(), counts.article());
            else
                summary.delete(iri, NG.inArticle.asNode(), counts.article());
            summary.delete(iri, NG.repeated.asNode(), TRUE);
            summary.remove(iri, NG.sourceList.asNode(), Node.ANY);
            if (before + sign > 1) {
                summary.add(iri, NG.repeated.asNode(), TRUE);
                summary.add(iri, NG.sourceList.asNode(), sourceList(summary, articles, iri));
            }
        }
    }

    /**
     * Moves a count row's article count from {@code before} by {@code sign} and its other count by
     * {@code delta}; deletes the row when no article is left.
     *
     * @return whether the row is new (its key triples are to be written)
     */
    private static boolean row(Graph summary, Node iri, long before, int sign, long delta, Property other) {
        long after = before + sign;
        if (after < 0)
            throw new IllegalStateException("the store's counts are out of step with its articles at " + iri + "; rebuild them");
        if (after == 0) {
            summary.remove(iri, Node.ANY, Node.ANY);
            return false;
        }
        set(summary, iri, NG.articleCount.asNode(), integer(after));
        if (other != null)
            set(summary, iri, other.asNode(), integer(count(summary, iri, other) + delta));
        return before == 0;
    }

    /** The distinct sources of the articles in which the thing was said, sorted, joined by " | ". */
    private static Node sourceList(Graph summary, DatasetGraph articles, Node saying) {
        Set<String> sources = new TreeSet<>();
        summary.find(saying, NG.inArticle.asNode(), Node.ANY).forEachRemaining(member -> articles.find(member.getObject(),
                member.getObject(), NG.source.asNode(), Node.ANY).forEachRemaining(q -> sources.add(q.getObject().getLiteralLexicalForm())));
        return NodeFactory.createLiteralString(String.join(" | ", sources));
    }

    private static void named(Graph summary, Node iri, Node speaker, Optional<Node> name) {
        summary.add(iri, NG.speaker.asNode(), speaker);
        name.ifPresent(n -> summary.add(iri, NG.speakerName.asNode(), n));
    }

    private static void set(Graph summary, Node s, Node p, Node o) {
        summary.remove(s, p, Node.ANY);
        summary.add(Triple.create(s, p, o));
    }

    private static long count(Graph summary, Node s, Property p) {
        var it = summary.find(s, p.asNode(), Node.ANY);
        try {
            return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0;
        } finally {
            it.close();
        }
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
