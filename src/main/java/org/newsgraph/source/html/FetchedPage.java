package org.newsgraph.source.html;

import java.util.Objects;
import java.util.Optional;

/**
 * A page as {@link UrlFetcher} received it.
 *
 * @param requestedUrl the URL as given
 * @param finalUrl     the URL the page came from after redirects
 * @param body         the raw bytes of the page
 * @param contentType  the {@code Content-Type} header, where the server sent one
 */
public record FetchedPage(String requestedUrl, String finalUrl, byte[] body, Optional<String> contentType) {
    public FetchedPage {
        Objects.requireNonNull(requestedUrl, "The parameter 'requestedUrl' must not be null.");
        Objects.requireNonNull(finalUrl, "The parameter 'finalUrl' must not be null.");
        body = Objects.requireNonNull(body, "The parameter 'body' must not be null.").clone();
        Objects.requireNonNull(contentType, "The parameter 'contentType' must not be null.");
    }

    /** A copy of the page's bytes. */
    @Override
    public byte[] body() {
        return body.clone();
    }
}
