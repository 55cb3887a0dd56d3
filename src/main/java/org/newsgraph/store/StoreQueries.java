package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** The store's own queries (stats, lookups by source and hash), parsed once from the classpath. */
final class StoreQueries {
    private final Query stats = load("stats.rq");
    private final Query entitiesByType = load("entities-by-type.rq");
    private final Query articleBySource = load("article-by-source.rq");
    private final Query articleByHash = load("article-by-hash.rq");
    private final Query articleByHashAndProfile = load("article-by-hash-and-profile.rq");
    private final Query hashesByProfile = load("hashes-by-profile.rq");

    Query stats() { return stats; }
    Query entitiesByType() { return entitiesByType; }
    Query articleBySource() { return articleBySource; }
    Query articleByHash() { return articleByHash; }
    Query articleByHashAndProfile() { return articleByHashAndProfile; }
    Query hashesByProfile() { return hashesByProfile; }

    private static Query load(String name) {
        try (InputStream in = StoreQueries.class.getResourceAsStream(name)) {
            if (in == null)
                throw new IllegalStateException("missing resource org/newsgraph/store/" + name);
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
