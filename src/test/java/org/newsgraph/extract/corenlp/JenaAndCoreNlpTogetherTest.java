package org.newsgraph.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Profile;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * Guards the dependency pins in pom.xml: CoreNLP and Jena disagree on commons-lang3, slf4j, protobuf and
 * jakarta.json, and a wrong pick only fails at run time. Both libraries run here in one JVM: the shared
 * CoreNLP pipeline (default profile), Turtle and JSON-LD written and read back, and a SPARQL query with a bound value.
 */
class JenaAndCoreNlpTogetherTest {

    @Test
    void coreNlpAnnotatesAndJenaWritesReadsAndQueriesInOneJvm() {
        StanfordCoreNLP pipeline = CoreNlpPipelines.get(Profile.DEFAULT);
        CoreDocument doc = new CoreDocument("Anna Kessler opened the plant. It employs 600 people.");
        pipeline.annotate(doc);
        assertEquals(2, doc.sentences().size());
        List<String> tags = doc.sentences().get(0).posTags();
        assertEquals("NNP", tags.get(0));

        Model model = ModelFactory.createDefaultModel();
        Resource person = model.createResource("https://example.org/person/anna-kessler")
                .addProperty(org.apache.jena.vocabulary.RDF.type, SchemaDO.Person);
        for (int i = 0; i < doc.tokens().size(); i++)
            if (doc.tokens().get(i).tag().startsWith("NNP"))
                person.addProperty(SchemaDO.alternateName, doc.tokens().get(i).word());

        for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, model, lang == Lang.JSONLD ? RDFFormat.JSONLD : RDFFormat.TURTLE);
            Model back = ModelFactory.createDefaultModel();
            RDFParser.create().source(new StringReader(out.toString(StandardCharsets.UTF_8))).lang(lang).parse(back);
            assertTrue(back.isIsomorphicWith(model), lang + " round trip");
        }

        Query query = QueryFactory.create("""
                PREFIX schema: <https://schema.org/>
                SELECT ?name WHERE { ?p a ?type ; schema:alternateName ?name } ORDER BY ?name
                """);
        try (QueryExecution qe = QueryExecution.model(model).query(query).substitution("type", SchemaDO.Person).build()) {
            ResultSet rs = qe.execSelect();
            QuerySolution first = rs.next();
            assertEquals("Anna", first.getLiteral("name").getString());
            assertEquals("Kessler", rs.next().getLiteral("name").getString());
        }
    }
}
