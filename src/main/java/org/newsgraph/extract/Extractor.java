package org.newsgraph.extract;

import org.newsgraph.source.Article;

/** Turns an article into our own fact records. Implementations must be safe to call from many threads. */
public interface Extractor {
    Extraction extract(Article article);

    /** The profile this extractor runs. */
    Profile profile();
}
