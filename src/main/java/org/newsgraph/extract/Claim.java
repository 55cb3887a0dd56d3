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
 */
public record Claim(Optional<Span> speaker, Optional<String> speakerEntityId, Optional<Span> cue, String cueLemma,
        SpeechAct act, List<Span> content, boolean direct, boolean negated, boolean hedged, int sentence,
        List<String> aboutIds) {
    public Claim {
        speaker = Objects.requireNonNull(speaker);
        speakerEntityId = Objects.requireNonNull(speakerEntityId);
        cue = Objects.requireNonNull(cue);
        Objects.requireNonNull(cueLemma, "The parameter 'cueLemma' must not be null.");
        Objects.requireNonNull(act, "The parameter 'act' must not be null.");
        content = List.copyOf(content);
        if (content.isEmpty())
            throw new IllegalArgumentException("a claim needs at least one content span");
        aboutIds = List.copyOf(aboutIds);
    }
}
