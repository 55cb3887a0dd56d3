package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.newsgraph.IngestResult;
import org.newsgraph.NewsGraph;
import org.newsgraph.source.Article;

/**
 * Runs the pipeline over entity gold: ingests each gold document's text as an article (its source is the
 * document's context IRI) and reads every mention back with the named query {@code mentions}.
 */
public final class EntityEvaluation {
    private final NewsGraph graph;

    /** @param graph where the documents go; an in-memory or temporary store */
    public EntityEvaluation(NewsGraph graph) {
        this.graph = Objects.requireNonNull(graph, "The parameter 'graph' must not be null.");
    }

    /** Ingests the gold documents; returns the predicted mentions, document by document in query order. */
    public List<EntityMention> predict(EntityGold gold, Consumer<IngestResult> progress) {
        Objects.requireNonNull(gold, "The parameter 'gold' must not be null.");
        Objects.requireNonNull(progress, "The parameter 'progress' must not be null.");
        Map<String, String> docBySource = new HashMap<>();
        for (EntityGold.Document d : gold.documents()) {
            docBySource.put(d.context(), d.doc());
            progress.accept(graph.ingest(Article.builder(d.context(), d.text()).format(Article.Format.TEXT).build()));
        }
        List<EntityMention> out = new ArrayList<>();
        ResultSet rows = graph.query("mentions", Map.of());
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String doc = docBySource.get(Rows.text(row.get("source")));
            if (doc == null)
                continue;
            RDFNode type = row.get("type");
            RDFNode link = row.get("link");
            out.add(new EntityMention(doc, row.getLiteral("begin").getInt(), row.getLiteral("end").getInt(),
                    type == null ? "" : type.isLiteral() ? type.asLiteral().getLexicalForm() : type.asResource().getLocalName(),
                    link == null || !link.isURIResource() ? "" : link.asResource().getURI()));
        }
        return out;
    }
}
