package org.newsgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.graph.ArticleCounts;
import org.newsgraph.graph.IriMinter;
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
 * equal a {@link #recount} from the article graphs. The changes of one transaction's articles are added up
 * first and each count is written once ({@link CountChanges}).
 */
final class SummaryCounts {
    /**
     * The minter of the count nodes. The store is given no IRI base of its own (the graphs it holds may have been
     * minted on several), so its counts stay under the standard one.
     */
    static final IriMinter MINTER = IriMinter.standard();

    private SummaryCounts() {
    }

    /** The store's own node: its {@code ng:articleCount} is the number of articles counted. */
    static Node store() {
        return NodeFactory.createURI(MINTER.summary());
    }

    /** The counts recomputed from every article graph of the dataset, in a new graph; call inside a read transaction. */
    static Graph recount(DatasetGraph dsg) {
        Graph summary = GraphFactory.createDefaultGraph();
        summary.add(store(), NG.articleCount.asNode(), CountChanges.integer(0));
        CountChanges changes = new CountChanges();
        dsg.listGraphNodes().forEachRemaining(g -> changes.add(ArticleCounts.of(dsg.getGraph(g), g), 1));
        changes.writeTo(summary, dsg);
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
        return summary.contains(store(), NG.articleCount.asNode(), Node.ANY);
    }
}
