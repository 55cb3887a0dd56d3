package org.newsgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The newsgraph ontology ({@code ontology/newsgraph.ttl}): only what schema.org, NIF and PROV-O lack —
 * mention and claim parts, speech acts, certainty, reified relations. Every constant here is declared,
 * labelled and aligned in the ontology; a test holds that.
 */
public final class NG {
    /** the ontology namespace */
    public static final String NS = "https://newsgraph.org/ontology#";
    /** the ontology's own IRI */
    public static final String ONTOLOGY = "https://newsgraph.org/ontology";

    // classes
    public static final Resource EntityMention = resource("EntityMention");
    public static final Resource RoleMention = resource("RoleMention");
    public static final Resource Relation = resource("Relation");
    public static final Resource SpeechAct = resource("SpeechAct");
    public static final Resource MentionKind = resource("MentionKind");
    public static final Resource SourceKind = resource("SourceKind");

    // speech acts (individuals of ng:SpeechAct)
    public static final Resource Statement = resource("Statement");
    public static final Resource Announcement = resource("Announcement");
    public static final Resource Accusation = resource("Accusation");
    public static final Resource Denial = resource("Denial");
    public static final Resource Promise = resource("Promise");
    public static final Resource Warning = resource("Warning");
    public static final Resource Belief = resource("Belief");
    public static final Resource Question = resource("Question");
    public static final Resource Report = resource("Report");

    // mention kinds (individuals of ng:MentionKind)
    public static final Resource ProperName = resource("ProperName");
    public static final Resource Nominal = resource("Nominal");
    public static final Resource Pronoun = resource("Pronoun");

    // source kinds (individuals of ng:SourceKind)
    public static final Resource PersonSource = resource("PersonSource");
    public static final Resource OrganizationSource = resource("OrganizationSource");
    public static final Resource GovernmentSource = resource("GovernmentSource");
    public static final Resource PublicationSource = resource("PublicationSource");
    public static final Resource OfficialSource = resource("OfficialSource");
    public static final Resource AnonymousSource = resource("AnonymousSource");
    public static final Resource DocumentSource = resource("DocumentSource");
    public static final Resource PronounSource = resource("PronounSource");
    public static final Resource UnknownSource = resource("UnknownSource");

    // article
    public static final Property source = property("source");
    public static final Property contentHash = property("contentHash");
    public static final Property tokenCount = property("tokenCount");

    // mentions and entities
    public static final Property mentionKind = property("mentionKind");
    public static final Property sentence = property("sentence");
    public static final Property alias = property("alias");

    // summary facts derived at ingest from the article graph's own triples (see graph.SummaryFacts)
    public static final Property mentionsEntity = property("mentionsEntity");
    public static final Property nameKey = property("nameKey");
    public static final Property contentKey = property("contentKey");

    // store-level counts across articles, kept in the store's own (default) graph (see store.SummaryCounts)
    public static final Property entity1 = property("entity1");
    public static final Property name1 = property("name1");
    public static final Property entity2 = property("entity2");
    public static final Property name2 = property("name2");
    public static final Property speaker = property("speaker");
    public static final Property speakerName = property("speakerName");
    public static final Property articleCount = property("articleCount");
    public static final Property sentenceCount = property("sentenceCount");
    public static final Property claimCount = property("claimCount");
    public static final Property inArticle = property("inArticle");
    public static final Property repeated = property("repeated");
    public static final Property sourceList = property("sourceList");
    public static final Property linkedEntity = property("linkedEntity");
    public static final Property link = property("link");
    public static final Property pairLevel = property("pairLevel");
    public static final Property pairsAtLeast = property("pairsAtLeast");

    // roles
    public static final Property holder = property("holder");
    public static final Property roleIn = property("roleIn");
    public static final Property evidence = property("evidence");
    public static final Property roleConcept = property("roleConcept");

    // relations
    public static final Property subject = property("subject");
    public static final Property object = property("object");
    public static final Property objectValue = property("objectValue");
    public static final Property kbpRelation = property("kbpRelation");
    public static final Property confidence = property("confidence");

    // claims
    public static final Property speakerMention = property("speakerMention");
    public static final Property cue = property("cue");
    public static final Property lemma = property("lemma");
    public static final Property speechAct = property("speechAct");
    public static final Property content = property("content");
    public static final Property direct = property("direct");
    public static final Property negated = property("negated");
    public static final Property hedged = property("hedged");
    public static final Property sourceKind = property("sourceKind");
    public static final Property dateMention = property("dateMention");
    public static final Property date = property("date");
    public static final Property dateFrom = property("dateFrom");
    public static final Property dateTo = property("dateTo");

    // provenance
    public static final Property profile = property("profile");

    private NG() {
    }

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
