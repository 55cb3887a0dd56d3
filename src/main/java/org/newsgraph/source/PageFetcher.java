package org.newsgraph.source;

/** Fetches an http(s) URL; throws {@link org.newsgraph.error.BadInputException} when it cannot. */
@FunctionalInterface
public interface PageFetcher {
    FetchedPage fetch(String url);
}
