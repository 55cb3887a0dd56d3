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

/**
 * The hand-built two-article graph of src/test/resources/store/two-articles.trig, one ArticleGraph per named graph;
 * and the same two articles with the IRIs newsgraph's minter makes, two-articles-minted.trig ({@link #mintedArticles()}).
 */
public final class StoreFixture {
    private static final String SHORT_IRIS = "/store/two-articles.trig";
    private static final String MINTED_IRIS = "/store/two-articles-minted.trig";
    public static final String A1 = "https://newsgraph.org/article/a1";
    public static final String B2 = "https://newsgraph.org/article/b2";
    public static final String A1_SOURCE = "fixtures/huawei-plant.txt";
    public static final String B2_SOURCE = "https://example.org/news/b";
    // the IRIs of two-articles-minted.trig, as IriMinter makes them (MintedFixtureTest checks them)
    private static final String ID = "https://newsgraph.org/id/";
    public static final String MINTED_A1 = ID + "article/66477a080b54569a";
    public static final String MINTED_B2 = ID + "article/dd1f50446a8e7e88";
    public static final String MINTED_PERSON = ID + "person/liang-hua";
    public static final String MINTED_HUAWEI = ID + "organization/huawei";
    public static final String MINTED_FRANCE = ID + "place/france";
    public static final String MINTED_PARIS = ID + "place/paris";
    public static final String MINTED_ROLE = ID + "role/fbbbb407b5875d03";
    public static final String MINTED_CLAIM_A1 = ID + "claim/7244856d493a2d8c";
    public static final String MINTED_RELATION_A1 = ID + "relation/27998ab98bcbfa4b";

    private StoreFixture() {
    }

    public static Dataset dataset() {
        return dataset(SHORT_IRIS);
    }

    private static Dataset dataset(String resource) {
        Dataset ds = DatasetFactory.create();
        RDFParser.source(StoreFixture.class.getResource(resource).toString()).parse(ds);
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

    /** The {@link #copies} fixture twice: in a TDB2 store under a directory, and in memory; closing closes both. */
    record CopiedStores(ArticleStore tdb, ArticleStore memory) implements AutoCloseable {
        static CopiedStores under(java.nio.file.Path dir) {
            return new CopiedStores(copies(ArticleStore.builder().directory(dir.resolve("store")).build()),
                    copies(ArticleStore.builder().inMemory().build()));
        }

        /** An execution of {@code query} on the TDB2 copy, as the store runs one: parameters bound, union default graph. */
        org.apache.jena.query.QueryExecution execution(org.apache.jena.query.Query query, java.util.Map<String, org.apache.jena.graph.Node> parameters) {
            org.apache.jena.sparql.engine.binding.BindingBuilder b = org.apache.jena.sparql.engine.binding.BindingBuilder.create();
            parameters.forEach((n, v) -> b.add(org.apache.jena.sparql.core.Var.alloc(n), v));
            return org.apache.jena.query.QueryExecution.dataset(tdb.dataset()).query(query).substitution(b.build())
                    .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build();
        }

        @Override
        public void close() {
            tdb.close();
            memory.close();
        }
    }

    /**
     * The store given, filled with 24 articles: 12 copies of the two fixture articles, each copy's nodes under IRIs of
     * its own (its entities keep their names), two of them sharing one source ({@link SourcePagesTest#copy}).
     */
    static ArticleStore copies(ArticleStore store) {
        for (int k = 0; k < 12; k++)
            for (ArticleGraph g : articles())
                store.replace(SourcePagesTest.copy(g, k));
        return store;
    }

    public static List<ArticleGraph> articles() {
        return articles(SHORT_IRIS);
    }

    /** The two articles with every IRI as {@code graph.IriMinter} makes it (NamedQueriesTest checks them). */
    public static List<ArticleGraph> mintedArticles() {
        return articles(MINTED_IRIS);
    }

    private static List<ArticleGraph> articles(String resource) {
        Dataset ds = dataset(resource);
        List<ArticleGraph> graphs = new ArrayList<>();
        for (Iterator<String> it = org.apache.jena.atlas.iterator.Iter.asStream(ds.listModelNames()).map(r -> r.getURI()).sorted().iterator(); it.hasNext();) {
            String name = it.next();
            Model m = ModelFactory.createDefaultModel().add(ds.getNamedModel(name));
            m.setNsPrefixes(ds.getPrefixMapping());
            graphs.add(new ArticleGraph(name, m));
        }
        return graphs;
    }

    /** The article of either fixture with this IRI. */
    public static ArticleGraph article(String iri) {
        return java.util.stream.Stream.concat(articles().stream(), mintedArticles().stream())
                .filter(g -> g.iri().equals(iri)).findFirst().orElseThrow();
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
