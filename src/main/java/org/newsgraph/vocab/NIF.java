package org.newsgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** NIF 2.0 Core (NLP Interchange Format): texts and the spans of text annotations point at. */
public final class NIF {
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static final Resource Context = resource("Context");
    public static final Resource String = resource("String");
    public static final Resource RFC5147String = resource("RFC5147String");
    public static final Resource Phrase = resource("Phrase");
    public static final Resource Sentence = resource("Sentence");

    public static final Property isString = property("isString");
    public static final Property beginIndex = property("beginIndex");
    public static final Property endIndex = property("endIndex");
    public static final Property anchorOf = property("anchorOf");
    public static final Property referenceContext = property("referenceContext");
    public static final Property sentence = property("sentence");

    private NIF() {
    }

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
