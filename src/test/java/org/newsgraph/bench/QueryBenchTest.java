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
        assertEquals(Set.copyOf(NamedQueries.standard().names()), timed);
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
}
