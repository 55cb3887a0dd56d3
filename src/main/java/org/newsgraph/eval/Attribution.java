package org.newsgraph.eval;

import java.util.List;

import org.newsgraph.extract.Span;

/**
 * One attribution, gold or predicted: the spans (code points into the article text) of its source, cue
 * and content. A part may be absent (an empty list) or discontinuous (several spans).
 */
public record Attribution(List<Span> source, List<Span> cue, List<Span> content) {
    public Attribution {
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
    }

    /** The characters two span lists share, counting every pair of spans (as the scorer does). */
    static int overlap(List<Span> a, List<Span> b) {
        int shared = 0;
        for (Span x : a)
            for (Span y : b)
                shared += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.begin(), y.begin()));
        return shared;
    }

    /** The characters a span list covers, counted span by span. */
    static int length(List<Span> spans) {
        return spans.stream().mapToInt(Span::length).sum();
    }
}
