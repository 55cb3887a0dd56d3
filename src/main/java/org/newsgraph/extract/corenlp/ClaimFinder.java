package org.newsgraph.extract.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.CodePoints;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.SpeechAct;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds attributions (who said, accused, denied or promised what) in a dependency-parsed document: a cue from
 * the {@link CueLexicon} (a verb, a noun with a clause, or "according to"), its speaker (the subject noun phrase
 * as written) and its content (the clause, object or quote it governs), each as code point spans.
 * <p>
 * Patterns: "X said (that) Y", "Y, X said", "according to X, Y", "X told reporters Y", "X accused Y of Z",
 * "X denied Y", "X has learned Y", "X's claim that Y", "X promised to Y", "X warned Y", participles
 * ("..., saying Y"), relative clauses ("X, who said Y"), parentheticals ("Y, X said, Z"), "as X reported, Y",
 * stance phrases of a light verb ("took a swipe at X", "made clear that Y"; {@link StancePhrases}) and fronted polls
 * ("In a poll released Monday, Y"). A time modifying the cue ("said on Saturday") is never its content.
 * Negation ("did not say") and hedges ("reportedly", a modal on the cue) are flagged. Cues inside a quotation are
 * the quoted person's, not the article's, and are skipped (on PolNeAR train, 19 of 5,253 rule matches inside quotes
 * are gold cues). A model learned on the PolNeAR training split ({@link CueScorer}, a logistic model over the
 * {@link CueFeatures} of each match) drops rule matches whose context rarely attributes ("you want to", "find a way",
 * a cue inside another cue's content), so the rules of a sentence are all found before any is weighed: the model
 * sees where each cue stands among the others of its sentence and paragraph.
 * <p>
 * Needs tokenize, ssplit, pos, lemma and depparse (basic and enhanced++ dependencies). Immutable and
 * thread-safe once built; building reads the lexicon and the model from the class path.
 */
final class ClaimFinder {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimFinder.class);
    /** The longest speaker of a "Speaker: what they said" line, in tokens. */
    private static final int HEADLINE_SPEAKER_MAX = 6;

    private final CueLexicon lexicon;
    private final CueScorer scorer;
    private final ClaimParts parts = new ClaimParts();
    private final AttributionPatterns patterns;

    public ClaimFinder() {
        this(CueLexicon.standard());
    }

    public ClaimFinder(CueLexicon lexicon) {
        this(lexicon, CueScorer.standard());
    }

    ClaimFinder(CueLexicon lexicon, CueScorer scorer) {
        this.lexicon = Objects.requireNonNull(lexicon, "The parameter 'lexicon' must not be null.");
        this.scorer = Objects.requireNonNull(scorer, "The parameter 'scorer' must not be null.");
        this.patterns = new AttributionPatterns(lexicon);
    }

    /**
     * The claims of one annotated document.
     *
     * @param document   annotated with at least tokenize, ssplit, pos, lemma and depparse
     * @param text       the text the document was annotated from
     * @param codePoints the code point converter of {@code text}
     * @param lookup     which entity a token belongs to (for speakers and what the content is about)
     */
    public List<Claim> find(CoreDocument document, String text, CodePoints codePoints, EntityLookup lookup) {
        Objects.requireNonNull(document, "The parameter 'document' must not be null.");
        Objects.requireNonNull(codePoints, "The parameter 'codePoints' must not be null.");
        Objects.requireNonNull(lookup, "The parameter 'lookup' must not be null.");
        List<CoreMap> sentences = document.annotation().get(CoreAnnotations.SentencesAnnotation.class);
        List<Claim> claims = new ArrayList<>();
        if (sentences == null)
            return claims;
        boolean quoted = false;
        int previousEnd = 0;
        List<Span> previousQuote = List.of();
        int continued = -1;
        boolean turn = false;
        RunOnQuotes runOn = new RunOnQuotes();
        for (int s = 0; s < sentences.size(); s++) {
            CoreMap sentence = sentences.get(s);
            var basic = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (basic == null)
                continue;
            AttributionTree tree = new AttributionTree(sentence.get(CoreAnnotations.TokensAnnotation.class), basic,
                    sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), codePoints);
            if (tree.size() == 0)
                continue;
            // a quote never runs on past its paragraph; within one, double quote marks alternate open and close
            int begin = tree.token(0).beginPosition();
            boolean paragraphStart = s == 0;
            if (text != null && begin > previousEnd && begin <= text.length() && text.substring(previousEnd, begin).contains("\n")) {
                // "“A.¶“B,” she said.": a quote left open runs on where the next paragraph opens with a quote mark
                if (!runOn.paragraph(tree, quoted))
                    continued = -1;
                quoted = false;
                previousQuote = List.of();
                paragraphStart = true;
            }
            if (paragraphStart)
                turn = CueFeatures.Paragraph.isTurn(tree);
            // "\"PENCE: Well, look, ...": a transcript quoted paragraph by paragraph; the speaker's label is the article's
            int turnColon = paragraphStart ? CuePatterns.quotedTurn(tree) : -1;
            CueFeatures.Paragraph paragraph = new CueFeatures.Paragraph(paragraphStart, turn, quoted, !previousQuote.isEmpty());
            previousEnd = tree.token(tree.size() - 1).endPosition();
            boolean startedQuoted = quoted;
            SentenceQuotes sq = SentenceQuotes.of(tree, quoted);
            BitSet inQuote = sq.inQuote();
            List<int[]> quotes = sq.quotes();
            quoted = sq.open();
            tree.setQuotes(quotes);
            int before = claims.size();
            List<CueCandidate> candidates = new ArrayList<>();
            for (int i = 0; i < tree.size(); i++) {
                // attributions inside a quote are the quoted speaker's own words, not the article's (on PolNeAR train,
                // 19 of 5,253 rule matches inside quotes are gold cues)
                if (inQuote.get(i) && i != turnColon)
                    continue;
                try {
                    int cue = i;
                    Optional<CueCandidate> found = find(tree, i, previousQuote);
                    if (found.isEmpty())
                        found = patterns.find(tree, i, text).map(f -> new CueCandidate(cue, f.parts(), f.act(), f.lemma(), "pattern"));
                    // "called the police", "answered the door": a summons or a plain use, whichever rule found it; "on a
                    // conference call that Y": a venue
                    found.filter(c -> !PlainUses.summons(tree, cue, c.parts().content()) && !HungClauses.venueOfVerbCue(tree, cue)
                            && !(tree.tag(cue).startsWith("VB") && PlainUses.saysNothing(tree, cue))).ifPresent(candidates::add);
                } catch (RuntimeException e) {
                    // an odd parse costs one cue, not the article's claims
                    LOG.debug("No claim from token {} of sentence {}: {}", i, s, e.toString());
                }
            }
            // a cue inside another cue's content is mostly part of what that one reports, not an attribution of its own
            BitSet accepted = scorer.accepted(tree, s, candidates, paragraph);
            // the labels are read once the cues are chosen ("asked the court to": a request)
            for (CueCandidate c : ChainedCues.join(tree, candidates, accepted).stream().map(c -> ClaimLabels.relabel(tree, c, lexicon)).toList())
                claims.add(claim(tree, s, c, lookup));
            previousQuote = sq.ending(tree);
            // "“A,” she said. “B.”": a sentence of nothing but quotation continues the direct claim before it
            if (claims.size() > before)
                continued = claims.get(claims.size() - 1).direct() ? claims.size() - 1 : -1;
            else if (continued >= 0 && sq.allQuoted(tree))
                claims.set(continued, continuedBy(claims.get(continued), tree, s, quotes, lookup));
            else
                continued = -1;
            runOn.sentence(tree, sq, startedQuoted, claims, before);
        }
        claims.addAll(DashBylines.find(sentences, text, codePoints, lookup));
        return claims;
    }



    private Optional<CueCandidate> find(AttributionTree tree, int i, List<Span> previousQuote) {
        String tag = tree.tag(i);
        Optional<ClaimParts.Parts> found;
        SpeechAct act;
        String cueLemma;
        String origin;
        if (CuePatterns.startsAccordingTo(tree, i)) {
            found = CuePatterns.accordingTo(tree, i);
            act = SpeechAct.REPORT;
            cueLemma = "according to";
            origin = "according";
        } else if (tree.token(i).word().equalsIgnoreCase("in")) {
            found = CuePatterns.inPoll(tree, i);
            act = SpeechAct.REPORT;
            cueLemma = "in";
            origin = "poll";
        } else if (i > 0 && i <= HEADLINE_SPEAKER_MAX && tree.token(i).word().equals(":")) {
            found = CuePatterns.headline(tree, i);
            act = SpeechAct.STATEMENT;
            cueLemma = ":";
            origin = "headline";
        } else if (tag.startsWith("VB")) {
            if (PlainUses.saysNothing(tree, i))
                return Optional.empty();
            Optional<SpeechAct> a = lexicon.act(tree.lemma(i), CueLexicon.Kind.VERB);
            origin = a.isPresent() ? "verb" : "stance";
            if (a.isEmpty())
                a = StancePhrases.act(tree, i);
            if (a.isEmpty())
                return participleAdjective(tree, i);
            found = parts.ofVerb(tree, i, a.get(), previousQuote);
            if (found.isEmpty()) {
                found = PredicateCues.ofVerb(tree, i);
                origin = "verb-predicate";
            }
            act = a.get();
            cueLemma = tree.lemma(i);
        } else if (tag.startsWith("NN")) {
            Optional<SpeechAct> a = lexicon.act(tree.lemma(i), CueLexicon.Kind.NOUN);
            if (a.isEmpty())
                return Optional.empty();
            found = parts.ofNoun(tree, i);
            origin = "noun";
            if (found.isEmpty()) {
                found = PredicateCues.ofNoun(tree, i);
                origin = "noun-predicate";
            }
            act = a.get();
            cueLemma = tree.lemma(i);
        } else if (tag.startsWith("JJ")) {
            Optional<SpeechAct> a = lexicon.act(tree.lemma(i), CueLexicon.Kind.ADJECTIVE);
            if (a.isEmpty())
                return Optional.empty();
            found = PredicateCues.ofAdjective(tree, i);
            origin = "adjective";
            act = a.get();
            cueLemma = tree.lemma(i);
        } else {
            return Optional.empty();
        }
        String rule = origin;
        return found.map(p -> new CueCandidate(i, ClaimParts.withoutAdverbSpeaker(tree, p), act, cueLemma, rule));
    }

    /** "Protesters were frustrated that Y": an adjective of the lexicon that the tagger took for a participle. */
    private Optional<CueCandidate> participleAdjective(AttributionTree tree, int i) {
        // a participle that is an adjective stands after "be" (or "seem", "feel") and takes no object: not "has convinced voters"
        if (!tree.tag(i).equals("VBN") || !tree.children(i, "obj").isEmpty()
                || tree.children(i, "aux:pass").isEmpty() && tree.children(i, "cop").isEmpty()
                && !(tree.head(i) >= 0 && tree.relation(i).equals("xcomp")))
            return Optional.empty();
        String word = tree.token(i).word().toLowerCase(java.util.Locale.ROOT);
        return lexicon.act(word, CueLexicon.Kind.ADJECTIVE).flatMap(act -> PredicateCues.ofAdjective(tree, i)
                .map(p -> new CueCandidate(i, p, act, word, "adjective")));
    }

    private static Claim claim(AttributionTree tree, int sentence, CueCandidate c, EntityLookup lookup) {
        ClaimParts.Parts p = c.parts();
        Optional<Span> speaker = SpeakerNames.span(tree, p);
        Optional<String> speakerId = SpeakerEntities.of(tree, sentence, p.speakerHead(), lookup);
        List<Span> content = new ArrayList<>(p.earlierContent());
        // what the speaker is, is never what they said ("…, said Hartley." parsed with the name as the cue's complement)
        BitSet said = (BitSet) p.content().clone();
        said.andNot(p.speaker());
        if (said.isEmpty())
            said = p.content();
        content.addAll(tree.spans(said));
        // what it is about: the content's entities, and whom an accusing or praising cue aims at outside it
        BitSet aboutTokens = (BitSet) said.clone();
        AboutEntities.targets(tree, c.cue(), c.act(), said, p.speaker()).forEach(aboutTokens::set);
        Set<String> about = new LinkedHashSet<>();
        for (int t = aboutTokens.nextSetBit(0); t >= 0; t = aboutTokens.nextSetBit(t + 1))
            lookup.entityAt(sentence, t).ifPresent(about::add);
        speakerId.ifPresent(about::remove);
        // the claim is direct where all it says is quoted (the cue model weighs the rules' own reading, p.direct())
        boolean direct = said.isEmpty() ? p.direct() : SentenceQuotes.quotesAll(tree, said);
        return new Claim(speaker, speakerId, Optional.of(tree.hull(p.cue())), c.lemma(), c.act(), content, direct,
                p.negated(), p.hedged(), sentence, new ArrayList<>(about));
    }

    private static Claim continuedBy(Claim c, AttributionTree tree, int sentence, List<int[]> quotes, EntityLookup lookup) {
        List<Span> content = new ArrayList<>(c.content());
        Set<String> about = new LinkedHashSet<>(c.aboutIds());
        for (int[] q : quotes) {
            content.add(tree.span(q[0], q[1]));
            for (int k = q[0]; k <= q[1]; k++)
                lookup.entityAt(sentence, k).ifPresent(about::add);
        }
        c.speakerEntityId().ifPresent(about::remove);
        return new Claim(c.speaker(), c.speakerEntityId(), c.cue(), c.cueLemma(), c.act(), content, c.direct(),
                c.negated(), c.hedged(), c.sentence(), new ArrayList<>(about));
    }
}
