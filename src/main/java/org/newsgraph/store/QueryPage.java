package org.newsgraph.store;

import org.apache.jena.query.Query;

/**
 * A page of a query's rows: at most {@code limit} rows after skipping {@code offset}, applied to a copy of the
 * parsed query (its LIMIT and OFFSET, never its text), within any LIMIT and OFFSET the query has itself.
 *
 * @param limit  the most rows, at least 1
 * @param offset the rows skipped first, at least 0
 */
public record QueryPage(long limit, long offset) {
    public QueryPage {
        if (limit < 1)
            throw new IllegalArgumentException("a page needs limit >= 1, got " + limit);
        if (offset < 0)
            throw new IllegalArgumentException("a page needs offset >= 0, got " + offset);
    }

    /** The first {@code limit} rows. */
    public static QueryPage first(long limit) {
        return new QueryPage(limit, 0);
    }

    /** A copy of the query that returns only this page of its rows. */
    public Query applyTo(Query query) {
        Query paged = query.cloneQuery();
        long ownOffset = query.hasOffset() ? query.getOffset() : 0;
        long rows = limit;
        if (query.hasLimit())
            rows = Math.max(0, Math.min(limit, query.getLimit() - offset));
        paged.setOffset(ownOffset + offset);
        paged.setLimit(rows);
        return paged;
    }
}
