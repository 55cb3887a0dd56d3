package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.newsgraph.NewsGraph;
import org.newsgraph.extract.Profile;
import org.newsgraph.store.Stats;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count what the store holds: articles, entities by type, mentions, claims, relations, quads.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    CommonOptions common;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (NewsGraph ng = main.factory().open(store.store, Profile.DEFAULT, false)) {
            Stats s = ng.stats();
            PrintStream out = main.out();
            out.printf("store      %s%n", store.store);
            out.printf("articles   %d%n", s.articles());
            Map<String, Long> types = s.entitiesByTypeSorted();
            out.printf("entities   %s%n", types.isEmpty() ? "0"
                    : types.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
            out.printf("mentions   %d%n", s.mentions());
            out.printf("claims     %d%n", s.claims());
            out.printf("relations  %d%n", s.relations());
            out.printf("roles      %d%n", s.roles());
            out.printf("quads      %d%n", s.quads());
            out.flush();
        }
        return 0;
    }
}
