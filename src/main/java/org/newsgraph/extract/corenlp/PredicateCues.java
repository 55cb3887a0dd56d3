package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.Optional;
import java.util.Set;

/**
 * Cues whose content is a prepositional phrase or an adverbial clause rather than a clause or object: a lexicon verb
 * with nothing else after it ("railed against the trade deal", "admitted to defrauding investors", "explained why
 * Y") and a stance adjective ("critical of the plan", "confident that Y", "eager to debate"). The rules find them
 * loosely; the cue model ({@link CueScorer}) weighs each one by its lemma and context.
 */
final class PredicateCues {
    /** Prepositions that never introduce what is said ("in the morning", "at the rally", "by phone", "during the debate"). */
    private static final Set<String> PLACE_OR_MEANS = Set.of("in", "at", "during", "after", "before", "since", "by",
            "from", "via", "inside", "outside", "near", "within", "while", "until", "amid", "despite");
    /** Relations of an adjective's complement that carry what the adjective is about. */
    private static final Set<String> ADJECTIVE_CLAUSES = Set.of("ccomp", "xcomp", "advcl");

    private PredicateCues() {
    }

    /**
     * A lexicon verb that governs no clause or object: its first oblique or adverbial clause after it that is not a
     * time, a place or a means is the content ("railed against X", "responded by standing ...", "explained why Y").
     */
    static Optional<ClaimParts.Parts> ofVerb(AttributionTree t, int cue) {
        BitSet block = new BitSet();
        block.set(cue);
        BitSet content = hungFrom(t, cue);
        for (int c : t.children(cue)) {
            if (!content.isEmpty())
                break;
            String rel = t.relation(c);
            if (c < cue || CuePatterns.temporal(t, c) || !(rel.startsWith("obl") || rel.equals("advcl")))
                continue;
            String marker = marker(t, c);
            if (PLACE_OR_MEANS.contains(marker) && !(marker.equals("by") && t.tag(c).equals("VBG")))
                continue;
            content = rel.startsWith("obl") ? t.phraseWithoutCase(c, block) : t.phrase(c, block);
            break;
        }
        content = t.trim(content);
        if (content.isEmpty())
            return Optional.empty();
        int speakerHead = ClaimSpeakers.speakerOfVerb(t, cue);
        return Optional.of(parts(t, cue, ClaimParts.cueTokens(t, cue), speakerHead, content, block));
    }

    /** Relations under which the parse hangs "X said" from the clause it reports ("X says/parataxis he will run"). */
    private static final Set<String> HUNG = Set.of("parataxis", "aux", "csubj", "dep");

    /**
     * "Nine in ten voters say she could win" parsed with the reported clause as the head and the cue beneath it: the
     * words of that clause after the cue, when a subject stands right before the cue and no comma sets it off.
     */
    private static BitSet hungFrom(AttributionTree t, int cue) {
        BitSet content = new BitSet();
        int gov = t.head(cue);
        boolean subject = !t.children(cue, "nsubj").isEmpty()
                || cue > 0 && t.relation(cue - 1).startsWith("nsubj") && (t.tag(cue - 1).startsWith("NN") || t.tag(cue - 1).equals("PRP"));
        if (gov <= cue || !HUNG.contains(t.relation(cue).split(":")[0]) || !subject
                || cue + 1 < t.size() && (t.tag(cue + 1).equals(",") || t.tag(cue + 1).equals(".")))
            return content;
        BitSet own = t.phrase(cue);
        BitSet clause = t.phrase(gov, own);
        for (int k = clause.nextSetBit(cue + 1); k >= 0; k = clause.nextSetBit(k + 1))
            if (!own.get(k))
                content.set(k);
        return content;
    }

    /**
     * A stance adjective with a clause ("confident that Y", "eager to Z") or a prepositional object ("critical of X",
     * "worried about X"); its speaker is its subject ("X is critical of Y", "X seemed confident that Y").
     */
    static Optional<ClaimParts.Parts> ofAdjective(AttributionTree t, int cue) {
        BitSet block = new BitSet();
        block.set(cue);
        BitSet content = new BitSet();
        for (int c : t.children(cue)) {
            String rel = t.relation(c);
            if (c < cue || CuePatterns.temporal(t, c))
                continue;
            if (ADJECTIVE_CLAUSES.contains(rel) || (rel.startsWith("obl") || rel.startsWith("nmod"))
                    && !PLACE_OR_MEANS.contains(marker(t, c))) {
                content = ADJECTIVE_CLAUSES.contains(rel) ? t.phrase(c, block) : t.phraseWithoutCase(c, block);
                break;
            }
        }
        content = t.trim(content);
        if (content.isEmpty())
            return Optional.empty();
        int speakerHead = -1;
        for (int c : t.children(cue, "nsubj"))
            speakerHead = c;
        BitSet cueTokens = new BitSet();
        cueTokens.set(cue);
        if (speakerHead < 0 && t.head(cue) >= 0 && t.relation(cue).matches("xcomp|advcl|conj|ccomp")
                && t.tag(t.head(cue)).startsWith("VB")) {
            // "seemed confident that Y", "remains skeptical of X": the subject of the verb it completes
            speakerHead = ClaimSpeakers.speakerOfVerb(t, t.head(cue));
            if (t.relation(cue).equals("xcomp") && t.head(cue) < cue && adverbsBetween(t, t.head(cue), cue))
                cueTokens.set(t.head(cue), cue + 1); // the linking verb is part of the cue, as a copula is
        }
        if (speakerHead < 0)
            speakerHead = setOffHolder(t, cue);
        speakerHead = SpeakerNames.pastDateline(t, speakerHead);
        for (int c : t.children(cue))
            if (c < cue && (t.relation(c).equals("cop") || t.relation(c).equals("advmod") && c == cue - 1))
                cueTokens.set(c, cue + 1);
        return Optional.of(parts(t, cue, cueTokens, speakerHead, content, block));
    }

    /** Whether only adverbs stand between a linking verb and its adjective ("seemed confident", "remains deeply skeptical"). */
    private static boolean adverbsBetween(AttributionTree t, int verb, int adjective) {
        for (int k = verb + 1; k < adjective; k++)
            if (!t.tag(k).startsWith("RB"))
                return false;
        return true;
    }

    /**
     * An adjective set off by a comma: "The senator left the room, angry that Y" (hung from the verb) speaks for the
     * verb's subject, "Republicans, concerned about Y, met ..." for the noun it describes where that noun can hold a
     * view (not "scrapped some events, wary of Y", where the parse hung it from the object); fronted before its comma
     * ("Angry that Y, the farmers left"), it is the clause's subject's; -1 otherwise.
     */
    private static int setOffHolder(AttributionTree t, int cue) {
        int gov = t.head(cue);
        if (cue == 0 && gov > cue && t.tag(gov).startsWith("VB") && t.relation(cue).matches("advmod|advcl|dep")
                && t.phrase(cue).length() < gov && t.tag(t.phrase(cue).length()).equals(","))
            // "Angry that the vote was delayed, the farmers left": fronted, it is the clause's subject's
            return ClaimSpeakers.speakerOfVerb(t, gov);
        if (gov < 0 || gov > cue || cue == 0 || !t.tag(cue - 1).equals(","))
            return -1;
        String rel = t.relation(cue);
        if ((rel.equals("dep") || rel.equals("advmod") && t.tag(cue).startsWith("JJ")) && t.tag(gov).startsWith("VB"))
            // ("Investors sold shares, fearful that Y" parsed with the adjective an adverb of the verb)
            return ClaimSpeakers.speakerOfVerb(t, gov);
        if (rel.equals("amod") && (t.tag(gov).startsWith("NN") || t.tag(gov).equals("PRP"))
                && (ParticipleHolders.animate(t, gov, t.lemma(gov).toLowerCase(java.util.Locale.ROOT))
                        || t.tag(gov).equals("PRP") && !t.lemma(gov).equalsIgnoreCase("it")))
            // and "They, worried that Y, wrote ...": a personal pronoun holds views
            return gov;
        if (rel.equals("amod") && t.relation(gov).equals("obj") && t.tag(t.head(gov)).startsWith("VB") && gov + 1 == cue - 1)
            // "The bank cut rates, confident that Y": hung from a thing the verb acts on, it is the verb's subject's
            return ClaimSpeakers.speakerOfVerb(t, t.head(gov));
        return -1;
    }

    /** Prepositions that open what a noun cue is about when "of", "for", "about", "on" and "against" do not. */
    private static final Set<String> NOUN_TOPICS = Set.of("to", "over", "toward", "towards", "regarding", "at", "with");

    /**
     * A lexicon noun whose content is neither a clause nor an "of" phrase: "opposition to X", "anger over X", and the
     * subject of a copula with a clause ("Another complaint is that Y"). Its speaker is its possessor or the
     * "by"/"from" phrase ("criticism from X"), else none.
     */
    static Optional<ClaimParts.Parts> ofNoun(AttributionTree t, int cue) {
        BitSet block = new BitSet();
        block.set(cue);
        BitSet content = new BitSet();
        for (int c : t.children(cue))
            if (c > cue && (t.relation(c).startsWith("nmod") || t.relation(c).equals("acl")) && NOUN_TOPICS.contains(marker(t, c))) {
                content = t.phraseWithoutCase(c, block);
                break;
            }
        int gov = t.head(cue);
        if (content.isEmpty() && t.relation(cue).equals("nsubj") && gov > cue
                && (t.lemma(gov).equals("be") || !t.children(gov, "cop").isEmpty()))
            for (int c : t.children(gov, "ccomp"))
                content.or(t.phrase(c, block));
        content = t.trim(content);
        if (content.isEmpty())
            return Optional.empty();
        int speakerHead = NounCueSpeakers.holder(t, cue);
        BitSet cueTokens = new BitSet();
        cueTokens.set(cue);
        return Optional.of(parts(t, cue, cueTokens, speakerHead, content, block));
    }

    private static ClaimParts.Parts parts(AttributionTree t, int cue, BitSet cueTokens, int speakerHead, BitSet content, BitSet block) {
        BitSet speaker = speakerHead < 0 ? new BitSet() : t.trim(t.phrase(speakerHead, block));
        speaker.andNot(content);
        if (speakerHead >= 0)
            for (int c : t.children(speakerHead, "case"))
                speaker.clear(c);
        if (speaker.isEmpty())
            speakerHead = -1;
        return new ClaimParts.Parts(speaker, speakerHead, cueTokens, content, ClaimParts.direct(t, content),
                ClaimParts.negated(t, cue), ClaimParts.hedged(t, cue));
    }

    /** The preposition or subordinating word that opens a modifier ("against", "by", "why"), or "". */
    private static String marker(AttributionTree t, int node) {
        for (int c : t.children(node))
            if ((t.relation(c).equals("case") || t.relation(c).equals("mark")) && c < node)
                return t.lemma(c).toLowerCase();
        return "";
    }
}
