package org.newsgraph.store;

import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.graph.ArticleCounts;
import org.newsgraph.graph.ArticleGraph;

/**
 * An open write transaction of whole articles ({@link ArticleStore#beginBatch()}): complete article graphs join it
 * one at a time, as they become ready, and {@link #commit()} stores them all, or closing without a commit none. The
 * work of copying each graph into the store is done as it arrives; the commit (mostly its wait for the disk) and
 * the count rows kept across articles ({@link CountChanges}, each row written once) once for all of them. A failure
 * while adding leaves the transaction unable to commit ({@link #commit()} throws): close it and store the articles
 * again. Use it from the
 * thread that began it.
 */
public final class ArticleBatch implements AutoCloseable {
    private final Dataset dataset;
    private final CountChanges changes = new CountChanges();
    private int articles;
    private boolean open;
    private boolean failed; // an add failed: what the transaction holds is unknown

    ArticleBatch(Dataset dataset) {
        this.dataset = dataset;
        dataset.begin(TxnType.WRITE);
        open = true;
    }

    /** Replaces the article's named graph with this one (drop old, add new) within the transaction. */
    public void add(ArticleGraph article) {
        Objects.requireNonNull(article, "The parameter 'article' must not be null.");
        requireOpen();
        try {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node name = NodeFactory.createURI(article.iri());
            drop(dsg, name, changes);
            Graph graph = article.model().getGraph();
            graph.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            // TDB2 rewrites a prefix even when it is unchanged: only new or changed ones are written
            article.model().getNsPrefixMap().forEach((prefix, ns) -> {
                if (!ns.equals(dsg.prefixes().get(prefix)))
                    dsg.prefixes().add(prefix, ns);
            });
            changes.add(ArticleCounts.of(graph, name), 1);
            articles++;
        } catch (RuntimeException | Error e) {
            failed = true;
            throw e;
        }
    }

    /** The articles added so far. */
    public int size() {
        return articles;
    }

    /**
     * Writes what its articles change in the counts, each count once, and commits them with the articles.
     *
     * @throws IllegalStateException when it is committed or closed already, or when adding an article to it failed
     */
    public void commit() {
        requireOpen();
        if (failed)
            throw new IllegalStateException("this batch of " + articles + " articles cannot be committed: adding an article to it "
                    + "failed, so it may hold part of that article; close it and store the articles again");
        DatasetGraph dsg = dataset.asDatasetGraph();
        changes.writeTo(dsg.getDefaultGraph(), dsg);
        dataset.commit();
        open = false;
        dataset.end();
    }

    /** Ends the transaction, dropping its articles when it was not committed. */
    @Override
    public void close() {
        if (!open)
            return;
        open = false;
        try {
            dataset.abort();
        } finally {
            dataset.end();
        }
    }

    private void requireOpen() {
        if (!open)
            throw new IllegalStateException("this batch of articles is already committed or closed");
    }

    /** Deletes an article graph (inside a write transaction), first noting what it added to the counts as to be taken away. */
    static void drop(DatasetGraph dsg, Node name, CountChanges changes) {
        if (dsg.containsGraph(name))
            changes.add(ArticleCounts.of(dsg.getGraph(name), name), -1);
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
    }
}
