package org.newsgraph.extract.corenlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Span;

/**
 * Joins the claims of the quote annotator with those of reported-speech finding, so that a quote found by
 * both is one claim: the reported one (it knows more: cue, speech act, negation, hedging), kept direct,
 * with the quote's speaker where it has none and the quote's content (the whole quote, inside its marks)
 * for each part of the reported content that lies within a quote; every other quote the reported claim covers joins its content
 * and what it is about. A quote of a few words inside reported speech ("called the plan “a fantasy on rails”") does
 * not make the claim direct: only one whose content is the quote, or was direct already, is.
 * Quotes with no speaker that reported-speech finding did not take up are dropped (on PolNeAR train they were
 * mostly false attributions), and one whose cue is already a claim's cue joins that claim's content instead of
 * becoming a second claim on the same cue ("“A,” she said. “B.”" is one attribution), as does one without a cue whose
 * speaker is already a claim's speaker mention.
 */
final class ClaimMerger {
    private ClaimMerger() {
    }

    public static List<Claim> mergeClaims(List<Claim> quotes, List<Claim> reported) {
        List<Claim> merged = new ArrayList<>();
        List<Claim> unmatched = new ArrayList<>(quotes);
        for (Claim r : reported) {
            // every quote the reported claim covers is part of it ("“A,” she said. “B.”" is one claim, not two)
            List<Claim> covered = unmatched.stream().filter(q -> overlaps(q.content(), r.content())).toList();
            if (covered.isEmpty()) {
                merged.add(r);
                continue;
            }
            unmatched.removeAll(covered);
            Claim quote = covered.get(0);
            // each reported part inside a quote becomes the whole quote
            List<Span> content = new ArrayList<>();
            boolean same = true;
            for (Span part : r.content()) {
                Optional<Span> whole = covered.stream().map(Claim::content).filter(q -> sameQuote(List.of(part), q))
                        .map(q -> q.get(0)).findFirst();
                same &= whole.isPresent();
                addNew(content, List.of(whole.orElse(part)));
            }
            Set<String> about = new LinkedHashSet<>(r.aboutIds());
            for (Claim q : covered) {
                addNew(content, q.content());
                about.addAll(q.aboutIds());
            }
            boolean takeSpeaker = r.speaker().isEmpty() && r.speakerEntityId().isEmpty();
            // "The Social Democrats said Reis was “living in a fantasy.”": the quote annotator's speaker inside the reported
            // content is whom the claim talks of, not who says it
            boolean quotesItsSubject = quote.speaker().filter(s -> r.content().stream().anyMatch(part -> part.contains(s)))
                    .isPresent();
            // a quote that is only part of what is reported ("called the plan “a fantasy on rails”") leaves it indirect
            merged.add(new Claim(takeSpeaker ? quote.speaker() : r.speaker(),
                    r.speakerEntityId().isPresent() || quotesItsSubject ? r.speakerEntityId() : quote.speakerEntityId(),
                    r.cue().isPresent() ? r.cue() : quote.cue(), r.cue().isPresent() ? r.cueLemma() : quote.cueLemma(),
                    r.act(), content, r.direct() || same, r.negated(), r.hedged(), r.sentence(),
                    new ArrayList<>(about)));
        }
        // a quote that reported-speech finding did not attribute stays a claim only where the quote
        // annotator found who said it: an unattributed quote is mostly a title, a scare quote or a slogan;
        // one whose cue is already a claim's cue is more of that claim's content, not a claim of its own
        for (Claim q : unmatched) {
            if (q.speaker().isEmpty() && q.speakerEntityId().isEmpty())
                continue;
            int same = q.cue().isEmpty() ? -1 : indexOfCue(merged, q.cue().get());
            if (q.cue().isEmpty() && q.speaker().isPresent())
                same = indexOfSpeaker(merged, q);
            if (same < 0) {
                merged.add(q);
                continue;
            }
            Claim c = merged.get(same);
            List<Span> content = new ArrayList<>(c.content());
            addNew(content, q.content());
            merged.set(same, new Claim(c.speaker(), c.speakerEntityId(), c.cue(), c.cueLemma(), c.act(), content, c.direct(),
                    c.negated(), c.hedged(), c.sentence(), c.aboutIds()));
        }
        merged.sort(Comparator.comparing((Claim c) -> c.content().get(0)));
        return merged;
    }

    /** Adds the spans of {@code more} that overlap none of {@code content}, keeping text order. */
    private static void addNew(List<Span> content, List<Span> more) {
        for (Span s : more)
            if (content.stream().noneMatch(s::overlaps))
                content.add(s);
        content.sort(Comparator.comparingInt(Span::begin));
    }

    /**
     * The claim whose speaker mention is the quote's, unless their entities differ, or -1 ("“A.” / “B,” said Caddell,
     * speaking of …": the quote annotator's speaker of A is the mention of the claim that B opens).
     */
    private static int indexOfSpeaker(List<Claim> claims, Claim quote) {
        Span speaker = quote.speaker().orElseThrow();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            boolean otherEntity = c.speakerEntityId().isPresent() && quote.speakerEntityId().isPresent()
                    && !c.speakerEntityId().equals(quote.speakerEntityId());
            // the same mention: the same first or last word ("Caddell" in "Caddell, speaking of …"), not a name
            // inside another mention ("White House" in "a White House official")
            if (!otherEntity && c.speaker().filter(s -> s.begin() == speaker.begin() || s.end() == speaker.end()).isPresent())
                return i;
        }
        return -1;
    }

    private static int indexOfCue(List<Claim> claims, Span cue) {
        for (int i = 0; i < claims.size(); i++)
            if (claims.get(i).cue().filter(cue::overlaps).isPresent())
                return i;
        return -1;
    }

    /**
     * True when the reported content lies within the quote, give or take its quote marks and a comma (the
     * same quote, or the part of a longer quote that the cue's sentence holds): the claim then keeps the
     * quote annotator's content, the whole quote inside its marks.
     */
    private static boolean sameQuote(List<Span> reported, List<Span> quote) {
        if (quote.size() != 1)
            return false;
        Span q = quote.get(0);
        return reported.stream().allMatch(r -> r.begin() >= q.begin() - MARKS && r.end() <= q.end() + MARKS);
    }

    /** Quote marks and a trailing comma: what a reported quote's content may have beyond the quote's. */
    private static final int MARKS = 3;

    private static boolean overlaps(List<Span> a, List<Span> b) {
        for (Span x : a)
            for (Span y : b)
                if (x.overlaps(y))
                    return true;
        return false;
    }
}
