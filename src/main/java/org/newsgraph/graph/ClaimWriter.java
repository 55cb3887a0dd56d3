package org.newsgraph.graph;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.DateMention;
import org.newsgraph.extract.DateValue;
import org.newsgraph.extract.SourceKind;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.SpeechAct;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;

/**
 * Claims as schema:Claim nodes: the speaker (the entity, and the mention as written), the cue with its
 * lemma, the speech act, the content spans and their text, stance and certainty, what it is about,
 * where it appears, the kind of its source, and its date (the expression's span; ng:date as precise as the
 * text is: xsd:date, xsd:gYearMonth or xsd:gYear, none for an interval; ng:dateFrom and ng:dateTo the first and
 * last day it covers).
 */
final class ClaimWriter {
    /** what joins the parts of a discontinuous content in schema:text */
    static final String GAP = " … ";

    private final Model model;
    private final IriMinter minter;
    private final ArticleText text;
    private final Resource article;

    ClaimWriter(Model model, IriMinter minter, ArticleText text, Resource article) {
        this.model = model;
        this.minter = minter;
        this.text = text;
        this.article = article;
    }

    void writeClaims(List<Claim> claims, Map<String, Resource> entities) {
        for (Claim claim : claims) {
            Resource node = model.createResource(minter.claim(article.getURI(), claim))
                    .addProperty(RDF.type, SchemaDO.Claim)
                    .addProperty(SchemaDO.appearance, article)
                    .addProperty(NG.speechAct, act(claim.act()))
                    .addLiteral(NG.direct, Literals.bool(claim.direct()))
                    .addLiteral(NG.negated, Literals.bool(claim.negated()))
                    .addLiteral(NG.hedged, Literals.bool(claim.hedged()));
            claim.speakerEntityId().ifPresent(id -> node.addProperty(SchemaDO.author, entities.get(id)));
            claim.speaker().ifPresent(s -> node.addProperty(NG.speakerMention,
                    text.span(s).addProperty(RDF.type, NIF.Phrase)));
            claim.cue().ifPresent(c -> node.addProperty(NG.cue, text.span(c).addProperty(RDF.type, NIF.Phrase)));
            claim.cue().filter(c -> !claim.cueLemma().isBlank())
                    .ifPresent(c -> text.span(c).addProperty(NG.lemma, claim.cueLemma().strip()));
            StringJoiner content = new StringJoiner(GAP);
            for (Span part : claim.content()) {
                node.addProperty(NG.content, text.span(part));
                content.add(text.at(part));
            }
            node.addProperty(SchemaDO.text, content.toString());
            for (String about : claim.aboutIds())
                node.addProperty(SchemaDO.about, entities.get(about));
            text.sentence(claim.sentence()).ifPresent(s -> node.addProperty(NG.sentence, s));
            node.addProperty(NG.sourceKind, kind(claim.sourceKind()));
            claim.time().ifPresent(time -> writeDate(node, time));
        }
    }

    /** The date expression's span, the date as precise as the text gives it, and the days it covers. */
    private void writeDate(Resource node, DateMention time) {
        DateValue value = time.value();
        node.addProperty(NG.dateMention, text.span(time.span()).addProperty(RDF.type, NIF.Phrase));
        Literals.dateValue(value).ifPresent(l -> node.addLiteral(NG.date, l));
        node.addLiteral(NG.dateFrom, Literals.day(value.first()));
        node.addLiteral(NG.dateTo, Literals.day(value.last()));
    }

    static Resource kind(SourceKind kind) {
        return switch (kind) {
            case PERSON -> NG.PersonSource;
            case ORGANIZATION -> NG.OrganizationSource;
            case GOVERNMENT -> NG.GovernmentSource;
            case PUBLICATION -> NG.PublicationSource;
            case OFFICIALS -> NG.OfficialSource;
            case ANONYMOUS -> NG.AnonymousSource;
            case DOCUMENT -> NG.DocumentSource;
            case PRONOUN -> NG.PronounSource;
            case UNKNOWN -> NG.UnknownSource;
        };
    }

    static Resource act(SpeechAct act) {
        return switch (act) {
            case STATEMENT -> NG.Statement;
            case ANNOUNCEMENT -> NG.Announcement;
            case ACCUSATION -> NG.Accusation;
            case DENIAL -> NG.Denial;
            case PROMISE -> NG.Promise;
            case WARNING -> NG.Warning;
            case BELIEF -> NG.Belief;
            case QUESTION -> NG.Question;
            case REPORT -> NG.Report;
        };
    }
}
