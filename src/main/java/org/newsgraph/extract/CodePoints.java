package org.newsgraph.extract;

/**
 * Converts UTF-16 char indexes of one text (what Java strings and CoreNLP count) to Unicode code point
 * indexes (what the graph stores). Built once per text; conversion is O(1).
 */
public final class CodePoints {
    private final int[] charToCodePoint;

    public CodePoints(String text) {
        charToCodePoint = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            charToCodePoint[i] = cp;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))))
                cp++;
            else
                charToCodePoint[i] = cp - 1;
        }
        charToCodePoint[text.length()] = cp;
    }

    /** The code point index at UTF-16 index {@code charIndex} (0..length inclusive). */
    public int at(int charIndex) {
        if (charIndex < 0 || charIndex >= charToCodePoint.length)
            throw new IllegalArgumentException("char index must be in 0.." + (charToCodePoint.length - 1) + ", got " + charIndex);
        return charToCodePoint[charIndex];
    }

    /** The span in code points for the UTF-16 range [begin, end). */
    public Span span(int charBegin, int charEnd) {
        return new Span(at(charBegin), at(charEnd));
    }
}
