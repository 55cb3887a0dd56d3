package org.newsgraph.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Role;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;

/**
 * Roles ("Huawei's chairman Liang Hua") as schema:OrganizationRole nodes and relations as reified ng:Relation
 * nodes, each with its evidence: the span of the article's text that states it (ng:evidence, a nif:Phrase).
 * <p>
 * For a few well-known KBP relations the subject entity also gets a direct schema.org triple
 * ({@code schema:worksFor}, {@code schema:parentOrganization}, ...). Those triples are derived shortcuts for
 * schema.org readers, not facts of their own: their provenance is the ng:Relation node with the same subject,
 * predicate and object in the same article graph, and that node's evidence span.
 */
final class RoleWriter {
    /** KBP relations with a direct schema.org counterpart, read subject → object */
    private static final Map<String, Property> DIRECT = Map.of(
            "per:employee_or_member_of", SchemaDO.worksFor,
            "per:spouse", SchemaDO.spouse,
            "per:parents", SchemaDO.parent,
            "per:children", SchemaDO.children,
            "per:siblings", SchemaDO.sibling,
            "org:parents", SchemaDO.parentOrganization,
            "org:subsidiaries", SchemaDO.subOrganization,
            "org:country_of_headquarters", SchemaDO.location,
            "org:city_of_headquarters", SchemaDO.location,
            "org:stateorprovince_of_headquarters", SchemaDO.location);

    private final Model model;
    private final IriMinter minter;
    private final ArticleText text;
    private final String articleIri;

    RoleWriter(Model model, IriMinter minter, ArticleText text, String articleIri) {
        this.model = model;
        this.minter = minter;
        this.text = text;
        this.articleIri = articleIri;
    }

    void writeRoles(List<Role> roles, Map<String, Resource> entities) {
        for (Role role : roles) {
            Optional<Resource> holder = EntityWriter.nodeOf(entities, role.holderId());
            Optional<Resource> in = EntityWriter.nodeOf(entities, role.organizationId());
            Resource node = model.createResource(minter.role(holder.map(Resource::getURI), in.map(Resource::getURI),
                    role.title(), articleIri, role.span()));
            Resource evidence = text.span(role.span())
                    .addProperty(RDF.type, NIF.Phrase)
                    .addProperty(RDF.type, NG.RoleMention)
                    .addProperty(ITSRDF.taIdentRef, node);
            text.sentence(role.sentence()).ifPresent(s -> evidence.addProperty(NG.sentence, s));
            node.addProperty(RDF.type, SchemaDO.OrganizationRole)
                    .addProperty(RDF.type, SchemaDO.Role)
                    .addProperty(SchemaDO.roleName, IriText.normalise(role.title()))
                    .addProperty(NG.evidence, evidence);
            holder.ifPresent(h -> node.addProperty(NG.holder, h));
            in.ifPresent(o -> node.addProperty(NG.roleIn, o));
            role.concept().ifPresent(c -> node.addProperty(NG.roleConcept, model.createResource(minter.dbpedia(c))));
        }
    }

    void writeRelations(List<Relation> relations, Map<String, Resource> entities) {
        for (Relation relation : relations) {
            Resource subject = entities.get(relation.subjectId());
            Optional<Resource> object = EntityWriter.nodeOf(entities, relation.objectId());
            Resource node = model.createResource(minter.relation(articleIri, subject.getURI(), relation.predicate(),
                    object.map(Resource::getURI).orElse(relation.objectValue()), relation.sentence()))
                    .addProperty(RDF.type, NG.Relation)
                    .addProperty(NG.subject, subject)
                    .addProperty(NG.kbpRelation, relation.predicate())
                    .addProperty(NG.objectValue, relation.objectValue())
                    .addLiteral(NG.confidence, Literals.decimal(relation.confidence()));
            object.ifPresent(o -> node.addProperty(NG.object, o));
            node.addProperty(NG.evidence, text.span(relation.evidence()).addProperty(RDF.type, NIF.Phrase));
            text.sentence(relation.sentence()).ifPresent(s -> node.addProperty(NG.sentence, s));
            Property direct = DIRECT.get(relation.predicate());
            if (direct != null && object.isPresent())
                subject.addProperty(direct, object.get());
        }
    }
}
