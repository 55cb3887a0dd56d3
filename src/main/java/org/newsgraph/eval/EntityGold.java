package org.newsgraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.error.BadInputException;
import org.newsgraph.vocab.DBR;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NIF;

/**
 * Entity gold in the OKE task-1 layout (NIF 2.0): each {@code nif:Context} with {@code nif:isString} is
 * one document; each {@code nif:String} with {@code nif:referenceContext}, {@code nif:beginIndex} and
 * {@code nif:endIndex} is a mention whose {@code itsrdf:taIdentRef} names an individual typed
 * {@code dul:Person}, {@code dul:Place}, {@code dul:Organization} or {@code dul:Role} (read by local
 * name), linked with {@code owl:sameAs} to DBpedia where one exists.
 *
 * @param file      the gold file
 * @param documents the documents, sorted by name; a document is named by the last path segment of its
 *                  context IRI without the {@code #char=} fragment ({@code sentence-28}), or that segment with
 *                  the fragment ({@code sentence-96#char=0,83}) where two contexts share the segment
 */
public record EntityGold(Path file, List<Document> documents) {
    static final String LAYOUT = "expected NIF 2.0 in the OKE task-1 layout (nif:Context with nif:isString, mentions "
            + "with nif:referenceContext, nif:beginIndex, nif:endIndex and itsrdf:taIdentRef)";
    private static final Set<String> TYPES = Set.of("Person", "Place", "Organization", "Role");

    /** One gold document: its text and its mentions. */
    public record Document(String doc, String context, String text, List<EntityMention> mentions) {
        public Document {
            Objects.requireNonNull(doc, "The parameter 'doc' must not be null.");
            Objects.requireNonNull(context, "The parameter 'context' must not be null.");
            Objects.requireNonNull(text, "The parameter 'text' must not be null.");
            mentions = List.copyOf(mentions);
        }
    }

    public EntityGold {
        Objects.requireNonNull(file, "The parameter 'file' must not be null.");
        documents = List.copyOf(documents);
    }

    /** All gold mentions, document by document. */
    public List<EntityMention> mentions() {
        return documents.stream().flatMap(d -> d.mentions().stream()).toList();
    }

    /** Reads a NIF file (Turtle or another RDF syntax known by its extension). */
    public static EntityGold read(Path file) {
        Objects.requireNonNull(file, "The parameter 'file' must not be null.");
        if (!Files.isRegularFile(file))
            throw new BadInputException(file.toString(), "no such file; " + LAYOUT);
        Model model;
        try {
            model = RDFParser.source(file).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).toModel();
        } catch (RiotException e) {
            throw new BadInputException(file.toString(), "is not readable RDF (" + e.getMessage() + "); " + LAYOUT, e);
        }
        List<Resource> contexts = model.listSubjectsWithProperty(NIF.isString).filterKeep(Resource::isURIResource).toList();
        if (contexts.isEmpty())
            throw new BadInputException(file.toString(), "holds no nif:Context with nif:isString; " + LAYOUT);
        Map<Resource, String> names = names(contexts);
        Map<Resource, List<EntityMention>> mentions = new HashMap<>();
        for (Resource m : model.listSubjectsWithProperty(NIF.referenceContext).toList()) {
            Resource context = m.getPropertyResourceValue(NIF.referenceContext);
            if (!names.containsKey(context) || !m.hasProperty(ITSRDF.taIdentRef))
                continue;
            Resource individual = m.getPropertyResourceValue(ITSRDF.taIdentRef);
            int begin = integer(file, m, NIF.beginIndex);
            int end = integer(file, m, NIF.endIndex);
            mentions.computeIfAbsent(context, c -> new ArrayList<>())
                    .add(new EntityMention(names.get(context), begin, end, type(individual), link(individual)));
        }
        List<Document> docs = new ArrayList<>();
        for (Resource c : contexts) {
            List<EntityMention> ms = new ArrayList<>(mentions.getOrDefault(c, List.of()));
            ms.sort(Comparator.comparingInt(EntityMention::begin).thenComparingInt(EntityMention::end)
                    .thenComparing(EntityMention::type).thenComparing(EntityMention::link));
            docs.add(new Document(names.get(c), c.getURI(), c.getProperty(NIF.isString).getString(), ms));
        }
        docs.sort(Comparator.comparing(Document::doc));
        return new EntityGold(file, docs);
    }

    private static Map<Resource, String> names(List<Resource> contexts) {
        Map<String, Integer> uses = new HashMap<>();
        for (Resource c : contexts)
            uses.merge(shortName(c.getURI()), 1, Integer::sum);
        Map<Resource, String> names = new HashMap<>();
        for (Resource c : contexts) {
            String name = shortName(c.getURI());
            names.put(c, uses.get(name) == 1 ? name : c.getURI().substring(withoutFragment(c.getURI()).lastIndexOf('/') + 1));
        }
        return names;
    }

    static String withoutFragment(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri : iri.substring(0, hash);
    }

    static String shortName(String iri) {
        String base = withoutFragment(iri);
        String name = base.substring(base.lastIndexOf('/') + 1);
        return name.isEmpty() ? base : name;
    }

    private static int integer(Path file, Resource mention, org.apache.jena.rdf.model.Property p) {
        Statement s = mention.getProperty(p);
        try {
            return Integer.parseInt(s.getLiteral().getLexicalForm().strip());
        } catch (RuntimeException e) {
            throw new BadInputException(file.toString(), "mention " + mention + " has no integer " + p.getLocalName() + "; "
                    + LAYOUT, e);
        }
    }

    /** Person, Place, Organization or Role by the local name of one of the individual's types, else empty. */
    static String type(Resource individual) {
        return individual.listProperties(RDF.type).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isURIResource).map(o -> o.asResource().getLocalName()).filter(TYPES::contains).sorted()
                .findFirst().orElse("");
    }

    /** The DBpedia resource the individual is, or is the same as; empty if none. */
    static String link(Resource individual) {
        if (individual.isURIResource() && isDbpedia(individual.getURI()))
            return individual.getURI();
        Optional<String> same = individual.listProperties(OWL.sameAs).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isURIResource).map(o -> o.asResource().getURI()).filter(EntityGold::isDbpedia).sorted()
                .findFirst();
        return same.orElse("");
    }

    private static boolean isDbpedia(String iri) {
        return iri.startsWith(DBR.NS) || iri.startsWith(DBR.HTTPS_NS);
    }
}
