package org.newsgraph.extract.corenlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.newsgraph.extract.Claim;
import org.newsgraph.extract.CodePoints;
import org.newsgraph.extract.DateExpressions;
import org.newsgraph.extract.DateExpressions.Direction;
import org.newsgraph.extract.DateMention;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.MentionKind;
import org.newsgraph.extract.Span;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

/**
 * A pass over an article's finished claims that adds what needs the whole claim: the kind of its source
 * ({@link SourceKinds}, from the speaker's words, head and entity) and its date ({@link DateExpressions}: of
 * the date expressions of the claim's sentence, the one whose head depends on the cue in the parse, else
 * one outside the content (a date inside the content, "will build it by 2028", dates what is claimed, not the
 * claim); normalised against the article's date, towards the future where
 * its verb has "will", "shall" or "would"). Runs after claim finding and merging, so those need not know of it.
 */
final class ClaimDetails {
    /** The shipped source nouns, read once per JVM (also what {@link ObjectSpeakers} asks). */
    static final SourceKinds KINDS = SourceKinds.standard();

    private final String text;
    private final CodePoints codePoints;
    private final Extraction extraction;
    private final Optional<LocalDate> anchor;
    private final Optional<String> publisher;
    private final List<ParsedSentence> sentences = new ArrayList<>();
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<Integer, List<DateExpressions.Found>> dates = new HashMap<>();

    /** One sentence's tokens with their code point spans and basic-dependency heads (-1 for the root). */
    private record ParsedSentence(int charBegin, int charEnd, List<CoreLabel> tokens, Span[] spans, int[] heads) {
    }

    private ClaimDetails(CoreDocument document, String text, Extraction extraction, Optional<LocalDate> anchor,
            Optional<String> publisher) {
        this.text = text;
        this.codePoints = new CodePoints(text);
        this.extraction = extraction;
        this.anchor = anchor;
        this.publisher = publisher.map(p -> p.strip().toLowerCase(Locale.ROOT));
        extraction.entities().forEach(e -> entities.put(e.id(), e));
        List<CoreMap> maps = document.annotation().get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : maps == null ? List.<CoreMap>of() : maps) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            Span[] spans = new Span[tokens.size()];
            int[] heads = new int[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                spans[i] = codePoints.span(tokens.get(i).beginPosition(), tokens.get(i).endPosition());
                heads[i] = -1;
            }
            SemanticGraph basic = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (basic != null)
                for (SemanticGraphEdge e : basic.edgeIterable()) {
                    int d = e.getDependent().index() - 1, h = e.getGovernor().index() - 1;
                    if (d >= 0 && d < heads.length && h >= 0 && h < heads.length)
                        heads[d] = h;
                }
            sentences.add(new ParsedSentence(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens, spans, heads));
        }
    }

    /**
     * The extraction with each claim's source kind and date.
     *
     * @param anchor    the article's date, where known (relative dates need it)
     * @param publisher the article's publisher, where known (a speaker of that name is a publication)
     */
    static Extraction add(Extraction extraction, CoreDocument document, String text, Optional<LocalDate> anchor,
            Optional<String> publisher) {
        Objects.requireNonNull(extraction, "The parameter 'extraction' must not be null.");
        if (extraction.claims().isEmpty())
            return extraction;
        ClaimDetails details = new ClaimDetails(document, text, extraction, anchor, publisher);
        List<Claim> claims = new ArrayList<>();
        for (Claim c : extraction.claims())
            claims.add(c.withSourceKind(details.kind(c)).withTime(details.date(c)));
        return new Extraction(extraction.sentences(), extraction.entities(), extraction.mentions(), extraction.roles(),
                extraction.relations(), claims, extraction.tokens());
    }

    private org.newsgraph.extract.SourceKind kind(Claim c) {
        Optional<EntityType> type = c.speakerEntityId().map(entities::get).map(Entity::type);
        return KINDS.classify(c.speaker().flatMap(s -> speaker(s, c.speakerEntityId(), type)), type);
    }

    private Optional<SourceKinds.Speaker> speaker(Span span, Optional<String> entityId, Optional<EntityType> type) {
        for (ParsedSentence s : sentences) {
            BitSet in = tokensIn(s, span);
            if (in.isEmpty())
                continue;
            List<SourceKinds.Word> words = new ArrayList<>();
            int head = -1, first = in.nextSetBit(0);
            for (int t = first; t >= 0; t = in.nextSetBit(t + 1)) {
                CoreLabel token = s.tokens().get(t);
                words.add(new SourceKinds.Word(token.word(), token.lemma(), token.tag(), token.ner()));
                if (s.heads()[t] < 0 || !in.get(s.heads()[t]))
                    head = words.size() - 1;
            }
            if (head < 0)
                head = words.size() - 1;
            Span headSpan = s.spans()[first + head];
            // a nominal speaks as its entity only where that entity is named: "a person familiar with the talks", in a
            // chain of nominals alone, stays an anonymous source, not a person
            boolean headIsEntity = entityId.isPresent() && extraction.mentions().stream()
                    .anyMatch(m -> m.entityId().equals(entityId.get()) && m.span().contains(headSpan))
                    && extraction.mentions().stream().anyMatch(m -> m.entityId().equals(entityId.get()) && m.kind() == MentionKind.NAME);
            String written = span.of(text).strip().toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
            boolean isPublisher = publisher.map(p -> p.replaceFirst("^the ", "").equals(written)).orElse(false);
            return Optional.of(new SourceKinds.Speaker(words, head, type, headIsEntity, isPublisher));
        }
        return Optional.empty();
    }

    private static BitSet tokensIn(ParsedSentence s, Span span) {
        BitSet in = new BitSet();
        for (int t = 0; t < s.spans().length; t++)
            if (span.contains(s.spans()[t]))
                in.set(t);
        return in;
    }

    private Optional<DateMention> date(Claim c) {
        if (c.sentence() >= sentences.size())
            return Optional.empty();
        ParsedSentence s = sentences.get(c.sentence());
        List<DateExpressions.Found> found = dates.computeIfAbsent(c.sentence(),
                k -> DateExpressions.find(text.substring(s.charBegin(), s.charEnd()), anchor, Direction.PAST));
        if (found.isEmpty())
            return Optional.empty();
        BitSet cue = c.cue().map(span -> tokensIn(s, span)).orElseGet(BitSet::new);
        DateExpressions.Found chosen = null;
        for (DateExpressions.Found f : found)
            if (chosen == null && dependsOn(s, expressionHead(s, f), cue))
                chosen = f;
        for (DateExpressions.Found f : found)
            if (chosen == null && !inContent(c, span(s, f)) && !inOtherContent(c, span(s, f)))
                chosen = f;
        if (chosen == null)
            return Optional.empty(); // a date inside the content is what the claim is about, not when it was made
        int head = expressionHead(s, chosen);
        if (head >= 0 && future(s, s.heads()[head])) {
            int begin = chosen.begin();
            chosen = DateExpressions.find(text.substring(s.charBegin(), s.charEnd()), anchor, Direction.FUTURE).stream()
                    .filter(f -> f.begin() == begin).findFirst().orElse(chosen);
        }
        return Optional.of(new DateMention(span(s, chosen), chosen.value()));
    }

    private Span span(ParsedSentence s, DateExpressions.Found f) {
        return codePoints.span(s.charBegin() + f.begin(), s.charBegin() + f.end());
    }

    private static boolean inContent(Claim c, Span span) {
        return c.content().stream().anyMatch(part -> part.overlaps(span));
    }

    /**
     * Whether the span lies in what another claim of the sentence says, one whose content does not hold this claim's
     * cue: "“It is over,” the coach said, adding that he would leave in June" dates the leaving, not the saying.
     */
    private boolean inOtherContent(Claim c, Span span) {
        return extraction.claims().stream().anyMatch(o -> o != c && o.sentence() == c.sentence() && inContent(o, span)
                && c.cue().map(cue -> !inContent(o, cue)).orElse(true));
    }

    /** The token of the expression whose head lies outside it, or -1 where none of its tokens is known. */
    private int expressionHead(ParsedSentence s, DateExpressions.Found f) {
        BitSet in = tokensIn(s, span(s, f));
        for (int t = in.nextSetBit(0); t >= 0; t = in.nextSetBit(t + 1))
            if (s.heads()[t] < 0 || !in.get(s.heads()[t]))
                return t;
        return in.isEmpty() ? -1 : in.nextSetBit(0);
    }

    private static boolean dependsOn(ParsedSentence s, int token, BitSet cue) {
        return token >= 0 && s.heads()[token] >= 0 && cue.get(s.heads()[token]);
    }

    /**
     * True when the verb has "will", "shall" or "would" (the future of reported speech: "said lorries would be
     * banned from Monday") among its dependents.
     */
    private static boolean future(ParsedSentence s, int verb) {
        if (verb < 0)
            return false;
        for (int t = 0; t < s.heads().length; t++)
            if (s.heads()[t] == verb) {
                String w = s.tokens().get(t).word().toLowerCase(Locale.ROOT);
                if (w.equals("will") || w.equals("shall") || w.equals("'ll") || w.equals("wo") || w.equals("would"))
                    return true;
            }
        return false;
    }
}
