package org.newsgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/**
 * The newsgraph ontology ({@code ontology/newsgraph.ttl}) and SHACL shapes ({@code ontology/shapes.ttl}),
 * as shipped on the class path, and validation of article graphs against the shapes.
 */
public final class Ontology {
    /** where the build copies {@code ontology/} on the class path */
    public static final String RESOURCE_DIR = "/org/newsgraph/ontology/";
    private static volatile Shapes shapes;

    private Ontology() {
    }

    /** A fresh copy of the OWL ontology. */
    public static Model ontology() {
        Model model = ModelFactory.createDefaultModel();
        parse("newsgraph.ttl", model.getGraph());
        return model;
    }

    /** A fresh copy of the shapes graph. */
    public static Graph shapesGraph() {
        Graph graph = ModelFactory.createDefaultModel().getGraph();
        parse("shapes.ttl", graph);
        return graph;
    }

    /** The parsed shapes, read once. */
    public static Shapes shapes() {
        Shapes s = shapes;
        if (s == null) {
            s = Shapes.parse(shapesGraph());
            shapes = s;
        }
        return s;
    }

    /** Validates one article graph (or any union of them) against the shapes. */
    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes(), data);
    }

    private static void parse(String file, Graph into) {
        try (InputStream in = Ontology.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null)
                throw new IllegalStateException("The class path lacks " + RESOURCE_DIR + file + "; the build copies ontology/ there");
            RDFParser.source(in).lang(Lang.TTL).parse(into);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE_DIR + file, e);
        }
    }
}
