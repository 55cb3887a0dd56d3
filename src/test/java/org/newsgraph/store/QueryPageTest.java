package org.newsgraph.store;

import org.newsgraph.ResultRows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A page is the same slice of the rows the whole query gives, set on the parsed query. */
class QueryPageTest {
    private static final NamedQueries QUERIES = NamedQueries.builder().directory(Path.of("queries")).classpath(false).build();
    private static ArticleStore store;

    @BeforeAll
    static void fill() {
        store = ArticleStore.builder().inMemory().build();
        StoreFixture.articles().forEach(store::replace);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = { "mentions", "claim-offsets", "who-said-what" })
    void pagesAreSlicesOfTheWholeAnswer(String name) {
        Query q = QUERIES.get(name).query();
        List<String> all = rows(q);
        assertTrue(all.size() >= 4, name + " has rows to page: " + all.size());
        assertEquals(all.subList(0, 2), rows(QueryPage.first(2).applyTo(q)));
        assertEquals(all.subList(1, 4), rows(new QueryPage(3, 1).applyTo(q)));
        assertEquals(all.subList(all.size() - 1, all.size()), rows(new QueryPage(10, all.size() - 1).applyTo(q)));
        assertEquals(List.of(), rows(new QueryPage(10, all.size()).applyTo(q)));
        assertEquals(all, rows(q), "the query itself is left as it was");
    }

    @ParameterizedTest
    @ValueSource(strings = { "mentions" })
    void aPageStaysWithinTheQuerysOwnLimitAndOffset(String name) {
        Query own = QUERIES.get(name).query().cloneQuery();
        own.setOffset(1);
        own.setLimit(3);
        List<String> all = rows(QUERIES.get(name).query());
        assertEquals(all.subList(1, 4), rows(own));
        assertEquals(all.subList(2, 4), rows(new QueryPage(5, 1).applyTo(own)));
        assertEquals(all.subList(1, 2), rows(QueryPage.first(1).applyTo(own)));
    }

    @ParameterizedTest
    @ValueSource(longs = { 0, -1 })
    void aPageNeedsARowAndNoNegativeOffset(long bad) {
        assertThrows(IllegalArgumentException.class, () -> new QueryPage(bad, 0));
        assertThrows(IllegalArgumentException.class, () -> new QueryPage(1, bad - 1));
    }

    private static List<String> rows(Query q) {
        return ResultRows.exactRows(store.select(q, Map.of(), null));
    }
}
