package org.newsgraph.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.newsgraph.error.BadInputException;

/**
 * Turns {@code --param NAME=VALUE} values into RDF terms, to be bound into a parsed query:
 * {@code <...>} or an http(s) IRI becomes an IRI, an integer a typed {@code xsd:integer}, a decimal an
 * {@code xsd:decimal}, {@code "..."} and anything else a plain string literal.
 */
public final class QueryParameters {
    private static final Pattern HTTP = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+\\.\\d+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private QueryParameters() {
    }

    /** Converts every value; names must be SPARQL variable names (without ? or $). */
    public static Map<String, Node> toNodes(Map<String, String> params) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        params.forEach((name, value) -> nodes.put(checkName(name), toNode(name, value)));
        return nodes;
    }

    /** Splits one {@code NAME=VALUE} argument. */
    public static Map.Entry<String, String> split(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0)
            throw new BadInputException(assignment, "a parameter must be given as NAME=VALUE, e.g. entity=Huawei");
        String name = assignment.substring(0, eq).strip();
        if (name.startsWith("?") || name.startsWith("$"))
            name = name.substring(1);
        return Map.entry(checkName(name), assignment.substring(eq + 1));
    }

    private static String checkName(String name) {
        if (!NAME.matcher(name).matches())
            throw new BadInputException(name, "a parameter name must be a SPARQL variable name (letters, digits, _)");
        return name;
    }

    static Node toNode(String name, String value) {
        String v = value.strip();
        if (v.length() >= 2 && v.startsWith("<") && v.endsWith(">"))
            return iri(name, v.substring(1, v.length() - 1));
        if (HTTP.matcher(v).matches())
            return iri(name, v);
        if (INTEGER.matcher(v).matches())
            return NodeFactory.createLiteralDT(new BigInteger(v).toString(), XSDDatatype.XSDinteger);
        if (DECIMAL.matcher(v).matches())
            return NodeFactory.createLiteralDT(new BigDecimal(v).toPlainString(), XSDDatatype.XSDdecimal);
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\""))
            return NodeFactory.createLiteralString(v.substring(1, v.length() - 1));
        return NodeFactory.createLiteralString(v);
    }

    private static Node iri(String name, String iri) {
        try {
            IRIx parsed = IRIx.create(iri);
            if (!parsed.isAbsolute())
                throw new BadInputException(name + "=" + iri, "an IRI parameter must be absolute, like <https://example.org/x>");
            return NodeFactory.createURI(parsed.str());
        } catch (IRIException e) {
            throw new BadInputException(name + "=" + iri, "not a valid IRI (" + e.getMessage() + "); give <IRI>, a number or text", e);
        }
    }
}
