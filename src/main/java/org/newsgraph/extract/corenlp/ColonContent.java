package org.newsgraph.extract.corenlp;

import org.newsgraph.extract.Span;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A verb cue that ends its line with a colon, its words in the following paragraph: "In a 1963 speech, he
 * declared:" / "Dr. Ward stated:" / "Fox News reports:", then the quoted or block-quoted text on the next line.
 * The content is that next paragraph; only the cue's own phrase (speaker, "in a statement", "reporters") may stand
 * between the cue and the colon.
 */
final class ColonContent {
    /** The shortest paragraph taken for what was said, in characters. */
    private static final int MIN_CHARS = 12;

    private ColonContent() {
    }

    /**
     * The parts of the verb cue at {@code cue} whose sentence ends in a colon at the end of its line.
     *
     * @param text the document text the tree's character offsets count into
     */
    static Optional<ClaimParts.Parts> find(AttributionTree t, int cue, String text) {
        int colon = t.size() - 1;
        if (text == null || colon <= cue || !t.token(colon).word().equals(":") || !ownPhraseUpTo(t, cue, colon))
            return Optional.empty();
        int end = t.token(colon).endPosition();
        if (end > text.length())
            return Optional.empty();
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0 || !text.substring(end, lineEnd).isBlank())
            return Optional.empty();
        int begin = lineEnd;
        while (begin < text.length() && Character.isWhitespace(text.charAt(begin)))
            begin++;
        int stop = text.indexOf('\n', begin);
        if (stop < 0)
            stop = text.length();
        while (stop > begin && Character.isWhitespace(text.charAt(stop - 1)))
            stop--;
        if (stop - begin < MIN_CHARS)
            return Optional.empty();
        int speakerHead = ClaimSpeakers.speakerOfVerb(t, cue);
        if (speakerHead < 0)
            return Optional.empty();
        BitSet block = new BitSet();
        block.set(cue);
        BitSet speaker = t.trim(t.phrase(speakerHead, block));
        for (int c : t.children(speakerHead, "case"))
            speaker.clear(c);
        if (speaker.isEmpty())
            return Optional.empty();
        List<Span> content = List.of(t.charSpan(begin, stop));
        boolean direct = text.codePointAt(begin) == '"' || text.charAt(begin) == '\u201c';
        return Optional.of(new ClaimParts.Parts(speaker, speakerHead, ClaimParts.cueTokens(t, cue), new BitSet(), content,
                direct, ClaimParts.negated(t, cue), ClaimParts.hedged(t, cue)));
    }

    /** True when every token between the cue and the colon hangs (directly or not) from the cue. */
    private static boolean ownPhraseUpTo(AttributionTree t, int cue, int colon) {
        BitSet own = t.phrase(cue);
        for (int k = cue + 1; k < colon; k++)
            if (!own.get(k))
                return false;
        return true;
    }
}
