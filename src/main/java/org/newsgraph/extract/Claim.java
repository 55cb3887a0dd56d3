package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the article attributes to a source: who said what, with the spans of each part.
 *
 * @param speaker         the speaker mention as written ("Liang Hua", "he", "officials"), where present
 * @param speakerEntityId the entity the speaker resolves to, where known
 * @param cue             the attributing word or phrase ("said", "according to"), where present
 * @param cueLemma        the cue's lemma ("say"), or the quote mark for a bare quote
 * @param act             what kind of speech act
 * @param content         the attributed text, possibly discontinuous; never empty
 * @param direct          true for a direct (quoted) claim
 * @param negated         true when the text says the speaker did not say it
 * @param hedged          true when the attribution is hedged ("reportedly", "might")
 * @param sentence        the 0-based index of the sentence the cue (or content) stands in
 * @param aboutIds        the entities the content mentions
 * @param sourceKind      what kind of source the speaker is (a named person, officials, a document, ...)
 * @param time            the date expression of the claim's sentence and the date it stands for, where the text gives one
 */
public record Claim(Optional<Span> speaker, Optional<String> speakerEntityId, Optional<Span> cue, String cueLemma,
        SpeechAct act, List<Span> content, boolean direct, boolean negated, boolean hedged, int sentence,
        List<String> aboutIds, SourceKind sourceKind, Optional<DateMention> time) {
    public Claim {
        speaker = Objects.requireNonNull(speaker, "The parameter 'speaker' must not be null.");
        speakerEntityId = Objects.requireNonNull(speakerEntityId, "The parameter 'speakerEntityId' must not be null.");
        cue = Objects.requireNonNull(cue, "The parameter 'cue' must not be null.");
        Objects.requireNonNull(cueLemma, "The parameter 'cueLemma' must not be null.");
        Objects.requireNonNull(act, "The parameter 'act' must not be null.");
        content = List.copyOf(content);
        if (content.isEmpty())
            throw new IllegalArgumentException("a claim needs at least one content span");
        aboutIds = List.copyOf(aboutIds);
        Objects.requireNonNull(sourceKind, "The parameter 'sourceKind' must not be null.");
        time = Objects.requireNonNull(time, "The parameter 'time' must not be null.");
        if (sentence < 0)
            throw new IllegalArgumentException("claim sentence must be >= 0, got " + sentence);
    }

    /** A claim whose source kind is not known yet ({@link SourceKind#UNKNOWN}) and that has no date. */
    public Claim(Optional<Span> speaker, Optional<String> speakerEntityId, Optional<Span> cue, String cueLemma,
            SpeechAct act, List<Span> content, boolean direct, boolean negated, boolean hedged, int sentence,
            List<String> aboutIds) {
        this(speaker, speakerEntityId, cue, cueLemma, act, content, direct, negated, hedged, sentence, aboutIds,
                SourceKind.UNKNOWN, Optional.empty());
    }

    /** This claim with another source kind. */
    public Claim withSourceKind(SourceKind kind) {
        return new Claim(speaker, speakerEntityId, cue, cueLemma, act, content, direct, negated, hedged, sentence, aboutIds,
                kind, time);
    }

    /** This claim with other content parts. */
    public Claim withContent(List<Span> parts) {
        return new Claim(speaker, speakerEntityId, cue, cueLemma, act, parts, direct, negated, hedged, sentence, aboutIds,
                sourceKind, time);
    }

    /** This claim about other entities. */
    public Claim withAboutIds(List<String> ids) {
        return new Claim(speaker, speakerEntityId, cue, cueLemma, act, content, direct, negated, hedged, sentence, ids,
                sourceKind, time);
    }

    /** This claim with another date (empty for none). */
    public Claim withTime(Optional<DateMention> date) {
        return new Claim(speaker, speakerEntityId, cue, cueLemma, act, content, direct, negated, hedged, sentence, aboutIds,
                sourceKind, date);
    }
}
