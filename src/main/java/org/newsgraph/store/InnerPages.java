package org.newsgraph.store;

import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/**
 * One page of a query that declares {@code # Pages: by its inner query} in its header: its pattern starts
 * with a subquery that finds and orders the rows cheaply (node identities, counts and offsets, no text),
 * and the rest of the pattern adds the other columns (text to decode, such as a headline or a sentence) to
 * each of those rows, one outer row per inner row, and orders them the same way. A page is then the page
 * of the inner query (its LIMIT and OFFSET): the inner query still reads every row it orders, but the
 * text is fetched only for the rows of the page. The rows are the same slice of the same ordered answer
 * (rows equal in every ORDER BY key may come in either order, as SPARQL leaves them).
 */
final class InnerPages {
    private InnerPages() {
    }

    /**
     * Whether a page of this query can be set on its inner query: its header says so, it is a SELECT with
     * its own ORDER BY and no LIMIT or OFFSET, and the first element of its pattern is a subquery with an ORDER BY.
     */
    static boolean applies(NamedQuery query) {
        Query q = query.query();
        return query.pages() == NamedQuery.Pages.BY_INNER_QUERY && q.isSelectType() && q.hasOrderBy() && !q.hasLimit()
                && !q.hasOffset() && inner(q) != null;
    }

    /** A copy of the query whose inner query returns only this page of its rows. */
    static Query applyTo(Query query, QueryPage page) {
        return withFirst(query, new ElementSubQuery(page.applyTo(inner(query))));
    }

    /** A copy of the query whose inner query is replaced by these rows of it (a VALUES block of its projected variables). */
    static Query withRows(Query query, List<Binding> rows) {
        return withFirst(query, new ElementData(inner(query).getProjectVars(), rows));
    }

    /** A copy of the query whose pattern's first element is {@code first}. */
    static Query withFirst(Query query, Element first) {
        Query copy = query.cloneQuery();
        List<Element> elements = ((ElementGroup) copy.getQueryPattern()).getElements();
        ElementGroup replaced = new ElementGroup();
        replaced.addElement(first);
        for (int i = 1; i < elements.size(); i++)
            replaced.addElement(elements.get(i));
        copy.setQueryPattern(replaced);
        return copy;
    }

    /** The query's inner query (the first element of its pattern, a subquery with an ORDER BY), or null. */
    static Query inner(Query q) {
        if (!(q.getQueryPattern() instanceof ElementGroup group) || group.isEmpty()
                || !(group.getElements().get(0) instanceof ElementSubQuery sub))
            return null;
        return sub.getQuery().hasOrderBy() ? sub.getQuery() : null;
    }
}
