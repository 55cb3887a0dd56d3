package org.newsgraph.source;

import java.util.ArrayList;
import java.util.List;

/**
 * What one input gave: the articles that could be read and the parts that could not (for example
 * collection rows without text), so that good rows go through while bad ones are reported.
 *
 * @param articles the articles read, in input order
 * @param problems the parts of the input that were skipped, in input order
 */
public record ReadResult(List<Article> articles, List<ReadProblem> problems) {
    public ReadResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /** A result of one article and no problems. */
    public static ReadResult of(Article article) {
        return new ReadResult(List.of(article), List.of());
    }

    /** This result followed by another one. */
    public ReadResult plus(ReadResult other) {
        List<Article> a = new ArrayList<>(articles);
        a.addAll(other.articles);
        List<ReadProblem> p = new ArrayList<>(problems);
        p.addAll(other.problems);
        return new ReadResult(a, p);
    }
}
