package org.newsgraph.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.newsgraph.graph.ArticleCounts;
import org.newsgraph.graph.ArticleGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where article graphs live: a TDB2 database in a directory (created on first use) or in memory (also
 * TDB2, so that both behave alike). One named graph per article; queries see the union of all graphs as their default graph.
 * Every change to one article is one write transaction, so an article is stored whole or not at all.
 */
public final class ArticleStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleStore.class);

    private final Dataset dataset;
    private final Optional<Path> directory;
    private final Duration queryTimeout;
    private final StoreQueries internal = new StoreQueries();
    private final StoreSelect selector;

    private ArticleStore(Dataset dataset, Optional<Path> directory, Duration queryTimeout) {
        this.dataset = dataset;
        this.dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.directory = directory;
        this.queryTimeout = queryTimeout;
        this.selector = new StoreSelect(dataset, queryTimeout);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The underlying dataset: named graphs per article; SPARQL over it sees their union as the default
     * graph (TDB2's unionDefaultGraph). Use transactions ({@link Txn}) to read it.
     */
    public Dataset dataset() {
        return dataset;
    }

    /** The store directory, empty for an in-memory store. */
    public Optional<Path> directory() {
        return directory;
    }

    /**
     * Replaces the article's named graph with this one (drop old, add new) in one write transaction, which
     * also corrects the counts kept across articles ({@link SummaryCounts}).
     */
    public void replace(ArticleGraph article) {
        Objects.requireNonNull(article, "The parameter 'article' must not be null.");
        replaceAll(List.of(article));
    }

    /**
     * Replaces several article graphs in ONE write transaction: cheaper than one transaction each, and
     * still all-or-nothing per article, since each graph is complete before the transaction starts and a
     * failed transaction leaves none of them. Callers that want the others stored when one fails retry
     * them one by one ({@link #replace(ArticleGraph)}).
     */
    public void replaceAll(List<ArticleGraph> articles) {
        Objects.requireNonNull(articles, "The parameter 'articles' must not be null.");
        if (articles.isEmpty())
            return;
        try (ArticleBatch batch = beginBatch()) {
            articles.forEach(batch::add);
            batch.commit();
        }
        LOG.debug("stored {} article graph(s) in one transaction", articles.size());
    }

    /**
     * Begins a write transaction that complete article graphs join one at a time, as they become ready, and
     * that stores them all at {@link ArticleBatch#commit()} or none. Use it from one thread, and close it.
     */
    public ArticleBatch beginBatch() {
        return new ArticleBatch(dataset);
    }

    /**
     * Recounts what the store keeps across articles from the article graphs, when it keeps nothing yet (a
     * store written before the counts were kept), in one write transaction.
     *
     * @return whether it recounted
     */
    public boolean keepCounts() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (Txn.calculateRead(dataset, () -> SummaryCounts.kept(dsg.getDefaultGraph()) || !dsg.listGraphNodes().hasNext()))
            return false;
        LOG.info("counting what the store's articles hold across articles, once (a store written by an older version)");
        Txn.executeWrite(dataset, () -> SummaryCounts.rebuild(dsg));
        return true;
    }

    /**
     * Every stored content hash made with this profile, and the graph that holds it: one query, so that a
     * long ingest checks "already stored?" in memory instead of querying per article.
     */
    public Map<String, String> contentHashes(String profile) {
        Objects.requireNonNull(profile, "The parameter 'profile' must not be null.");
        Map<String, String> hashes = new java.util.HashMap<>();
        select(internal.hashesByProfile(), Map.of("profile", NodeFactory.createLiteralString(profile)), null)
                .forEachRemaining(row -> hashes.putIfAbsent(row.getLiteral("hash").getString(), row.getResource("g").getURI()));
        return hashes;
    }

    /**
     * Deletes the article graph named {@code sourceOrIri}, or every article graph read from that source
     * (the path or URL as given to ingest), in one write transaction.
     *
     * @return the names of the graphs deleted, empty when nothing matched
     */
    public List<String> delete(String sourceOrIri) {
        Objects.requireNonNull(sourceOrIri, "The parameter 'sourceOrIri' must not be null.");
        return Txn.calculateWrite(dataset, () -> {
            List<String> graphs = new ArrayList<>(graphsFor(sourceOrIri));
            DatasetGraph dsg = dataset.asDatasetGraph();
            CountChanges changes = new CountChanges();
            for (String g : graphs)
                ArticleBatch.drop(dsg, NodeFactory.createURI(g), changes);
            changes.writeTo(dsg.getDefaultGraph(), dsg);
            return graphs;
        });
    }

    private List<String> graphsFor(String sourceOrIri) {
        List<String> graphs = new ArrayList<>();
        if (looksLikeIri(sourceOrIri) && dataset.asDatasetGraph().containsGraph(NodeFactory.createURI(sourceOrIri)))
            graphs.add(sourceOrIri);
        select(internal.articleBySource(), Map.of("source", NodeFactory.createLiteralString(sourceOrIri)), null)
                .forEachRemaining(row -> addGraph(graphs, row));
        return graphs;
    }

    private static void addGraph(List<String> graphs, QuerySolution row) {
        String g = row.getResource("g").getURI();
        if (!graphs.contains(g))
            graphs.add(g);
    }

    private static boolean looksLikeIri(String s) {
        return s.matches("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]*");
    }

    /** The article graph holding an article with this content hash (see Article.contentHash()), if any. */
    public Optional<String> findByContentHash(String hash) {
        Objects.requireNonNull(hash, "The parameter 'hash' must not be null.");
        ResultSetRewindable rows = select(internal.articleByHash(), Map.of("hash", NodeFactory.createLiteralString(hash)), null);
        return rows.hasNext() ? Optional.of(rows.next().getResource("g").getURI()) : Optional.empty();
    }

    /**
     * The article graph holding an article with this content hash that was made with this profile
     * ("fast", "default", "full"), if any: what "unchanged" means for re-ingest.
     */
    public Optional<String> findByContentHash(String hash, String profile) {
        Objects.requireNonNull(hash, "The parameter 'hash' must not be null.");
        Objects.requireNonNull(profile, "The parameter 'profile' must not be null.");
        ResultSetRewindable rows = select(internal.articleByHashAndProfile(), Map.of("hash", NodeFactory.createLiteralString(hash),
                "profile", NodeFactory.createLiteralString(profile)), null);
        return rows.hasNext() ? Optional.of(rows.next().getResource("g").getURI()) : Optional.empty();
    }

    public boolean containsContentHash(String hash) {
        return findByContentHash(hash).isPresent();
    }

    /** Counts of what the store holds. */
    public Stats stats() {
        return Txn.calculateRead(dataset, () -> {
            QuerySolution row = select(internal.stats(), Map.of(), null).next();
            Map<String, Long> byType = new java.util.HashMap<>();
            select(internal.entitiesByType(), Map.of(), null)
                    .forEachRemaining(r -> byType.put(r.getLiteral("type").getString(), r.getLiteral("count").getLong()));
            long quads = 0;
            var it = dataset.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                quads++;
            }
            return new Stats(count(row, "articles"), byType, count(row, "mentions"), count(row, "claims"),
                    count(row, "relations"), count(row, "roles"), quads);
        });
    }

    private static long count(QuerySolution row, String var) {
        return row.contains(var) ? row.getLiteral(var).getLong() : 0;
    }

    /**
     * Runs a SELECT query over the union of all article graphs (GRAPH patterns still see each article's
     * graph), binding {@code parameters} into the parsed query, and returns the rows materialised.
     *
     * @param timeout the overall limit, or null for the store's default
     */
    public ResultSetRewindable select(Query query, Map<String, Node> parameters, Duration timeout) {
        return selector.select(query, parameters, timeout);
    }

    /** The whole answer of a named query, as {@link #select(Query, Map, Duration)} gives it; a list that pages by
     *  source is read in batches of sources on every core (SourceBatches). */
    public ResultSetRewindable select(NamedQuery query, Map<String, Node> parameters, Duration timeout) {
        return selector.select(query, parameters, timeout);
    }

    /**
     * One page of a named query's rows: a query that pages by source ({@code # Pages: by ?source}) is read
     * source by source ({@link SourcePages}), so that a page costs what its rows cost; one that pages by its inner
     * query ({@code # Pages: by its inner query}) gets the page as its inner query's LIMIT and OFFSET
     * ({@link InnerPages}), so that only the page's rows are completed; any other query gets
     * the page as its LIMIT and OFFSET ({@link QueryPage#applyTo}). Either way the page is the same slice of
     * the same ordered answer.
     */
    public ResultSetRewindable select(NamedQuery query, Map<String, Node> parameters, QueryPage page, Duration timeout) {
        return selector.select(query, parameters, page, timeout);
    }

    /**
     * Writes the store: quad formats (trig, nquads) with one named graph per article, triple formats
     * (turtle, jsonld, rdfxml) as the union of all graphs; the counts kept across articles are left out.
     */
    public void export(ExportFormat format, OutputStream out) {
        Objects.requireNonNull(format, "The parameter 'format' must not be null.");
        Objects.requireNonNull(out, "The parameter 'out' must not be null.");
        Txn.executeRead(dataset, () -> StoreExport.write(dataset.asDatasetGraph(), format, out));
    }

    @Override
    public void close() {
        StoreDirectory.release(dataset, directory);
    }

    /** Configures a store: a directory (TDB2) or in memory. */
    public static final class Builder {
        private Path directory;
        private boolean inMemory;
        private boolean create = true;
        private Duration queryTimeout = Duration.ofSeconds(60);

        private Builder() {
        }

        /** A TDB2 store in this directory. */
        public Builder directory(Path value) {
            this.directory = Objects.requireNonNull(value, "The parameter 'directory' must not be null.");
            this.inMemory = false;
            return this;
        }

        /** An in-memory store, gone when closed. */
        public Builder inMemory() {
            this.inMemory = true;
            this.directory = null;
            return this;
        }

        /** Whether a missing directory is created (true, the default) or refused. */
        public Builder createIfMissing(boolean value) {
            this.create = value;
            return this;
        }

        /** The default limit for one query (60 s unless set). */
        public Builder queryTimeout(Duration value) {
            Objects.requireNonNull(value, "The parameter 'queryTimeout' must not be null.");
            if (value.isNegative() || value.isZero())
                throw new IllegalArgumentException("queryTimeout must be > 0, got " + value);
            this.queryTimeout = value;
            return this;
        }

        public ArticleStore build() {
            if (inMemory)
                return new ArticleStore(TDB2Factory.createDataset(), Optional.empty(), queryTimeout);
            if (directory == null)
                throw new IllegalStateException("an ArticleStore needs directory(Path) or inMemory()");
            ArticleStore store = new ArticleStore(StoreDirectory.open(directory, create), Optional.of(directory), queryTimeout);
            store.keepCounts();
            return store;
        }
    }
}
