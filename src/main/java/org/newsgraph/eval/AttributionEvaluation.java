package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.newsgraph.IngestResult;
import org.newsgraph.NewsGraph;
import org.newsgraph.extract.Span;

/**
 * Runs the pipeline over attribution gold: ingests each gold article's text (exactly as in its file, so
 * that gold offsets count into the same text) and reads every claim back with the named query
 * {@code claim-offsets}, as predicted attributions of the article.
 */
public final class AttributionEvaluation {
    private final NewsGraph graph;

    /** @param graph where the articles go; an in-memory or temporary store, since articles are added to it */
    public AttributionEvaluation(NewsGraph graph) {
        this.graph = Objects.requireNonNull(graph, "The parameter 'graph' must not be null.");
    }

    /**
     * Ingests the gold articles and returns the predicted attributions by document (every gold document
     * present, possibly with none), telling {@code progress} about each article.
     */
    public Map<String, List<Attribution>> predict(AttributionGold gold, Consumer<IngestResult> progress) {
        Objects.requireNonNull(gold, "The parameter 'gold' must not be null.");
        Objects.requireNonNull(progress, "The parameter 'progress' must not be null.");
        Map<String, String> docBySource = new HashMap<>();
        for (AttributionGold.Document a : gold.articles().values()) {
            String source = a.text().toString();
            docBySource.put(source, a.doc());
            progress.accept(graph.ingest(GoldText.article(a.text())));
        }
        return claims(docBySource, gold.articles().keySet());
    }

    private Map<String, List<Attribution>> claims(Map<String, String> docBySource, Iterable<String> docs) {
        Map<String, List<Attribution>> byDoc = new LinkedHashMap<>();
        for (String doc : docs)
            byDoc.put(doc, new ArrayList<>());
        ResultSet rows = graph.query("claim-offsets", Map.of());
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String doc = docBySource.get(Rows.text(row.get("source")));
            if (doc == null)
                continue;
            byDoc.get(doc).add(new Attribution(span(row, "speaker"), span(row, "cue"), span(row, "content")));
        }
        return byDoc;
    }

    private static List<Span> span(QuerySolution row, String part) {
        RDFNode begin = row.get(part + "Begin");
        RDFNode end = row.get(part + "End");
        if (begin == null || end == null || !begin.isLiteral() || !end.isLiteral())
            return List.of();
        return List.of(new Span(((Literal) begin).getInt(), ((Literal) end).getInt()));
    }
}
