package org.newsgraph.extract.corenlp;

import org.newsgraph.error.NewsGraphException;
import org.newsgraph.extract.SpeechAct;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attribution cues we recognise and the speech act each one performs, read from the documented resource
 * {@code org/newsgraph/extract/cues.tsv} (lemma, V, N or A, act). Verbs, nouns and adjectives are kept apart: "claim"
 * the verb and "claim" the noun are both cues, "report" the noun is one only with a clause, "critical" the adjective
 * one only with what it is critical of.
 */
public final class CueLexicon {
    /** Where the default lexicon lives on the class path. */
    public static final String RESOURCE = "/org/newsgraph/extract/cues.tsv";

    /** Word class of a cue. */
    public enum Kind { VERB, NOUN, ADJECTIVE }

    private final Map<String, SpeechAct> verbs = new HashMap<>();
    private final Map<String, SpeechAct> nouns = new HashMap<>();
    private final Map<String, SpeechAct> adjectives = new HashMap<>();

    private CueLexicon() {
    }

    /** The lexicon shipped with newsgraph. */
    public static CueLexicon standard() {
        try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new NewsGraphException("The cue lexicon " + RESOURCE + " is missing from the class path.");
            return read(in);
        } catch (IOException e) {
            throw new NewsGraphException("The cue lexicon " + RESOURCE + " could not be read: " + e.getMessage(), e);
        }
    }

    /** Reads a lexicon in the {@code cues.tsv} format: '#' comments, then lemma TAB V|N|A TAB act per line. */
    public static CueLexicon read(InputStream in) throws IOException {
        CueLexicon lexicon = new CueLexicon();
        for (TabLines.Line line : TabLines.read(in)) {
            List<String> cols = line.cols();
            if (cols.size() < 3 || !(cols.get(1).equals("V") || cols.get(1).equals("N") || cols.get(1).equals("A")))
                throw new NewsGraphException("Cue lexicon line " + line.number() + " must be 'lemma<TAB>V|N|A<TAB>act', got '"
                        + line.text() + "'.");
            SpeechAct act;
            try {
                act = SpeechAct.valueOf(cols.get(2).trim());
            } catch (IllegalArgumentException e) {
                throw new NewsGraphException("Cue lexicon line " + line.number() + " names an unknown speech act '" + cols.get(2)
                        + "'; allowed: " + java.util.Arrays.toString(SpeechAct.values()) + ".", e);
            }
            Map<String, SpeechAct> kind = switch (cols.get(1)) {
                case "V" -> lexicon.verbs;
                case "N" -> lexicon.nouns;
                default -> lexicon.adjectives;
            };
            kind.put(cols.get(0).trim().toLowerCase(), act);
        }
        return lexicon;
    }

    /** The act of a cue lemma of the given kind, if it is a cue. */
    public Optional<SpeechAct> act(String lemma, Kind kind) {
        Map<String, SpeechAct> words = switch (kind) {
            case VERB -> verbs;
            case NOUN -> nouns;
            case ADJECTIVE -> adjectives;
        };
        return Optional.ofNullable(words.get(lemma.toLowerCase()));
    }
}
