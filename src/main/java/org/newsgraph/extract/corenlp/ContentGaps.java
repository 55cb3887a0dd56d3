package org.newsgraph.extract.corenlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Span;

/**
 * Content parts that overlap, or that no word separates (only white space, quote marks, punctuation), made one. A quote
 * is found sentence by sentence ("“The people deserve better. They pay the same taxes.”" as two parts, or without the
 * full stop between them) and paragraph by paragraph ("“… not to.¶“The court will not …”"), but a gap between parts is
 * text left out, written " … " in {@code schema:text}, and no word is left out there.
 */
final class ContentGaps {
    private ContentGaps() {
    }

    static List<Claim> joined(List<Claim> claims, String text) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            List<Span> sorted = new ArrayList<>(c.content());
            sorted.sort(Comparator.naturalOrder());
            List<Span> parts = new ArrayList<>();
            for (Span s : sorted) {
                Span last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
                if (last != null && (s.begin() <= last.end() || nothingLeftOut(new Span(last.end(), s.begin()).of(text))))
                    parts.set(parts.size() - 1, new Span(last.begin(), Math.max(last.end(), s.end())));
                else
                    parts.add(s);
            }
            out.add(parts.size() == c.content().size() ? c : c.withContent(parts));
        }
        return out;
    }

    /** No word: white space, quote marks and punctuation only (a sentence's full stop, the mark that opens a paragraph). */
    private static boolean nothingLeftOut(String gap) {
        return gap.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
