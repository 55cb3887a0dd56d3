package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.eval.IdentityEvaluation;
import org.newsgraph.eval.IdentityGold;
import org.newsgraph.eval.IdentityScorer;
import org.newsgraph.eval.IdentityTsv;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "identity", mixinStandardHelpOptions = true,
        description = { "Entity identity across articles: ingest MEANTIME-style gold texts into one temporary store, "
                + "read each mention's entity (queries/mentions.rq) and score B-cubed and cross-document pairs as "
                + "shared/eval/score_identity.py does." })
final class EvalIdentityCommand implements Callable<Integer> {
    @ParentCommand
    EvalCommand eval;

    @Mixin
    CommonOptions common;

    @Mixin
    EvalRunOptions options;

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "Gold directory: DIR/texts/*.txt and DIR/gold.tsv (doc begin end type entity).")
    Path gold;

    private EvalIngest ingest;

    @Override
    public Integer call() throws IOException {
        Main main = eval.main;
        IdentityGold g = IdentityGold.read(gold);
        List<IdentityScorer.Mention> pred = options.predicted != null ? IdentityTsv.read(options.predicted) : run(main, g);
        options.writeOutput(pred, IdentityTsv::write);
        IdentityScorer.IdentityScore s = IdentityScorer.score(g.mentions(), pred);
        PrintStream out = main.out();
        out.println("gold mentions " + s.mentions() + " in " + s.documents() + " documents; found " + EvalCommand.three(s.found()));
        out.println("B3    " + EvalCommand.prf(s.b3()));
        out.println("xdoc  " + EvalCommand.prf(s.xdoc()) + "  (" + s.goldPairs() + " gold cross-document pairs)");
        out.println("xdoc F1 " + EvalCommand.three(s.xdoc().f1()));
        out.flush();
        return ingest == null ? 0 : ingest.exitCode();
    }

    private List<IdentityScorer.Mention> run(Main main, IdentityGold g) {
        ingest = new EvalIngest(main, g.texts().size(), "articles", true);
        return ingest.predict(options.profile, (ng, progress) -> new IdentityEvaluation(ng).predict(g, progress));
    }
}
