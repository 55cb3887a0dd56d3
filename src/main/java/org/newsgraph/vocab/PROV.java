package org.newsgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** PROV-O, the W3C provenance ontology (Jena 5.6 ships no class for it): the terms newsgraph uses. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Resource Entity = resource("Entity");
    public static final Resource Activity = resource("Activity");
    public static final Resource SoftwareAgent = resource("SoftwareAgent");

    public static final Property wasGeneratedBy = property("wasGeneratedBy");
    public static final Property wasAssociatedWith = property("wasAssociatedWith");
    public static final Property endedAtTime = property("endedAtTime");
    public static final Property wasDerivedFrom = property("wasDerivedFrom");

    private PROV() {
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
