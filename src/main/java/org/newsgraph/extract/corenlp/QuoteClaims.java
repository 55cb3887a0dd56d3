package org.newsgraph.extract.corenlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.extract.Claim;
import org.newsgraph.extract.CodePoints;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.SpeechAct;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Direct quotes as claims, from CoreNLP's quote annotator and its attribution. The content is the text
 * between the quote marks; the speaker is the mention attribution chose ("the tech giant's chairman"),
 * resolved to our entity through the mention's head word (our clusters) or, failing that, the
 * attribution's canonical speaker ("Liang Hua"); the cue is the verb the speaker is the subject of ("said"), where there is one.
 */
final class QuoteClaims {
    /** shorter quotes without a speaker are taken for scare quotes */
    private static final int MIN_UNATTRIBUTED_WORDS = 4;
    private static final String QUOTE_MARKS = "\"'“”‘’«»„‟‹›`";

    private QuoteClaims() {
    }

    static List<Claim> find(CoreDocument document, String text, CodePoints codePoints, EntityClusters clusters) {
        List<Claim> claims = new ArrayList<>();
        List<CoreQuote> quotes = document.quotes();
        if (quotes == null)
            return claims;
        for (CoreQuote quote : quotes) {
            int begin = quote.quoteCharOffsets().first;
            int end = quote.quoteCharOffsets().second;
            while (begin < end && QUOTE_MARKS.indexOf(text.charAt(begin)) >= 0)
                begin++;
            while (end > begin && QUOTE_MARKS.indexOf(text.charAt(end - 1)) >= 0)
                end--;
            while (begin < end && Character.isWhitespace(text.charAt(begin)))
                begin++;
            while (end > begin && Character.isWhitespace(text.charAt(end - 1)))
                end--;
            if (begin >= end)
                continue;
            Span content = codePoints.span(begin, end);
            Optional<List<CoreLabel>> speakerTokens = quote.speakerTokens().filter(t -> !t.isEmpty());
            int words = text.substring(begin, end).split("\\s+").length;
            if (words < 2 || (words < MIN_UNATTRIBUTED_WORDS && speakerTokens.isEmpty()))
                continue; // a scare quote ("non-core", 'Mafia'), not a claim
            if (!hasVerb(quote, begin, end))
                // a title, a term or a scare quote pinned on a name nearby ("Nightly News", "Harbour Hour"), not a claim;
                // quoted words inside what is said ("called the plan “a disaster”") are in that claim, found by the rules
                continue;
            Optional<Span> speaker = speakerTokens.map(t -> codePoints.span(t.get(0).beginPosition(),
                    t.get(t.size() - 1).endPosition()));
            // our own clusters first (they include the repairs), then the attribution's canonical speaker
            Optional<String> speakerId = speakerTokens.flatMap(t -> headEntity(t, clusters.index()));
            if (speakerId.isEmpty())
                speakerId = quote.canonicalSpeakerTokens().filter(t -> !t.isEmpty())
                        .flatMap(t -> KbpRelations.entityOf(t, clusters.index()));
            Optional<CoreLabel> cue = speakerTokens.flatMap(t -> cueOf(document, t));
            int sentence = cue.map(CoreLabel::sentIndex)
                    .orElse(quote.sentences().isEmpty() ? 0 : quote.sentences().get(0).tokens().get(0).sentIndex());
            List<String> about = aboutIds(content, clusters.mentions());
            claims.add(new Claim(speaker, speakerId, cue.map(c -> codePoints.span(c.beginPosition(), c.endPosition())),
                    cue.map(CoreLabel::lemma).orElse(text.substring(quote.quoteCharOffsets().first, quote.quoteCharOffsets().first + 1)),
                    SpeechAct.STATEMENT, List.of(content), true, false, false, sentence, about));
        }
        return claims;
    }

    /** Whether a word between character offsets {@code begin} and {@code end} of the quote is a verb or a modal. */
    private static boolean hasVerb(CoreQuote quote, int begin, int end) {
        List<CoreLabel> tokens = quote.coreMap().get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class);
        if (tokens == null)
            return true;
        for (CoreLabel token : tokens)
            if (token.beginPosition() >= begin && token.endPosition() <= end && token.tag() != null
                    && (token.tag().startsWith("VB") || token.tag().equals("MD")))
                return true;
        return false;
    }

    /** The entity of the speaker's last word that is not a possessive or punctuation. */
    private static Optional<String> headEntity(List<CoreLabel> tokens, EntityLookup lookup) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String tag = tokens.get(i).tag();
            if (tag != null && (tag.equals("POS") || !Character.isLetter(tag.charAt(0))))
                continue;
            return lookup.entityAt(tokens.get(i).sentIndex(), tokens.get(i).index() - 1);
        }
        return Optional.empty();
    }

    /** The verb whose subject the speaker is: "the chairman said" → "said". */
    private static Optional<CoreLabel> cueOf(CoreDocument document, List<CoreLabel> speaker) {
        int s = speaker.get(0).sentIndex();
        SemanticGraph graph = document.sentences().get(s).dependencyParse();
        if (graph == null)
            return Optional.empty();
        for (CoreLabel token : speaker) {
            IndexedWord word = graph.getNodeByIndexSafe(token.index());
            if (word == null)
                continue;
            for (SemanticGraphEdge edge : graph.incomingEdgeList(word)) {
                String relation = edge.getRelation().toString();
                IndexedWord verb = edge.getGovernor();
                if (relation.startsWith("nsubj") && verb.tag() != null && verb.tag().startsWith("VB"))
                    return Optional.of(document.sentences().get(s).tokens().get(verb.index() - 1));
            }
        }
        return Optional.empty();
    }

    private static List<String> aboutIds(Span content, List<Mention> mentions) {
        Set<String> ids = new LinkedHashSet<>();
        for (Mention m : mentions)
            if (content.contains(m.span()))
                ids.add(m.entityId());
        return List.copyOf(ids);
    }
}
