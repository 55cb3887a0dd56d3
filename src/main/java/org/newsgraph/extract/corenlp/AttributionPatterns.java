package org.newsgraph.extract.corenlp;

import org.newsgraph.extract.SpeechAct;

import java.util.Objects;
import java.util.Optional;

/**
 * Attribution patterns tried at a token where the {@link ClaimFinder}'s own cue rules found nothing, each finding its
 * own cue, speaker and content:
 * <ul>
 * <li>verb cues whose parse hid their content ({@link ReattachedCues}), whose content is the next paragraph
 * ({@link ColonContent}) or that end "Y, X said." ({@link TrailingCues});</li>
 * <li>a colon opening a quotation after a clause or a dashed name ({@link QuotedColons});</li>
 * <li>noun cues with a copula, an infinitive, a "whether" clause or support received ({@link NounCues});</li>
 * <li>verbs of title-case headlines taken for nouns ({@link TitleCaseHeadlines});</li>
 * <li>"reportedly" ({@link HearsayAdverbs}) and "according to" whose source the parse made the root
 * ({@link AccordingToWords}).</li>
 * </ul>
 * Their claims are weighed by the same {@link CueScorer} as the others.
 */
final class AttributionPatterns {
    /** A cue found by one of these patterns, with its parts, act and lemma. */
    record Found(ClaimParts.Parts parts, SpeechAct act, String lemma) {
    }

    private final CueLexicon lexicon;

    AttributionPatterns(CueLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "The parameter 'lexicon' must not be null.");
    }

    /**
     * The attribution cued at token {@code i}, if one of the patterns finds one.
     *
     * @param text the text the sentence was annotated from, or null
     */
    Optional<Found> find(AttributionTree t, int i, String text) {
        if (t.token(i).word().equals(":"))
            return QuotedColons.find(t, i, lexicon).map(parts -> new Found(parts, SpeechAct.STATEMENT, ":"));
        if (t.token(i).word().equalsIgnoreCase("according"))
            return AccordingToWords.find(t, i).map(parts -> new Found(parts, SpeechAct.REPORT, "according to"));
        if (t.tag(i).startsWith("VB")) {
            Optional<SpeechAct> act = lexicon.act(t.lemma(i), CueLexicon.Kind.VERB);
            if (act.isPresent()) {
                Optional<ClaimParts.Parts> p = ReattachedCues.find(t, i);
                if (p.isEmpty())
                    p = ColonContent.find(t, i, text);
                if (p.isEmpty())
                    p = TrailingCues.find(t, i);
                return p.map(parts -> new Found(parts, act.get(), t.lemma(i)));
            }
        }
        Optional<Found> headline = TitleCaseHeadlines.find(t, i, lexicon);
        if (headline.isPresent())
            return headline;
        if (t.tag(i).startsWith("NN")) {
            Optional<SpeechAct> act = lexicon.act(t.lemma(i), CueLexicon.Kind.NOUN);
            if (act.isPresent())
                return NounCues.find(t, i).map(parts -> new Found(parts, act.get(), t.lemma(i)));
        }
        if (t.tag(i).startsWith("RB"))
            return HearsayAdverbs.find(t, i, lexicon).map(parts -> new Found(parts, SpeechAct.REPORT, t.lemma(i)));
        return Optional.empty();
    }
}
