package org.newsgraph.extract.corenlp;

import org.newsgraph.error.NewsGraphException;
import org.newsgraph.extract.SpeechAct;

import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adjectives of stance: "X is critical of Y", "X was eager to Y", "X remains skeptical that Y", "X is wary of Y".
 * The subject before the adjective is the speaker, its complement after it (a clause, an infinitive or a
 * prepositional phrase) the content; the cue is the adjective with the copula and auxiliaries before it. The
 * adjectives and their acts come from the documented resource {@code org/newsgraph/extract/stance-adjectives.tsv}.
 */
final class StanceAdjectives {
    static final String RESOURCE = "/org/newsgraph/extract/stance-adjectives.tsv";
    /** Prepositions that introduce what a stance is towards ("critical of", "worried about", "angry at"). */
    private static final Set<String> PREPOSITIONS = Set.of("of", "about", "with", "on", "at", "to", "toward",
            "towards", "over", "that", "whether", "if");
    /** Verbs that link a subject to an adjective as a copula does ("remain skeptical", "seemed eager"). */
    private static final Set<String> LINKING = Set.of("remain", "seem", "appear", "become", "stay", "grow", "sound", "look", "feel");

    private final Map<String, SpeechAct> acts;

    private StanceAdjectives(Map<String, SpeechAct> acts) {
        this.acts = Map.copyOf(acts);
    }

    /** The list shipped with newsgraph. */
    static StanceAdjectives standard() {
        try (InputStream in = StanceAdjectives.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new NewsGraphException("The stance adjective list " + RESOURCE + " is missing from the class path.");
            Map<String, SpeechAct> acts = new HashMap<>();
            for (TabLines.Line line : TabLines.read(in)) {
                if (line.cols().size() != 2)
                    throw new NewsGraphException("Stance adjective line " + line.number() + " must be 'lemma<TAB>act', got '"
                            + line.text() + "'.");
                try {
                    acts.put(line.col(0).trim().toLowerCase(), SpeechAct.valueOf(line.col(1).trim()));
                } catch (IllegalArgumentException e) {
                    throw new NewsGraphException("Stance adjective line " + line.number() + " names an unknown speech act '"
                            + line.col(1) + "'; allowed: " + java.util.Arrays.toString(SpeechAct.values()) + ".", e);
                }
            }
            return new StanceAdjectives(acts);
        } catch (IOException e) {
            throw new NewsGraphException("The stance adjective list " + RESOURCE + " could not be read: " + e.getMessage(), e);
        }
    }

    /** The act of the adjective at {@code i}, if it is a stance adjective. */
    Optional<SpeechAct> act(AttributionTree t, int i) {
        return t.tag(i).startsWith("JJ") ? Optional.ofNullable(acts.get(t.lemma(i))) : Optional.empty();
    }

    /** The parts of the stance adjective at {@code adjective}: its subject before it and its complement after it. */
    static Optional<ClaimParts.Parts> find(AttributionTree t, int adjective) {
        int subject = subjectBefore(t, adjective);
        // "Residents remain skeptical that Y": the subject of the linking verb
        int linking = t.head(adjective);
        boolean linked = subject < 0 && linking >= 0 && linking < adjective && t.relation(adjective).equals("xcomp")
                && LINKING.contains(t.lemma(linking));
        if (linked)
            subject = subjectBefore(t, linking);
        if (subject < 0)
            return Optional.empty();
        BitSet block = new BitSet();
        block.set(adjective);
        BitSet content = new BitSet();
        for (int c : t.children(adjective)) {
            if (c < adjective || !complement(t, c))
                continue;
            BitSet phrase = t.phrase(c, block);
            if (t.relation(c).startsWith("obl"))
                for (int k : t.children(c, "case"))
                    phrase.clear(k);
            content.or(phrase);
            break;
        }
        content = t.trim(content);
        if (content.isEmpty())
            return Optional.empty();
        BitSet speaker = t.trim(t.phrase(subject, block));
        speaker.andNot(content);
        if (speaker.isEmpty())
            return Optional.empty();
        BitSet cue = new BitSet();
        cue.set(adjective);
        int from = adjective;
        while (from > 0 && t.head(from - 1) == adjective && (t.relation(from - 1).equals("cop")
                || t.relation(from - 1).startsWith("aux") || t.relation(from - 1).equals("advmod")))
            from--;
        while (from < adjective && t.relation(from).equals("advmod"))
            from++;
        cue.set(linked ? ClaimParts.cueTokens(t, linking).nextSetBit(0) : from, adjective + 1);
        return Optional.of(new ClaimParts.Parts(speaker, subject, cue, content, ClaimParts.direct(t, content),
                ClaimParts.negated(t, adjective), ClaimParts.hedged(t, adjective)));
    }

    private static int subjectBefore(AttributionTree t, int word) {
        int subject = -1;
        for (int s : t.children(word, "nsubj"))
            if (s < word && !t.relation(s).equals("nsubj:pass"))
                subject = s;
        return subject;
    }

    /** A clause, an infinitive or a prepositional phrase of what the stance is towards. */
    private static boolean complement(AttributionTree t, int c) {
        String rel = t.relation(c);
        if (rel.equals("ccomp") || rel.equals("xcomp"))
            return true;
        if (!rel.startsWith("obl") && !rel.equals("advcl"))
            return false;
        for (int k : t.children(c))
            if ((t.relation(k).equals("case") || t.relation(k).equals("mark")) && PREPOSITIONS.contains(t.lemma(k)))
                return true;
        return false;
    }
}
