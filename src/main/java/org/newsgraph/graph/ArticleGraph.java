package org.newsgraph.graph;

import java.util.List;
import java.util.Objects;

import org.apache.jena.rdf.model.Model;

/**
 * The named graph of one article: its IRI (also the graph name) and every triple read from it,
 * its provenance included, so that replacing or dropping the graph replaces or drops all of it.
 *
 * @param iri     the article's IRI, also the name of its graph
 * @param model   the triples
 * @param notices what the mapper left out of the graph and why, one sentence each naming the article's source
 *                ("odd.txt: the URL 'not a url' is not an absolute IRI, so schema:url is left out"); empty
 *                when every value of the article could be written
 */
public record ArticleGraph(String iri, Model model, List<String> notices) {
    public ArticleGraph {
        Objects.requireNonNull(iri, "The parameter 'iri' must not be null.");
        Objects.requireNonNull(model, "The parameter 'model' must not be null.");
        notices = List.copyOf(Objects.requireNonNull(notices, "The parameter 'notices' must not be null."));
    }

    /** A graph without notices. */
    public ArticleGraph(String iri, Model model) {
        this(iri, model, List.of());
    }
}
