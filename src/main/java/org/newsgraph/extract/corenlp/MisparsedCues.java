package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.Optional;

/**
 * Verb cues the parse took for another part of speech, tried by {@link ReattachedCues} where the other rules found
 * nothing:
 * <ul>
 * <li>a participle opening a clause taken for an adjective of its object: "X said, echoing comments by Y", "by
 * slamming candidates who Y";</li>
 * <li>a cue taken for the subject of its own infinitive: "analysts who claim to find Y";</li>
 * <li>and the speaker of a cue right after "who": the noun "who" stands for ("18% who say they Y").</li>
 * </ul>
 */
final class MisparsedCues {
    private MisparsedCues() {
    }

    /**
     * ", echoing comments by Y", "by slamming candidates who Y": a participle after a comma, a preposition or an
     * adverb that the parse made an adjective of the noun after it; that noun's phrase is the content and the speaker
     * is the subject of the nearest verb above it.
     */
    static Optional<ClaimParts.Parts> participleTakenForAdjective(AttributionTree t, int cue) {
        int noun = t.head(cue);
        if (!t.tag(cue).equals("VBG") || !t.relation(cue).equals("amod") || noun <= cue || cue == 0)
            return Optional.empty();
        String before = t.tag(cue - 1);
        if (!(before.equals(",") || before.equals("IN") || before.startsWith("RB")))
            return Optional.empty();
        for (int c : t.children(noun))
            if (c < cue && !t.relation(c).equals("case") && !t.relation(c).equals("punct"))
                return Optional.empty();
        BitSet block = new BitSet();
        block.set(cue);
        BitSet content = t.trim(t.phrase(noun, block));
        content.clear(0, cue + 1);
        if (content.isEmpty())
            return Optional.empty();
        int verb = t.head(noun);
        while (verb >= 0 && !t.tag(verb).startsWith("VB"))
            verb = t.head(verb);
        int speaker = verb < 0 ? -1 : ClaimSpeakers.speakerOfVerb(t, verb);
        ClaimParts.Parts p = ReattachedCues.parts(t, cue, speaker, content);
        BitSet cueTokens = p.cue();
        for (int k = cue - 1; k >= 0 && t.tag(k).startsWith("RB") && t.head(k) == cue; k--)
            cueTokens.set(k);
        return Optional.of(p);
    }

    /**
     * "analysts who claim to find Y", "Lewandowski continued to assert Y" parsed with the cue as the subject of the
     * infinitive after it: that infinitive is the content, and the speaker the noun "who" stands for or the other
     * subject of the infinitive.
     */
    static Optional<ClaimParts.Parts> cueTakenForSubject(AttributionTree t, int cue) {
        int gov = t.head(cue);
        if (!t.relation(cue).equals("nsubj") || gov <= cue || cue + 1 >= t.size() || !t.lemma(cue + 1).equals("to")
                || t.head(cue + 1) != gov || !t.relation(cue + 1).equals("mark"))
            return Optional.empty();
        int speaker = relativeAntecedent(t, cue);
        int relative = speaker < 0 ? -1 : cue - 1;
        for (int s : t.children(gov, "nsubj"))
            if (s < cue && speaker < 0)
                speaker = s;
        if (speaker < 0)
            return Optional.empty();
        Optional<ClaimParts.Parts> p = ReattachedCues.phraseAfter(t, gov, cue, speaker);
        if (p.isPresent() && relative >= 0)
            keepAntecedent(t, p.get(), speaker, relative);
        return p;
    }

    /**
     * "18% who say they Y" parsed with the cue as a subject or an auxiliary: right after "who" or "that", the cue's
     * speaker is the noun that pronoun stands for (what its relative clause modifies, else the nearest noun, number or
     * quantifier before it); -1 otherwise.
     */
    static int relativeAntecedent(AttributionTree t, int cue) {
        int who = cue - 1;
        while (who > 0 && t.tag(who).startsWith("RB"))
            who--;
        if (who < 1 || !(t.tag(who).equals("WP") || t.tag(who).equals("WDT")))
            return -1;
        int clause = t.head(who);
        if (clause >= 0 && t.relation(clause).equals("acl:relcl") && t.head(clause) >= 0 && t.head(clause) < who)
            return t.head(clause);
        for (int k = who - 1; k >= 0 && k >= who - 3; k--)
            if (t.tag(k).startsWith("NN") || t.tag(k).equals("CD") || t.tag(k).equals("PRP") || t.tag(k).equals("JJ"))
                return k;
        return -1;
    }

    /** "including a few who say Y": the speaker is the antecedent and its "who", without its preposition or clause. */
    static void keepAntecedent(AttributionTree t, ClaimParts.Parts p, int antecedent, int who) {
        p.speaker().clear(who + 1, t.size());
        for (int c : t.children(antecedent, "case"))
            p.speaker().clear(c);
    }
}
