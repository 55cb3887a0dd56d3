package org.newsgraph.source;

import org.newsgraph.source.html.FetchedPage;

/** Fetches an http(s) URL; throws {@link org.newsgraph.error.BadInputException} when it cannot. */
@FunctionalInterface
public interface PageFetcher {
    FetchedPage fetch(String url);
}
