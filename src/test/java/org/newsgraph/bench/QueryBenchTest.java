package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.FakeExtractor;
import org.newsgraph.NewsGraph;
import org.newsgraph.store.NamedQueries;

/** The query bench on a small store copied from articles analysed by the fake extractor. */
class QueryBenchTest {
    @TempDir
    Path tmp;

    @Test
    void everyQueryIsTimedOnTheCopiedStore() throws Exception {
        Path seed = tmp.resolve("seed");
        List<String> files = new ArrayList<>();
        files.add(Files.writeString(tmp.resolve("a.txt"), "Huawei will build a plant in France. Liang Hua said the plant will open in 2021.\n").toString());
        files.add(Files.writeString(tmp.resolve("b.txt"), "Ana Sousa said Huawei is welcome.\n").toString());
        long seedMentions;
        try (NewsGraph ng = NewsGraph.builder().store(seed).extractor(new FakeExtractor()).build()) {
            assertEquals(2, ng.ingest(files.toArray(String[]::new)).stored());
            seedMentions = ng.stats().mentions();
        }
        List<String> log = new ArrayList<>();
        QueryBenchReport report = QueryBench.builder().seedStore(seed).articles(8).runs(2).build().run(log::add);
        assertEquals(8, report.articles());
        assertEquals(2, report.seeds());
        Set<String> timed = report.timings().stream().map(QueryTiming::name).collect(Collectors.toSet());
        Set<String> expected = new java.util.HashSet<>(NamedQueries.standard().names());
        NamedQueries standard = NamedQueries.standard();
        standard.names().stream().filter(q -> standard.get(q).pageable()).forEach(q -> expected.add(q + " --limit " + QueryBench.PAGE.limit()));
        assertTrue(expected.containsAll(List.of("mentions --limit 100", "articles-mentioning --limit 100", "entity-mentions --limit 100")),
                expected.toString());
        assertEquals(expected, timed);
        assertTrue(report.format().lines().anyMatch(l -> l.startsWith("mentions --limit 100 ") && l.contains(" page ")), report.format());
        assertTrue(report.format().lines().anyMatch(l -> l.startsWith("mentions ") && l.contains(" whole ")), report.format());
        QueryTiming page = report.timings().stream().filter(t -> t.name().equals("mentions --limit 100")).findFirst().orElseThrow();
        assertEquals(4 * 3 + 4 * 2, page.rows(), "a page of 100 holds all 20 mentions");
        report.timings().forEach(t -> assertEquals(2, t.millis().size()));
        // mentions.rq returns one row per mention: 8 articles are 4 copies of a (3 mentions) and 4 of b (2)
        QueryTiming mentions = report.timings().stream().filter(t -> t.name().equals("mentions")).findFirst().orElseThrow();
        assertEquals(4 * 3 + 4 * 2, mentions.rows());
        assertEquals(5, seedMentions);
        QueryTiming byName = report.timings().stream()
                .filter(t -> t.name().equals("articles-mentioning") && t.parameters().startsWith("entity=\"")).findFirst().orElseThrow();
        assertTrue(byName.rows() > 0, byName.toString());
        assertTrue(report.format().lines().count() > timed.size(), report.format());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("stored 8 of 8")), log.toString());
    }

    @Test
    void aKeptStoreIsTimedAgainWithQueriesFromSeveralDirectories() throws Exception {
        Path seed = tmp.resolve("seed");
        String file = Files.writeString(tmp.resolve("a.txt"), "Ana Sousa said Huawei is welcome in France.\n").toString();
        try (NewsGraph ng = NewsGraph.builder().store(seed).extractor(new FakeExtractor()).build()) {
            assertEquals(1, ng.ingest(file).stored());
        }
        Path large = tmp.resolve("large");
        QueryBenchReport built = QueryBench.builder().seedStore(seed).articles(3).runs(1).keepStore(large).build().run(l -> { });
        assertTrue(Files.isDirectory(large), "the large store is kept");
        Path before = Files.createDirectories(tmp.resolve("before"));
        Path after = Files.createDirectories(tmp.resolve("after"));
        for (Path dir : List.of(before, after))
            Files.writeString(dir.resolve("count.rq"), "# How many articles?\nSELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a <https://newsgraph.org/ontology#source> ?s } }\n");
        Files.copy(Path.of("queries", "mentions.rq"), after.resolve("mentions.rq"));
        QueryBenchReport again = QueryBench.builder().store(large).queryDir(before).queryDir(after).runs(1).build().run(l -> { });
        assertEquals(3, again.articles());
        assertEquals(1, again.seeds(), "the original article, not its copies, chooses the parameters");
        assertEquals(List.of("after:count", "before:count", "after:mentions", "after:mentions --limit 100"), again.timings().stream().map(QueryTiming::name).toList());
        again.timings().stream().filter(t -> t.name().endsWith(":count")).forEach(t -> assertEquals(1, t.rows()));
        long mentions = built.timings().stream().filter(t -> t.name().equals("mentions")).findFirst().orElseThrow().rows();
        assertEquals(mentions, again.timings().get(2).rows(), "the same store gives the same rows");
    }
}
