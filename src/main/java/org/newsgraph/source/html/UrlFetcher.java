package org.newsgraph.source.html;

import org.newsgraph.error.BadInputException;

/** PLACEHOLDER (to be replaced by the html package's real fetcher; same public API). */
public final class UrlFetcher {
    public static UrlFetcher create() {
        return new UrlFetcher();
    }

    public FetchedPage fetch(String url) {
        throw new BadInputException(url, "fetching URLs is not available in this build; give a file or - for stdin");
    }
}
