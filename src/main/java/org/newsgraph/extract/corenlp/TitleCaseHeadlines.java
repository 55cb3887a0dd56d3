package org.newsgraph.extract.corenlp;

import org.newsgraph.extract.SpeechAct;

import java.util.BitSet;
import java.util.Optional;

/**
 * Headlines in title case ("Glenn Beck Blasts Drudge for Mocking His Fast", "Jeb Bush Super PAC Chief Praises
 * Rubio Donor's Campaign"), where the tagger takes the capitalised verb for a noun: a word that is a cue verb in its
 * third person ("Blasts", "Praises", "Says") with the name before it as speaker and the rest of the headline as content.
 */
final class TitleCaseHeadlines {
    /** The share of a sentence's words that must be capitalised for it to be read as a title-case headline. */
    private static final double CAPITALISED = 0.6;
    private static final int MAX_SPEAKER = 8;

    private TitleCaseHeadlines() {
    }

    /** The verb lemma of a capitalised third-person word ("Blasts" blast, "Praises" praise, "Denies" deny), or "". */
    static String verbLemma(String word) {
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0)) || !word.endsWith("s"))
            return "";
        return word.toLowerCase();
    }

    /** The attribution cued by the word at {@code i}, if it is a cue verb in a title-case headline. */
    static Optional<AttributionPatterns.Found> find(AttributionTree t, int i, CueLexicon lexicon) {
        String word = verbLemma(t.token(i).word());
        if (word.isEmpty() || i == 0 || i > MAX_SPEAKER || !titleCase(t) || t.tag(i).startsWith("VB"))
            return Optional.empty();
        String lemma = null;
        Optional<SpeechAct> act = Optional.empty();
        for (String stem : new String[] {word.substring(0, word.length() - 1),
                word.endsWith("es") ? word.substring(0, word.length() - 2) : "",
                word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y" : ""}) {
            if (act.isEmpty() && !stem.isEmpty()) {
                act = lexicon.act(stem, CueLexicon.Kind.VERB);
                lemma = stem;
            }
        }
        // "Leaked Documents Reveal ...", "Both Sides Want ...": a plural noun before the headline's verb
        if (act.isEmpty() || i + 1 < t.size() && (t.tag(i + 1).equals("VB") || t.tag(i + 1).equals("VBP")
                || t.tag(i + 1).equals("MD") || t.tag(i + 1).equals("TO")))
            return Optional.empty();
        for (int k = 0; k < i; k++)
            if (!Character.isUpperCase(t.token(k).word().charAt(0)) && !t.tag(k).equals("POS") && !t.tag(k).equals(","))
                return Optional.empty();
        BitSet speaker = new BitSet();
        speaker.set(0, i);
        speaker = t.trim(speaker);
        BitSet content = new BitSet();
        content.set(i + 1, t.size());
        content = t.trim(content);
        if (speaker.isEmpty() || content.cardinality() < 2)
            return Optional.empty();
        BitSet cue = new BitSet();
        cue.set(i);
        int head = speaker.length() - 1;
        return Optional.of(new AttributionPatterns.Found(new ClaimParts.Parts(speaker, head, cue, content,
                ClaimParts.direct(t, content), false, false), act.get(), lemma));
    }

    /** Most words capitalised, as in a headline written in title case. */
    private static boolean titleCase(AttributionTree t) {
        int words = 0, capitalised = 0;
        for (int k = 0; k < t.size(); k++) {
            String w = t.token(k).word();
            if (w.isEmpty() || !Character.isLetter(w.charAt(0)))
                continue;
            words++;
            if (Character.isUpperCase(w.charAt(0)))
                capitalised++;
        }
        return words >= 4 && capitalised >= CAPITALISED * words;
    }
}
