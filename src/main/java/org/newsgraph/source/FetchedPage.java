package org.newsgraph.source;

import java.util.Objects;
import java.util.Optional;

/**
 * The bytes of a page fetched over HTTP(S).
 *
 * @param url         the URL after redirects
 * @param bytes       the body, within the size cap
 * @param contentType the Content-Type header, where sent
 */
public record FetchedPage(String url, byte[] bytes, Optional<String> contentType) {
    public FetchedPage {
        Objects.requireNonNull(url, "The parameter 'url' must not be null.");
        Objects.requireNonNull(bytes, "The parameter 'bytes' must not be null.");
        Objects.requireNonNull(contentType, "The parameter 'contentType' must not be null.");
    }
}
