package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NG;

/**
 * A few facts derived from an article graph's own triples and kept in the same graph, so that the
 * questions asked over all articles read an index instead of recomputing them (replacing or dropping the
 * article's graph replaces or drops them with it):
 * <ul>
 * <li>{@code ng:mentionsEntity}: from the article, and from each sentence, to each distinct entity a mention
 * in it refers to ({@code itsrdf:taIdentRef}), for "which entities are mentioned together";</li>
 * <li>{@code ng:nameKey}: next to each {@code schema:name}, the name in lower case ({@link #nameKey}), so a
 * name in any case is found by an exact, indexed match;</li>
 * <li>{@code ng:contentKey}: on each claim, its text with runs of white space made one space, lower-cased,
 * and the white space and punctuation around it removed ({@link #contentKey}), for "which claims are
 * repeated".</li>
 * </ul>
 * Deriving them from the graph (not from the extraction) keeps them exact for any graph, including one
 * written by an older version: adding them twice changes nothing.
 */
public final class SummaryFacts {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern AROUND = Pattern.compile("^[\\s\\p{P}]+|[\\s\\p{P}]+$");

    private SummaryFacts() {
    }

    /** Adds the summary facts of the article graph {@code model} whose article node is {@code article}. */
    public static void add(Model model, Resource article) {
        Objects.requireNonNull(model, "The parameter 'model' must not be null.");
        Objects.requireNonNull(article, "The parameter 'article' must not be null.");
        List<Statement> added = new ArrayList<>();
        Resource node = article.inModel(model);
        model.listStatements(null, ITSRDF.taIdentRef, (RDFNode) null).forEachRemaining(s -> {
            if (!s.getObject().isURIResource())
                return;
            added.add(model.createStatement(node, NG.mentionsEntity, s.getObject()));
            s.getSubject().listProperties(NG.sentence).forEachRemaining(
                    sentence -> added.add(model.createStatement(sentence.getResource(), NG.mentionsEntity, s.getObject())));
        });
        model.listStatements(null, SchemaDO.name, (RDFNode) null).forEachRemaining(s -> {
            if (s.getObject().isLiteral())
                added.add(model.createStatement(s.getSubject(), NG.nameKey, nameKey(s.getString())));
        });
        model.listResourcesWithProperty(RDF.type, SchemaDO.Claim).forEachRemaining(claim -> claim.listProperties(SchemaDO.text)
                .forEachRemaining(t -> added.add(model.createStatement(claim, NG.contentKey, contentKey(t.getString())))));
        model.add(added);
    }

    /** A name's key: the name in lower case (as SPARQL's LCASE). */
    public static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * A claim text's key: runs of white space made one space, lower case, and white space and punctuation
     * removed from both ends — "“Plants Close,” " and "plants close" have the same key.
     */
    public static String contentKey(String text) {
        String spaced = SPACES.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
        return AROUND.matcher(spaced).replaceAll("");
    }
}
