package org.newsgraph.store;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.PatternVars;
import org.newsgraph.error.BadInputException;
import org.newsgraph.graph.SummaryFacts;

/**
 * A parsed query with what its comment header says.
 *
 * @param name       the file name without {@code .rq}, the file path, or "--sparql" for SPARQL text given directly
 * @param question   the first header line: the question it answers
 * @param parameters the parameter names the header declares ({@code # Parameter NAME: ...}), all required
 * @param query      the parsed query
 * @param pages      how a page of it is read, as its header says: {@code # Pages: by ?source} (source by source,
 *                   {@link SourcePages}), {@code # Pages: by its inner query} ({@link InnerPages}), or else as the
 *                   query's LIMIT and OFFSET
 */
public record NamedQuery(String name, String question, List<String> parameters, Query query, Pages pages) {
    /** the suffix of the variable that holds a parameter's lower-cased key */
    static final String KEY = "Key";

    public NamedQuery {
        Objects.requireNonNull(name, "The parameter 'name' must not be null.");
        Objects.requireNonNull(question, "The parameter 'question' must not be null.");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(query, "The parameter 'query' must not be null.");
        Objects.requireNonNull(pages, "The parameter 'pages' must not be null.");
    }

    /** How a page of a query is read (its header's {@code # Pages:} line). */
    public enum Pages {
        /** the query's own LIMIT and OFFSET: a page costs what the whole answer costs */
        BY_LIMIT,
        /** {@code # Pages: by ?source}: source by source ({@link SourcePages}) */
        BY_SOURCE,
        /** {@code # Pages: by its inner query}: the LIMIT and OFFSET of its first subquery ({@link InnerPages}) */
        BY_INNER_QUERY
    }

    /** Whether the header says {@code # Pages: by ?source}: a page of it is read source by source ({@link SourcePages}). */
    public boolean pagedBySource() {
        return pages == Pages.BY_SOURCE;
    }

    /** Whether a page of this query costs less than its whole answer (its header names a way to read pages). */
    public boolean pageable() {
        return pages != Pages.BY_LIMIT;
    }

    /**
     * Checks the parameters against the header (every declared one given, no undeclared one) and turns
     * their values into RDF terms (see {@link QueryParameters}). A query whose header declares none
     * accepts any parameter that names a variable of the query. Where the query uses {@code ?NAMEKey} beside a
     * parameter {@code NAME}, that is bound too, to the value in lower case (as
     * {@link org.newsgraph.graph.SummaryFacts#nameKey}), so a name in any case is looked up in ng:nameKey.
     */
    public Map<String, Node> bind(Map<String, String> params) {
        Map<String, Node> nodes = QueryParameters.toNodes(params);
        Set<String> variables = variables(query);
        for (String given : nodes.keySet()) {
            boolean known = parameters.isEmpty() ? variables.contains(given) : parameters.contains(given);
            if (!known)
                throw new BadInputException(given, "query '" + name + "' has no parameter of that name; its parameters: "
                        + (parameters.isEmpty() ? "none" : String.join(", ", parameters)));
        }
        for (String declared : parameters)
            if (!nodes.containsKey(declared))
                throw new BadInputException(name, "the query needs --param " + declared + "=VALUE (declared parameters: "
                        + String.join(", ", parameters) + ")");
        Map<String, Node> withKeys = new LinkedHashMap<>(nodes);
        nodes.forEach((given, node) -> {
            if (variables.contains(given + KEY) && !nodes.containsKey(given + KEY))
                withKeys.put(given + KEY, NodeFactory.createLiteralString(SummaryFacts.nameKey(
                        node.isLiteral() ? node.getLiteralLexicalForm() : node.isURI() ? node.getURI() : node.toString())));
        });
        return withKeys;
    }

    /**
     * The names of the variables the parsed query uses anywhere: its projection, its patterns (BIND targets
     * too) and, from its algebra, filters, subqueries, EXISTS, HAVING and ORDER BY.
     */
    private static Set<String> variables(Query query) {
        Set<Var> vars = new LinkedHashSet<>(query.getProjectVars());
        if (query.getQueryPattern() != null) {
            vars.addAll(PatternVars.vars(query.getQueryPattern()));
            vars.addAll(OpVars.mentionedVars(Algebra.compile(query)));
        }
        Set<String> names = new LinkedHashSet<>();
        vars.stream().filter(v -> v.isNamedVar()).forEach(v -> names.add(v.getVarName()));
        return names;
    }
}
