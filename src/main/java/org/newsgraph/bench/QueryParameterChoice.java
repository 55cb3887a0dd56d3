package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NG;

/**
 * Parameters for the parameterised queries, taken from the data: the most-mentioned entity (by IRI and
 * by name), the most-mentioned organisation, the first article, a claim (or that entity) as a fact; for
 * claims-by-entity the most-quoted speaker and for people-and-roles the organisation with the most roles
 * (where there is one), so that those queries are timed on a typical question rather than an empty answer.
 */
final class QueryParameterChoice {
    private final Map<String, List<String>> values;

    private QueryParameterChoice(Map<String, List<String>> values) {
        this.values = values;
    }

    static QueryParameterChoice from(Map<String, List<Triple>> graphs) {
        Map<Node, Integer> mentioned = new HashMap<>();
        Map<Node, Integer> speakers = new HashMap<>();
        Map<Node, Integer> roleOrganisations = new HashMap<>();
        Map<Node, String> names = new HashMap<>();
        Set<Node> organisations = new HashSet<>();
        Optional<Node> claim = Optional.empty();
        for (List<Triple> triples : graphs.values())
            for (Triple t : triples) {
                Node p = t.getPredicate();
                if (p.equals(ITSRDF.taIdentRef.asNode()))
                    mentioned.merge(t.getObject(), 1, Integer::sum);
                else if (p.equals(SchemaDO.author.asNode()) && t.getObject().isURI() && t.getSubject().isURI()
                        && t.getSubject().getURI().contains("/claim/"))
                    speakers.merge(t.getObject(), 1, Integer::sum);
                else if (p.equals(NG.roleIn.asNode()) && t.getObject().isURI())
                    roleOrganisations.merge(t.getObject(), 1, Integer::sum);
                else if (p.equals(SchemaDO.name.asNode()) && t.getObject().isLiteral())
                    names.putIfAbsent(t.getSubject(), t.getObject().getLiteralLexicalForm());
                else if (p.equals(RDF.type.asNode()) && t.getObject().equals(SchemaDO.Organization.asNode()))
                    organisations.add(t.getSubject());
                else if (p.equals(RDF.type.asNode()) && t.getObject().equals(SchemaDO.Claim.asNode()) && claim.isEmpty())
                    claim = Optional.of(t.getSubject());
            }
        Comparator<Map.Entry<Node, Integer>> most = Map.Entry.<Node, Integer>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().toString());
        Optional<Node> entity = mentioned.entrySet().stream().filter(e -> e.getKey().isURI()).sorted(most).map(Map.Entry::getKey)
                .findFirst();
        Optional<Node> organisation = mentioned.entrySet().stream().filter(e -> organisations.contains(e.getKey())).sorted(most)
                .map(Map.Entry::getKey).findFirst();
        Map<String, List<String>> values = new LinkedHashMap<>();
        entity.ifPresent(e -> values.put("entity", forms(e, names)));
        speakers.entrySet().stream().sorted(most).map(Map.Entry::getKey).findFirst()
                .ifPresent(s -> values.put("claims-by-entity/entity", forms(s, names)));
        roleOrganisations.entrySet().stream().sorted(most).map(Map.Entry::getKey).findFirst()
                .ifPresent(o -> values.put("people-and-roles/organization", List.of(iri(o))));
        organisation.ifPresent(o -> values.put("organization", List.of(iri(o))));
        graphs.keySet().stream().findFirst().ifPresent(a -> values.put("article", List.of("<" + a + ">")));
        claim.or(() -> entity).ifPresent(f -> values.put("fact", List.of(iri(f))));
        return new QueryParameterChoice(values);
    }

    /** The entity by IRI and, where it has one, by name. */
    private static List<String> forms(Node e, Map<Node, String> names) {
        List<String> forms = new ArrayList<>(List.of(iri(e)));
        Optional.ofNullable(names.get(e)).ifPresent(n -> forms.add("\"" + n + "\""));
        return forms;
    }

    private static String iri(Node node) {
        return "<" + node.getURI() + ">";
    }

    /** Every combination to try for the query with this name and these parameters (one, without parameters). */
    List<Map<String, String>> variants(String query, List<String> parameters) {
        List<Map<String, String>> variants = new ArrayList<>();
        variants.add(new LinkedHashMap<>());
        for (String p : parameters) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> v : variants)
                for (String value : values.getOrDefault(query + "/" + p, values.getOrDefault(p, List.of()))) {
                    Map<String, String> more = new LinkedHashMap<>(v);
                    more.put(p, value);
                    next.add(more);
                }
            variants = next;
        }
        return variants;
    }
}
