package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.newsgraph.IngestResult;
import org.newsgraph.NewsGraph;

/**
 * Runs the pipeline over identity gold: ingests every gold text into one store (so entities are shared
 * across articles as they are for users) and reads each mention and its entity IRI back with the named
 * query {@code mentions}.
 */
public final class IdentityEvaluation {
    private final NewsGraph graph;

    public IdentityEvaluation(NewsGraph graph) {
        this.graph = Objects.requireNonNull(graph, "The parameter 'graph' must not be null.");
    }

    public List<IdentityScorer.Mention> predict(IdentityGold gold, Consumer<IngestResult> progress) {
        Objects.requireNonNull(gold, "The parameter 'gold' must not be null.");
        Objects.requireNonNull(progress, "The parameter 'progress' must not be null.");
        Map<String, String> docBySource = new HashMap<>();
        gold.texts().forEach((doc, text) -> {
            docBySource.put(text.toString(), doc);
            progress.accept(graph.ingest(GoldText.article(text)));
        });
        List<IdentityScorer.Mention> out = new ArrayList<>();
        ResultSet rows = graph.query("mentions", Map.of());
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String doc = docBySource.get(Rows.text(row.get("source")));
            if (doc != null)
                out.add(new IdentityScorer.Mention(doc, row.getLiteral("begin").getInt(), row.getLiteral("end").getInt(),
                        Rows.text(row.get("entity"))));
        }
        return out;
    }
}
