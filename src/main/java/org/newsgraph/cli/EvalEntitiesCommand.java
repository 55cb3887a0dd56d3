package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.newsgraph.eval.EntityEvaluation;
import org.newsgraph.eval.EntityGold;
import org.newsgraph.eval.EntityMention;
import org.newsgraph.eval.EntityScore;
import org.newsgraph.eval.EntityScorer;
import org.newsgraph.eval.EntityTsv;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = { "Entity mentions: ingest each document of OKE-style NIF gold into a temporary store, read "
                + "the mentions back (queries/mentions.rq) and score recognition, typing and linking as "
                + "shared/eval/score_entities.py does." })
final class EvalEntitiesCommand implements Callable<Integer> {
    @ParentCommand
    EvalCommand eval;

    @Mixin
    CommonOptions common;

    @Mixin
    EvalRunOptions options;

    @Option(names = "--gold", required = true, paramLabel = "FILE.ttl",
            description = "NIF 2.0 gold in the OKE task-1 layout.")
    Path gold;

    @Option(names = "--gold-output", paramLabel = "FILE", description = "Also write the gold as score_entities.py's TSV.")
    Path goldOutput;

    private EvalIngest ingest;

    @Override
    public Integer call() throws IOException {
        Main main = eval.main;
        EntityGold g = EntityGold.read(gold);
        if (goldOutput != null)
            EvalRunOptions.write(goldOutput, g.mentions(), EntityTsv::write);
        List<EntityMention> pred = options.predicted != null ? EntityTsv.read(options.predicted) : run(main, g);
        options.writeOutput(pred, EntityTsv::write);
        EntityScore s = EntityScorer.score(g.mentions(), pred);
        PrintStream out = main.out();
        out.printf(Locale.ROOT, "documents %d  gold mentions %d  predicted %d%n", s.documents(), s.gold(), s.predicted());
        out.println("recognition strict  " + EvalCommand.prf(s.strict()));
        out.println("recognition weak    " + EvalCommand.prf(s.weak()));
        out.println("linking             " + EvalCommand.prf(s.linking()));
        out.println("typing              " + EvalCommand.prf(s.typing()));
        out.println("typing F1 " + EvalCommand.three(s.typing().f1()));
        out.flush();
        return ingest == null ? 0 : ingest.exitCode();
    }

    private List<EntityMention> run(Main main, EntityGold g) {
        ingest = new EvalIngest(main, g.documents().size(), "documents", false);
        return ingest.predict(options.profile, (ng, progress) -> new EntityEvaluation(ng).predict(g, progress));
    }
}
