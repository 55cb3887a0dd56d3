package org.newsgraph.resolve;

import org.newsgraph.extract.Extraction;
import org.newsgraph.source.Article;

/** Decides the global identity of every entity in an extraction. */
public interface Resolver {
    Resolution resolve(Article article, Extraction extraction);
}
