package org.newsgraph.extract;

/**
 * A half-open range [begin, end) of Unicode code points into an article's text as read.
 * Every mention, cue and content in the graph carries one.
 */
public record Span(int begin, int end) implements Comparable<Span> {
    public Span {
        if (begin < 0 || end < begin)
            throw new IllegalArgumentException("span needs 0 <= begin <= end, got [" + begin + "," + end + ")");
    }

    public int length() {
        return end - begin;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    /** The text this span covers in {@code text} (code point offsets). */
    public String of(String text) {
        int from = text.offsetByCodePoints(0, begin);
        int to = text.offsetByCodePoints(from, end - begin);
        return text.substring(from, to);
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }
}
