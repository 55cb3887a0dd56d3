package org.newsgraph.graph;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionKind;
import org.newsgraph.resolve.EntityKey;
import org.newsgraph.resolve.Resolution;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entities and their mentions. Every fact about an entity (types, name, aliases, links) is asserted
 * in the graph of each article that mentions it, so dropping one article never orphans another's.
 */
final class EntityWriter {
    private static final Logger LOG = LoggerFactory.getLogger(EntityWriter.class);
    private final Model model;
    private final IriMinter minter;
    private final ArticleText text;

    EntityWriter(Model model, IriMinter minter, ArticleText text) {
        this.model = model;
        this.minter = minter;
        this.text = text;
    }

    /** Writes the entities; returns each local entity id's node. */
    Map<String, Resource> writeEntities(List<Entity> entities, Resolution resolution) {
        Map<String, Resource> nodes = new HashMap<>();
        for (Entity entity : entities) {
            EntityKey key = resolution.keyOf(entity.id()).orElseGet(() -> {
                LOG.debug("No resolved key for entity {}; keying it by its own name", entity.id());
                return new EntityKey(entity.type(), IriText.normalise(entity.name()), entity.wikipediaTitle());
            });
            Resource node = model.createResource(resolution.isUnnamed(entity.id())
                    ? minter.unnamedEntity(text.iri(), entity.id())
                    : resolution.isSurnameOnly(entity.id()) ? minter.articleLocalEntity(text.iri(), key)
                    : minter.entity(key));
            for (Resource type : types(entity.type()))
                node.addProperty(RDF.type, type);
            node.addProperty(SchemaDO.name, key.name());
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(IriText.normalise(entity.name()));
            entity.aliases().forEach(a -> aliases.add(IriText.normalise(a)));
            aliases.remove(key.name());
            aliases.remove("");
            aliases.forEach(a -> node.addProperty(NG.alias, a));
            key.wikipediaTitle().or(() -> resolution.surnameLink(entity.id())).ifPresent(title -> {
                node.addProperty(OWL.sameAs, model.createResource(minter.dbpedia(title)));
                node.addProperty(SchemaDO.sameAs, model.createResource(minter.wikipedia(title)));
            });
            nodes.put(entity.id(), node);
        }
        return nodes;
    }

    /** Writes the mentions as NIF phrases pointing at their entities. */
    void writeMentions(List<Mention> mentions, Map<String, Resource> entities) {
        for (Mention mention : mentions) {
            Resource node = text.span(mention.span())
                    .addProperty(RDF.type, NIF.Phrase)
                    .addProperty(RDF.type, NG.EntityMention)
                    .addProperty(NG.mentionKind, kind(mention.kind()))
                    .addProperty(ITSRDF.taIdentRef, entities.get(mention.entityId()));
            text.sentence(mention.sentence()).ifPresent(s -> node.addProperty(NG.sentence, s));
            if (LOG.isDebugEnabled() && !text.at(mention.span()).equals(mention.text()))
                LOG.debug("Mention text differs from the article text at {}", mention.span());
        }
    }

    /** The schema.org classes of an entity type: a finer kind of place is also a schema:Place. */
    static List<Resource> types(EntityType type) {
        return switch (type) {
            case PERSON -> List.of(SchemaDO.Person);
            case ORGANIZATION -> List.of(SchemaDO.Organization);
            case COUNTRY -> List.of(SchemaDO.Place, SchemaDO.Country);
            case CITY -> List.of(SchemaDO.Place, SchemaDO.City);
            case STATE_OR_PROVINCE -> List.of(SchemaDO.Place, SchemaDO.State);
            case LOCATION -> List.of(SchemaDO.Place);
        };
    }

    static Resource kind(MentionKind kind) {
        return switch (kind) {
            case NAME -> NG.ProperName;
            case NOMINAL -> NG.Nominal;
            case PRONOUN -> NG.Pronoun;
        };
    }

    static Optional<Resource> nodeOf(Map<String, Resource> entities, Optional<String> id) {
        return id.map(entities::get);
    }
}
