package org.newsgraph.source.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.newsgraph.error.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a page over http or https with {@link HttpClient}: an HTML page, or a plain text, CSV or JSON Lines
 * file (which {@code SourceReader} then reads by its content type). Limits, all settable on the builder: 10 s
 * to connect, 30 s to receive the whole page, at most 10 MB ({@link #DEFAULT_MAX_BYTES}) and at most 5
 * redirects. Anything else (another scheme, an unreachable host, a status other than 2xx, another content
 * type, a page over the size cap) is refused with a {@link BadInputException} that names the URL. Built with
 * {@link #builder()}, or {@link #standard()} for the defaults; immutable and thread-safe.
 *
 * <pre>{@code
 * FetchedPage page = UrlFetcher.builder().readTimeout(Duration.ofSeconds(10)).maxBytes(2_000_000).build()
 *         .fetch("https://example.org/news/a.html");
 * }</pre>
 */
public final class UrlFetcher {
    /** The default size cap: 10 MB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** The default {@code User-Agent} header. */
    public static final String DEFAULT_USER_AGENT = "newsgraph/0.1 (+https://github.com/newsgraph)";
    private static final Logger LOG = LoggerFactory.getLogger(UrlFetcher.class);
    /** HTML pages, and the plain text, CSV and JSON Lines files SourceReader reads (no type at all is taken too) */
    private static final Set<String> TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain", "text/csv",
            "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines");
    /** types that say nothing of the content: taken where the URL's path ends like a text, CSV or JSON Lines file */
    private static final Set<String> GENERIC_TYPES = Set.of("application/octet-stream", "binary/octet-stream");
    private static final List<String> FILE_SUFFIXES = List.of(".txt", ".text", ".csv", ".jsonl", ".ndjson");
    private static final String ALLOWED_TYPES = "newsgraph reads text/html, application/xhtml+xml, text/plain, text/csv and "
            + "application/x-ndjson (JSON Lines), or a .txt, .csv or .jsonl URL served as application/octet-stream";

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final long maxBytes;
    private final int maxRedirects;
    private final String userAgent;
    private final HttpClient client;

    private UrlFetcher(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.maxBytes = b.maxBytes;
        this.maxRedirects = b.maxRedirects;
        this.userAgent = b.userAgent;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A fetcher with the default limits. */
    public static UrlFetcher standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Fetches the page at the URL, following up to the redirect limit.
     *
     * @throws BadInputException when the URL is not http(s), cannot be reached, answers other than 2xx,
     *                           is of another content type or is larger than the size cap
     */
    public FetchedPage fetch(String url) {
        Objects.requireNonNull(url, "The parameter 'url' must not be null.");
        URI current = parse(url, url);
        for (int redirects = 0;; redirects++) {
            HttpResponse<byte[]> response = send(url, current);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                if (redirects >= maxRedirects)
                    throw new BadInputException(url, "more than " + maxRedirects + " redirects; newsgraph follows at most "
                            + maxRedirects);
                String location = response.headers().firstValue("Location").get();
                current = parse(url, current.resolve(location.strip()).toString());
                LOG.debug("{} redirects to {}", url, current);
                continue;
            }
            if (status < 200 || status >= 300)
                throw new BadInputException(url, "the server answered HTTP " + status
                        + "; newsgraph needs a URL that answers with a page (2xx)");
            Optional<String> contentType = response.headers().firstValue("Content-Type");
            if (contentType.isPresent() && !readable(contentType.get(), current))
                throw new BadInputException(url, "the page is " + contentType.get().strip()
                        + ", not HTML, plain text, CSV or JSON Lines; " + ALLOWED_TYPES);
            return new FetchedPage(url, current.toString(), response.body(), contentType);
        }
    }

    private static boolean readable(String contentType, URI uri) {
        String type = contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (type.isEmpty() || TYPES.contains(type))
            return true;
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        return GENERIC_TYPES.contains(type) && FILE_SUFFIXES.stream().anyMatch(path::endsWith);
    }

    /** The URL as a URI with an http(s) scheme and a host (whether a text is a URL at all is SourceReader's call). */
    private static URI parse(String given, String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new BadInputException(given, "not a valid URL (" + e.getReason() + "); only http and https URLs are allowed",
                    e);
        }
        if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https")))
            throw new BadInputException(given, "only http and https URLs are allowed");
        if (uri.getHost() == null)
            throw new BadInputException(given, "the URL has no host; only http and https URLs are allowed");
        return uri;
    }

    private HttpResponse<byte[]> send(String given, URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(readTimeout).header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,text/csv;q=0.8,application/x-ndjson;q=0.8,*/*;q=0.5").GET().build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request,
                info -> info.statusCode() >= 200 && info.statusCode() < 300
                        ? new CappedSubscriber(maxBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1))
                        : HttpResponse.BodySubscribers.replacing(new byte[0]));
        try {
            return future.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new BadInputException(given, "no complete answer within " + readTimeout.toSeconds()
                    + " s; newsgraph needs a URL that answers in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException(given, "interrupted while fetching the page", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLargeException)
                throw new BadInputException(given, "the page is larger than " + maxBytes
                        + " bytes, the most newsgraph reads from a URL", cause);
            if (cause instanceof HttpTimeoutException)
                throw new BadInputException(given, "no answer within the time limit; newsgraph needs a URL that answers"
                        + " in time", cause);
            throw new BadInputException(given, "could not be reached (" + describe(cause)
                    + "); check the URL and the network", cause);
        }
    }

    private static String describe(Throwable cause) {
        String name = cause.getClass().getSimpleName();
        return cause.getMessage() == null ? name : name + ": " + cause.getMessage();
    }

    /** A page larger than the cap. */
    private static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("page larger than the size cap");
        }
    }

    /** Collects a body, failing as soon as it passes the size cap. */
    private static final class CappedSubscriber implements BodySubscriber<byte[]> {
        private final long maxBytes;
        private final long declaredLength;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedSubscriber(long maxBytes, long declaredLength) {
            this.maxBytes = maxBytes;
            this.declaredLength = declaredLength;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            this.subscription = s;
            if (declaredLength > maxBytes) {
                s.cancel();
                result.completeExceptionally(new TooLargeException());
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone())
                return;
            for (ByteBuffer buffer : buffers) {
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
            if (bytes.size() > maxBytes) {
                subscription.cancel();
                result.completeExceptionally(new TooLargeException());
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    /** Limits of a fetcher; {@link #build()} returns an immutable, thread-safe fetcher. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private long maxBytes = DEFAULT_MAX_BYTES;
        private int maxRedirects = 5;
        private String userAgent = DEFAULT_USER_AGENT;

        private Builder() {
        }

        /** The time allowed to open the connection; default 10 s. */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        /** The time allowed for the answer, headers and whole body; default 30 s. */
        public Builder readTimeout(Duration value) {
            this.readTimeout = positive(value, "readTimeout");
            return this;
        }

        /** The most bytes read from one URL; default {@link #DEFAULT_MAX_BYTES} (10 MB). */
        public Builder maxBytes(long value) {
            if (value < 1)
                throw new IllegalArgumentException("maxBytes must be >= 1, got " + value);
            this.maxBytes = value;
            return this;
        }

        /** The most redirects followed from the URL given; 0 follows none. Default 5. */
        public Builder maxRedirects(int value) {
            if (value < 0)
                throw new IllegalArgumentException("maxRedirects must be >= 0, got " + value);
            this.maxRedirects = value;
            return this;
        }

        /** The {@code User-Agent} header sent; default {@value UrlFetcher#DEFAULT_USER_AGENT}. */
        public Builder userAgent(String value) {
            Objects.requireNonNull(value, "The parameter 'userAgent' must not be null.");
            if (value.isBlank())
                throw new IllegalArgumentException("The parameter 'userAgent' must not be blank.");
            this.userAgent = value.strip();
            return this;
        }

        public UrlFetcher build() {
            return new UrlFetcher(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, "The parameter '" + name + "' must not be null.");
            if (value.isNegative() || value.isZero())
                throw new IllegalArgumentException(name + " must be > 0, got " + value);
            return value;
        }
    }
}
