package org.newsgraph.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;

/** The prefixes newsgraph writes its graphs and queries with. */
public final class Prefixes {
    private static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefix("ng", NG.NS)
            .setNsPrefix("schema", SchemaDO.NS)
            .setNsPrefix("nif", NIF.NS)
            .setNsPrefix("itsrdf", ITSRDF.NS)
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("owl", OWL.NS)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("xsd", XSD.NS)
            .setNsPrefix("dbr", DBR.NS)
            .lock();

    private Prefixes() {
    }

    /** ng, schema, nif, itsrdf, prov, owl, rdf, rdfs, xsd and dbr; locked. */
    public static PrefixMapping standard() {
        return STANDARD;
    }
}
