package org.newsgraph.source.html;

import org.newsgraph.error.BadInputException;
import org.newsgraph.source.FetchedPage;

/** PLACEHOLDER (to be replaced by the html package's real fetcher). */
public final class UrlFetcher {
    public FetchedPage fetch(String url) {
        throw new BadInputException(url, "fetching URLs is not available in this build; give a file or - for stdin");
    }
}
