package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.newsgraph.error.BadInputException;
import org.newsgraph.eval.AnnotatorAgreement;
import org.newsgraph.eval.Attribution;
import org.newsgraph.eval.AttributionEvaluation;
import org.newsgraph.eval.AttributionGold;
import org.newsgraph.eval.AttributionScore;
import org.newsgraph.eval.AttributionScorer;
import org.newsgraph.eval.AttributionTsv;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = { "Who said what: ingest PolNeAR-style gold texts into a temporary store, read every claim's "
                + "speaker, cue and content offsets (queries/claim-offsets.rq) and score them as "
                + "shared/eval/score_attribution.py does (content, cue, boundary, who-said)." })
final class EvalAttributionCommand implements Callable<Integer> {
    @ParentCommand
    EvalCommand eval;

    @Mixin
    CommonOptions common;

    @Mixin
    EvalRunOptions options;

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "Gold directory: DIR/text/*.txt and DIR/attributions/*.ann (BRAT standoff).")
    Path gold;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N gold articles by name.")
    Integer limit;

    @Option(names = "--agreement", description = "Score the gold's second annotator against its first, on the articles "
            + "annotated twice, instead of newsgraph (nothing is ingested): how far people agree, a ceiling for the figures.")
    boolean agreement;

    private EvalIngest ingest;

    @Override
    public Integer call() throws IOException {
        Main main = eval.main;
        if (limit != null && limit < 1)
            throw new BadInputException("--limit " + limit, "must be at least 1");
        PrintStream out = main.out();
        if (agreement) {
            if (options.predicted != null || options.output != null || limit != null)
                throw new BadInputException("--agreement", "scores the gold's own annotators, so it takes no --predicted, --output or --limit");
            AnnotatorAgreement a = AnnotatorAgreement.of(gold);
            out.printf(Locale.ROOT, "annotator agreement: %d articles annotated twice, the second annotator's file scored against the first%n",
                    a.articles());
            print(out, a.score());
            return 0;
        }
        AttributionGold g = AttributionGold.read(gold);
        if (limit != null)
            g = g.first(limit);
        Map<String, List<Attribution>> pred = options.predicted != null ? AttributionTsv.read(options.predicted) : run(main, g);
        options.writeOutput(pred, AttributionTsv::write);
        print(out, AttributionScorer.score(g.attributions(), pred));
        return ingest == null ? 0 : ingest.exitCode();
    }

    private static void print(PrintStream out, AttributionScore s) {
        out.printf(Locale.ROOT, "articles %d  gold attributions %d  predicted %d%n", s.articles(), s.gold(), s.predicted());
        out.println("content   " + EvalCommand.prf(s.content()));
        out.println("cue       " + EvalCommand.prf(s.cue()));
        out.println("boundary  mean overlap F1 of paired content " + EvalCommand.three(s.boundary()));
        out.println("who-said  " + EvalCommand.prf(s.whoSaid()));
        out.println("who-said F1 " + EvalCommand.three(s.whoSaid().f1()));
        out.flush();
    }

    private Map<String, List<Attribution>> run(Main main, AttributionGold g) {
        ingest = new EvalIngest(main, g.articles().size(), "articles", true);
        return ingest.predict(options.profile, (ng, progress) -> new AttributionEvaluation(ng).predict(g, progress));
    }
}
