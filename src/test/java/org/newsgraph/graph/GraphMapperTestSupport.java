package org.newsgraph.graph;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.jena.rdf.model.Model;
import org.newsgraph.resolve.NameResolver;

/** The solar fixture mapped with a fixed clock, for tests that need a graph to break. */
final class GraphMapperTestSupport {
    private GraphMapperTestSupport() {
    }

    static Model solarModel() {
        var article = Fixtures.solarArticle();
        var extraction = Fixtures.solarExtraction();
        return GraphMapper.builder().version("0.1.0").clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build()
                .map(article, extraction, NameResolver.standard().resolve(article, extraction)).model();
    }
}
