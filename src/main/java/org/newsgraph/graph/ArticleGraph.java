package org.newsgraph.graph;

import java.util.Objects;

import org.apache.jena.rdf.model.Model;

/**
 * The named graph of one article: its IRI (also the graph name) and every triple read from it,
 * its provenance included, so that replacing or dropping the graph replaces or drops all of it.
 */
public record ArticleGraph(String iri, Model model) {
    public ArticleGraph {
        Objects.requireNonNull(iri, "The parameter 'iri' must not be null.");
        Objects.requireNonNull(model, "The parameter 'model' must not be null.");
    }
}
