package org.newsgraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/** Query results as comparable text for the query tests: one "a|b|c" string per row, "-" for an unbound variable. */
public final class ResultRows {
    private ResultRows() {
    }

    /** The rows of {@code rs}, each the listed variables' values joined by "|". */
    public static List<String> rows(ResultSet rs, String... vars) {
        List<String> rows = new ArrayList<>();
        rs.forEachRemaining(r -> rows.add(String.join("|", Arrays.stream(vars).map(v -> value(r, v)).toList())));
        return rows;
    }

    /**
     * The rows of {@code rs} with every result variable in order, each value as Jena writes the node (a literal
     * with its datatype or language), joined by " | "; "-" where the variable is unbound.
     */
    public static List<String> exactRows(ResultSet rs) {
        List<String> rows = new ArrayList<>();
        rs.forEachRemaining(r -> rows.add(String.join(" | ", rs.getResultVars().stream()
                .map(v -> r.contains(v) ? r.get(v).toString() : "-").toList()) + " | "));
        return rows;
    }

    /** A literal's lexical form or a resource's IRI; "-" where the variable is unbound. */
    public static String value(QuerySolution r, String var) {
        if (!r.contains(var))
            return "-";
        var n = r.get(var);
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
    }
}
