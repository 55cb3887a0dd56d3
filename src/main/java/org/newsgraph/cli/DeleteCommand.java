package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.NewsGraph;
import org.newsgraph.extract.Profile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Remove articles from the store, by the source given to ingest or by article IRI.")
final class DeleteCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    CommonOptions common;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "SOURCE-or-ARTICLE-IRI")
    List<String> targets;

    @Override
    public Integer call() {
        boolean failed = false;
        try (NewsGraph ng = main.factory().open(store.store, Profile.DEFAULT, false)) {
            for (String target : targets) {
                List<String> deleted = ng.delete(target);
                if (deleted.isEmpty()) {
                    main.err().println(target + ": no article with this source or IRI in the store " + store.store
                            + "; give a source exactly as it was ingested, or an article IRI");
                    failed = true;
                } else {
                    main.out().println("Deleted " + target + " (" + String.join(", ", deleted) + ")");
                }
            }
        }
        return failed ? Main.FAILED : 0;
    }
}
