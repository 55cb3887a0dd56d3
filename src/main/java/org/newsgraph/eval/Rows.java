package org.newsgraph.eval;

import org.apache.jena.rdf.model.RDFNode;

/** Reading query result values. */
final class Rows {
    private Rows() {
    }

    /** A literal's lexical form or a resource's IRI; empty for an unbound or blank value. */
    static String text(RDFNode node) {
        if (node == null)
            return "";
        if (node.isLiteral())
            return node.asLiteral().getLexicalForm();
        return node.isURIResource() ? node.asResource().getURI() : "";
    }
}
