package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.newsgraph.graph.ArticleGraph;
import org.newsgraph.graph.SummaryFacts;

/** The hand-built two-article graph of src/test/resources/store/two-articles.trig, one ArticleGraph per named graph. */
public final class StoreFixture {
    public static final String A1 = "https://newsgraph.org/article/a1";
    public static final String B2 = "https://newsgraph.org/article/b2";
    public static final String A1_SOURCE = "fixtures/huawei-plant.txt";
    public static final String B2_SOURCE = "https://example.org/news/b";

    private StoreFixture() {
    }

    public static Dataset dataset() {
        Dataset ds = DatasetFactory.create();
        RDFParser.source(StoreFixture.class.getResource("/store/two-articles.trig").toString()).parse(ds);
        withSummaryFacts(ds);
        return ds;
    }

    /** Adds to each named graph the summary facts GraphMapper writes at ingest (ng:mentionsEntity, ng:nameKey, ng:contentKey). */
    public static void withSummaryFacts(Dataset ds) {
        List<String> names = new ArrayList<>();
        ds.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        for (String name : names) {
            Model m = ds.getNamedModel(name);
            SummaryFacts.add(m, m.createResource(name));
        }
    }

    public static List<ArticleGraph> articles() {
        Dataset ds = dataset();
        List<ArticleGraph> graphs = new ArrayList<>();
        for (Iterator<String> it = org.apache.jena.atlas.iterator.Iter.asStream(ds.listModelNames()).map(r -> r.getURI()).sorted().iterator(); it.hasNext();) {
            String name = it.next();
            Model m = ModelFactory.createDefaultModel().add(ds.getNamedModel(name));
            m.setNsPrefixes(ds.getPrefixMapping());
            graphs.add(new ArticleGraph(name, m));
        }
        return graphs;
    }

    public static ArticleGraph article(String iri) {
        return articles().stream().filter(g -> g.iri().equals(iri)).findFirst().orElseThrow();
    }

    public static String text(String iri) {
        return article(iri).model().listObjectsOfProperty(
                article(iri).model().createResource(iri),
                article(iri).model().createProperty("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString"))
                .next().asLiteral().getString();
    }

    /** The code point offset of the n-th (0-based) occurrence of {@code part} in {@code text}. */
    public static int cp(String text, String part, int occurrence) {
        int from = -1;
        for (int i = 0; i <= occurrence; i++) {
            from = text.indexOf(part, from + 1);
            if (from < 0)
                throw new IllegalArgumentException(part + " occurs fewer than " + (occurrence + 1) + " times");
        }
        return text.codePointCount(0, from);
    }

    public static int cp(String text, String part) {
        return cp(text, part, 0);
    }

    public static int cpEnd(String text, String part, int occurrence) {
        return cp(text, part, occurrence) + part.codePointCount(0, part.length());
    }
}
