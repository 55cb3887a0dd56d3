package org.newsgraph.store;

import java.io.OutputStream;
import java.util.Collections;
import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes the article graphs of a store: quad formats with one named graph per article, triple formats as
 * their union. The store's own default graph (the counts kept across articles, derived from the article
 * graphs and recounted when missing) is not written.
 */
final class StoreExport {
    private StoreExport() {
    }

    /** Writes inside the caller's read transaction. */
    static void write(DatasetGraph dsg, ExportFormat format, OutputStream out) {
        if (format.quads()) {
            RDFWriter.source(articlesOnly(dsg)).format(format.rdfFormat()).output(out);
        } else {
            // a graph of its own over the union, so that its prefixes are set on it, not written into the store
            Graph union = new Union(GraphFactory.createDefaultGraph(), dsg.getUnionGraph());
            union.getPrefixMapping().setNsPrefixes(dsg.prefixes().getMapping());
            RDFWriter.source(union).format(format.rdfFormat()).output(out);
        }
    }

    /** The dataset seen without its default graph. */
    private static DatasetGraph articlesOnly(DatasetGraph dsg) {
        return new DatasetGraphWrapper(dsg) {
            @Override
            public Graph getDefaultGraph() {
                return Graph.emptyGraph;
            }

            @Override
            public Iterator<Quad> find() {
                return dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            }

            @Override
            public Iterator<Quad> find(Quad quad) {
                return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
            }

            @Override
            public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
                if (g != null && Quad.isDefaultGraph(g))
                    return Collections.emptyIterator();
                return g == null || Node.ANY.equals(g) ? dsg.findNG(Node.ANY, s, p, o) : dsg.find(g, s, p, o);
            }
        };
    }
}
