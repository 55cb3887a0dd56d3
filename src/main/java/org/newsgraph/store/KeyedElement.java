package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.PatternVars;

/**
 * An element of the rest of a query paged by its inner query (after its inner subquery) that needs fewer of the inner
 * query's variables than another element does: the article's source and headline need the article, the mention's text
 * needs the article and the mention. Read with the other elements, it would be read again for every row; read apart, it
 * is read once for each distinct value of the variables it shares with the rest of the query (its keys), as a query of
 * its own (a VALUES block of those values joined with the element as the query gives it), and joined here to the rows of
 * the query without it by those keys. That is SPARQL's join of the element with the rest of the group, whatever order a
 * group joins its elements in, wherever every key is bound in every row: the keys are variables the inner query returns,
 * and the variables the element adds appear nowhere else in the query. Only groups, GRAPH blocks, triples and paths and
 * OPTIONALs of them qualify, in a query that projects plain variables.
 */
final class KeyedElement {
    private final int index;
    private final List<Var> keys;
    private final List<Var> added;

    private KeyedElement(int index, List<Var> keys, List<Var> added) {
        this.index = index;
        this.keys = keys;
        this.added = added;
    }

    /** Its keys and the variables it adds, as {@code [?k] [?a, ?b]}. */
    @Override
    public String toString() {
        return keys + " " + added;
    }

    /** The first element of the query's rest that qualifies, or null. */
    static KeyedElement of(Query query) {
        Query inner = InnerPages.inner(query);
        if (inner == null || query.hasValues() || !query.getProject().getExprs().isEmpty()
                || !(query.getQueryPattern() instanceof ElementGroup group))
            return null;
        List<Element> rest = group.getElements().subList(1, group.getElements().size());
        if (!rest.stream().allMatch(KeyedElement::plain))
            return null;
        Set<Var> innerVars = new LinkedHashSet<>(inner.getProjectVars());
        List<Set<Var>> vars = rest.stream().map(e -> (Set<Var>) new LinkedHashSet<>(PatternVars.vars(e))).toList();
        for (int i = 0; i < rest.size(); i++) {
            Set<Var> elsewhere = new LinkedHashSet<>(innerVars);
            for (int j = 0; j < rest.size(); j++)
                if (j != i)
                    elsewhere.addAll(vars.get(j));
            List<Var> keys = vars.get(i).stream().filter(elsewhere::contains).toList();
            List<Var> added = vars.get(i).stream().filter(v -> !elsewhere.contains(v)).toList();
            if (keys.isEmpty() || !innerVars.containsAll(keys) || ordersBy(query, added))
                continue;
            for (int j = 0; j < rest.size(); j++) {
                Set<Var> needs = new LinkedHashSet<>(vars.get(j));
                needs.retainAll(innerVars);
                if (j != i && needs.size() > keys.size() && needs.containsAll(keys))
                    return new KeyedElement(i + 1, keys, added);
            }
        }
        return null;
    }

    /** Whether the element or its keys use a variable of these names (a parameter: the element is then read with the rest). */
    boolean uses(Set<String> names) {
        return keys.stream().anyMatch(v -> names.contains(v.getVarName())) || added.stream().anyMatch(v -> names.contains(v.getVarName()));
    }

    private static boolean plain(Element e) {
        if (e instanceof ElementPathBlock || e instanceof ElementTriplesBlock)
            return true;
        if (e instanceof ElementNamedGraph g)
            return plain(g.getElement());
        if (e instanceof ElementOptional o)
            return plain(o.getOptionalElement());
        return e instanceof ElementGroup g && g.getElements().stream().allMatch(KeyedElement::plain);
    }

    private static boolean ordersBy(Query query, List<Var> vars) {
        return query.hasOrderBy() && query.getOrderBy().stream().map(SortCondition::getExpression)
                .anyMatch(x -> !x.isVariable() || vars.contains(x.asVar()));
    }

    /**
     * The query (whose pattern starts with its inner query, as given to {@link #of}) without this element: the variables
     * it adds left out of what the query returns, its keys returned.
     */
    Query without(Query query) {
        Query copy = query.cloneQuery();
        ElementGroup group = new ElementGroup();
        List<Element> elements = ((ElementGroup) copy.getQueryPattern()).getElements();
        for (int i = 0; i < elements.size(); i++)
            if (i != index)
                group.addElement(elements.get(i));
        copy.setQueryPattern(group);
        added.forEach(copy.getProject()::remove);
        keys.stream().filter(k -> !copy.getProject().contains(k)).forEach(copy.getProject()::add);
        return copy;
    }

    /**
     * The rows of the query without this element joined with it, read once for each distinct key, each row projected
     * as {@code projected}; null where a key is unbound in a row (then the query is to be read with the element).
     */
    List<Binding> join(Query query, List<Binding> rows, List<Var> projected, Map<String, Node> parameters, SourcePages.Execution run) {
        if (rows.isEmpty())
            return List.of();
        Map<List<Node>, List<Binding>> matches = new HashMap<>();
        List<List<Node>> rowKeys = new ArrayList<>(rows.size());
        for (Binding row : rows) {
            List<Node> key = key(row);
            if (key == null)
                return null;
            rowKeys.add(key);
            matches.putIfAbsent(key, new ArrayList<>(1));
        }
        for (Binding match : SourceBatches.runBatch(elementQuery(query, matches.keySet()), parameters, run)) {
            List<Binding> list = matches.get(key(match));
            if (list == null)
                return null;
            list.add(match);
        }
        List<Binding> joined = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++)
            for (Binding match : matches.get(rowKeys.get(i))) {
                BindingBuilder b = BindingBuilder.create();
                for (Var v : projected) {
                    Node n = added.contains(v) ? match.get(v) : rows.get(i).get(v);
                    if (n != null)
                        b.add(v, n);
                }
                joined.add(b.build());
            }
        return joined;
    }

    private List<Node> key(Binding row) {
        List<Node> key = new ArrayList<>(keys.size());
        for (Var v : keys) {
            Node n = row.get(v);
            if (n == null)
                return null;
            key.add(n);
        }
        return key;
    }

    /** A VALUES block of these variables, a row for each list of their values (in the order of the variables). */
    static ElementData values(List<Var> vars, Collection<List<Node>> rows) {
        List<Binding> bindings = new ArrayList<>(rows.size());
        for (List<Node> row : rows) {
            BindingBuilder b = BindingBuilder.create();
            for (int i = 0; i < vars.size(); i++)
                b.add(vars.get(i), row.get(i));
            bindings.add(b.build());
        }
        return new ElementData(vars, bindings);
    }

    /** {@code SELECT keys added WHERE { VALUES (keys) { the distinct keys } element }}. */
    private Query elementQuery(Query query, Set<List<Node>> distinct) {
        ElementGroup group = new ElementGroup();
        group.addElement(values(keys, distinct));
        group.addElement(((ElementGroup) query.getQueryPattern()).get(index));
        Query q = new Query();
        q.setQuerySelectType();
        q.setQueryPattern(group);
        keys.forEach(q::addResultVar);
        added.forEach(q::addResultVar);
        return q;
    }
}
