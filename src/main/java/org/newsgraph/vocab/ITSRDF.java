package org.newsgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** ITS 2.0 RDF (Internationalization Tag Set): the link from a text span to what it identifies. */
public final class ITSRDF {
    public static final String NS = "http://www.w3.org/2005/11/its/rdf#";

    /** the entity a span denotes (as OKE and GERBIL use it) */
    public static final Property taIdentRef = ResourceFactory.createProperty(NS, "taIdentRef");

    private ITSRDF() {
    }

    public static String getURI() {
        return NS;
    }
}
