package org.newsgraph.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.graph.ArticleCounts;
import org.newsgraph.vocab.NG;

/**
 * What the articles of one write transaction change in the counts kept across articles ({@link SummaryCounts}),
 * added up in memory and then written once: each count row touched is read once and written once, however many
 * of the transaction's articles touch it, and each number of articles that pairs reach ({@code ng:pairLevel}) is
 * moved once by the sum of its changes. Call {@link #writeTo} inside the write transaction that stores the
 * articles, after their graphs are in place (the sources of repeated sayings are read from them): the counts and
 * the articles are then committed, or dropped, together.
 */
final class CountChanges {
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private long articles;
    private final Map<Node, Row> rows = new LinkedHashMap<>();

    /** A count row's change: its key triples (written when the row is new), articles and other count moved. */
    private static final class Row {
        final boolean pair;
        final Property other;
        final List<Node[]> key = new ArrayList<>();
        final Map<Node, Integer> members = new LinkedHashMap<>();
        long articles;
        long otherDelta;
        boolean saying;

        Row(boolean pair, Property other) {
            this.pair = pair;
            this.other = other;
        }

        void key(Property p, Node o) {
            key.add(new Node[] {p.asNode(), o});
        }
    }

    /** Adds what one article adds ({@code sign} 1) or takes away what it added ({@code sign} -1). */
    void add(ArticleCounts counts, int sign) {
        articles += sign;
        counts.pairs().forEach((pair, sentences) -> {
            Row row = row(pair.iri(SummaryCounts.MINTER), true, NG.sentenceCount);
            if (row.key.isEmpty()) {
                row.key(NG.entity1, pair.entity1());
                row.key(NG.name1, pair.name1());
                row.key(NG.entity2, pair.entity2());
                row.key(NG.name2, pair.name2());
            }
            row.articles += sign;
            row.otherDelta += sign * sentences;
        });
        counts.speakers().forEach((speaker, claims) -> {
            Row row = row(speaker.iri(SummaryCounts.MINTER), false, NG.claimCount);
            if (row.key.isEmpty())
                named(row, speaker.speaker(), speaker.name());
            row.articles += sign;
            row.otherDelta += sign * claims;
        });
        for (ArticleCounts.Link link : counts.links()) {
            Row row = row(link.iri(SummaryCounts.MINTER), false, null);
            if (row.key.isEmpty()) {
                row.key(NG.linkedEntity, link.entity());
                row.key(NG.link, link.link());
            }
            row.articles += sign;
        }
        for (ArticleCounts.Saying saying : counts.sayings()) {
            Row row = row(saying.iri(SummaryCounts.MINTER), false, null);
            if (row.key.isEmpty()) {
                named(row, saying.speaker(), saying.name());
                row.key(NG.contentKey, saying.contentKey());
            }
            row.saying = true;
            row.articles += sign;
            row.members.merge(counts.article(), sign, Integer::sum);
        }
    }

    private Row row(Node iri, boolean pair, Property other) {
        return rows.computeIfAbsent(iri, i -> new Row(pair, other));
    }

    private static void named(Row row, Node speaker, Optional<Node> name) {
        row.key(NG.speaker, speaker);
        name.ifPresent(n -> row.key(NG.speakerName, n));
    }

    /**
     * Writes the changes into {@code summary}, reading the sources of repeated sayings from {@code dataset}'s
     * article graphs.
     *
     * @throws IllegalStateException when a count would drop below 0 (the counts are out of step with the articles)
     */
    void writeTo(Graph summary, DatasetGraph dataset) {
        long stored = count(summary, SummaryCounts.store(), NG.articleCount);
        move(summary, SummaryCounts.store(), NG.articleCount.asNode(), stored, stored + articles);
        Map<Long, Long> levels = new TreeMap<>();
        rows.forEach((iri, row) -> {
            long before = count(summary, iri, NG.articleCount);
            long after = before + row.articles;
            if (after < 0)
                throw new IllegalStateException("the store's counts are out of step with its articles at " + iri + "; rebuild them");
            if (row.pair)
                for (long level = Math.min(before, after) + 1; level <= Math.max(before, after); level++)
                    levels.merge(level, (long) Long.signum(row.articles), Long::sum);
            if (after == 0) {
                if (before > 0)
                    summary.remove(iri, Node.ANY, Node.ANY);
                return;
            }
            if (before == 0) {
                row.key.forEach(po -> summary.add(iri, po[0], po[1]));
                summary.add(iri, NG.articleCount.asNode(), integer(after));
                if (row.other != null)
                    summary.add(iri, row.other.asNode(), integer(row.otherDelta));
            } else {
                move(summary, iri, NG.articleCount.asNode(), before, after);
                if (row.other != null && row.otherDelta != 0) {
                    long other = count(summary, iri, row.other);
                    move(summary, iri, row.other.asNode(), other, other + row.otherDelta);
                }
            }
            if (row.saying)
                members(summary, dataset, iri, row, before, after);
        });
        levels.forEach((level, delta) -> {
            if (delta == 0)
                return;
            Node node = NodeFactory.createURI(SummaryCounts.MINTER.summaryPairLevel(level));
            long reaching = count(summary, node, NG.pairsAtLeast);
            long now = reaching + delta;
            if (now < 0)
                throw new IllegalStateException("the store's counts are out of step with its articles at " + node + "; rebuild them");
            if (reaching > 0)
                summary.delete(node, NG.pairsAtLeast.asNode(), integer(reaching));
            if (now == 0) {
                summary.remove(node, NG.pairLevel.asNode(), Node.ANY);
            } else {
                if (reaching == 0)
                    summary.add(node, NG.pairLevel.asNode(), integer(level));
                summary.add(node, NG.pairsAtLeast.asNode(), integer(now));
            }
        });
    }

    /** A saying's articles, and whether it is repeated and in which sources, as they are after the changes. */
    private static void members(Graph summary, DatasetGraph dataset, Node iri, Row row, long before, long after) {
        row.members.forEach((article, change) -> {
            if (change > 0)
                summary.add(iri, NG.inArticle.asNode(), article);
            else if (change < 0)
                summary.delete(iri, NG.inArticle.asNode(), article);
        });
        if (before > 1) {
            summary.delete(iri, NG.repeated.asNode(), TRUE);
            summary.remove(iri, NG.sourceList.asNode(), Node.ANY);
        }
        if (after > 1) {
            summary.add(iri, NG.repeated.asNode(), TRUE);
            summary.add(iri, NG.sourceList.asNode(), sourceList(summary, dataset, iri));
        }
    }

    /** The distinct sources of the articles in which the thing was said, sorted, joined by " | ". */
    private static Node sourceList(Graph summary, DatasetGraph articles, Node saying) {
        Set<String> sources = new TreeSet<>();
        summary.find(saying, NG.inArticle.asNode(), Node.ANY).forEachRemaining(member -> articles.find(member.getObject(),
                member.getObject(), NG.source.asNode(), Node.ANY).forEachRemaining(q -> sources.add(q.getObject().getLiteralLexicalForm())));
        return NodeFactory.createLiteralString(String.join(" | ", sources));
    }

    /** Sets the count {@code s p} from {@code before} to {@code after} (0 being no triple). */
    private static void move(Graph summary, Node s, Node p, long before, long after) {
        if (before == after && before != 0)
            return;
        if (before != 0)
            summary.delete(s, p, integer(before));
        else
            summary.remove(s, p, Node.ANY); // the store's own count may be a 0
        summary.add(s, p, integer(after));
    }

    static long count(Graph summary, Node s, Property p) {
        var it = summary.find(s, p.asNode(), Node.ANY);
        try {
            return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0;
        } finally {
            it.close();
        }
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
