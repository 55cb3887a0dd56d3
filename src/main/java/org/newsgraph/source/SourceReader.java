package org.newsgraph.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.newsgraph.error.BadInputException;
import org.newsgraph.source.html.FetchedPage;
import org.newsgraph.source.html.HtmlArticleReader;
import org.newsgraph.source.html.UrlFetcher;

/**
 * The front door of the source stage: turns what the user gave (a file, a directory, an http(s) URL or
 * "-" for stdin) into {@link Article}s. Built with {@link #builder()}, or {@link #standard()} for the defaults:
 *
 * <pre>{@code
 * SourceReader reader = SourceReader.standard();
 * for (String source : reader.expand("articles/")) {
 *     ReadResult result = reader.read(source);
 *     result.problems().forEach(p -> System.err.println(p));
 * }
 * }</pre>
 *
 * <p>Inputs by name: {@code .txt}/{@code .text} plain text or page dumps, {@code .html}/{@code .htm}
 * (also gzipped, {@code .html.gz}), {@code .csv} and {@code .jsonl}/{@code .ndjson} collections. URLs,
 * stdin and other names are recognised by content type or content. Limits: an article input may have
 * at most {@value #DEFAULT_MAX_ARTICLE_BYTES} bytes (10 MiB), a collection {@value #DEFAULT_MAX_COLLECTION_BYTES}
 * bytes (50 MiB).
 */
public final class SourceReader {
    /** The default size limit of an article file, page or stdin input: 10 MiB. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 10L * 1024 * 1024;
    /** The default size limit of a CSV or JSON Lines collection: 50 MiB. */
    public static final long DEFAULT_MAX_COLLECTION_BYTES = 50L * 1024 * 1024;
    /** File names {@link #expand(String)} takes from a directory. */
    public static final List<String> ARTICLE_SUFFIXES = List.of(".txt", ".text", ".html", ".htm", ".html.gz", ".csv",
            ".jsonl", ".ndjson");
    static final String ALLOWED_INPUTS = "give a file, a directory, an http(s) URL or - for stdin";

    private final PageFetcher fetcher;
    private final Supplier<InputStream> stdin;
    private final InputLimits limits;
    private final FormatChoice formats;

    private SourceReader(Builder b) {
        this.fetcher = b.fetcher != null ? b.fetcher : defaultFetcher(Math.max(b.maxArticleBytes, b.maxCollectionBytes));
        this.stdin = b.stdin;
        this.limits = new InputLimits(b.maxArticleBytes, b.maxCollectionBytes);
        this.formats = new FormatChoice(b.html != null ? b.html : defaultHtmlReader(), new PlainTextReader(
                b.detectPageDumps ? Optional.of(new PageDumpReader()) : Optional.empty()));
    }

    /** A reader with every option at its default. */
    public static SourceReader standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The inputs that {@code given} stands for: a directory becomes its article files (recursively,
     * sorted, hidden files and directories skipped); a file, an http(s) URL or "-" stays as it is.
     *
     * @throws BadInputException when the path does not exist, or a directory holds no article files
     */
    public List<String> expand(String given) {
        Objects.requireNonNull(given, "The parameter 'given' must not be null.");
        if (given.equals("-") || isUrl(given))
            return List.of(given);
        checkScheme(given);
        Path path = Path.of(given);
        if (!Files.exists(path))
            throw new BadInputException(given, "no such file or directory; " + ALLOWED_INPUTS);
        if (!Files.isDirectory(path))
            return List.of(given);
        try (Stream<Path> walk = Files.walk(path)) {
            List<String> files = walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(path.relativize(p)))
                    .filter(p -> hasArticleSuffix(p.getFileName().toString()))
                    .map(Path::toString).sorted().toList();
            if (files.isEmpty())
                throw new BadInputException(given, "the directory holds no article files; newsgraph reads files ending in "
                        + String.join(", ", ARTICLE_SUFFIXES));
            return files;
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException(given, "the directory cannot be listed (" + e.getMessage() + "); " + ALLOWED_INPUTS, e);
        }
    }

    /**
     * The articles of one input and the parts of it that were skipped (a collection row without text; in a
     * directory, a file that cannot be read), each a {@link ReadProblem} naming the part: nothing is logged, the
     * caller reports them. A directory is expanded first, and its other files go through.
     *
     * @throws BadInputException when a single input cannot be read at all
     */
    public ReadResult read(String source) {
        Objects.requireNonNull(source, "The parameter 'source' must not be null.");
        if (source.equals("-"))
            return readStdin();
        if (isUrl(source))
            return readUrl(source);
        checkScheme(source);
        Path path = Path.of(source);
        if (Files.isDirectory(path)) {
            ReadResult all = new ReadResult(List.of(), List.of());
            for (String file : expand(source)) {
                try {
                    all = all.plus(read(file));
                } catch (BadInputException e) {
                    String prefix = e.input() + ": ";
                    String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length())
                            : e.getMessage();
                    all = all.plus(new ReadResult(List.of(), List.of(new ReadProblem(e.input(), message))));
                }
            }
            return all;
        }
        if (!Files.exists(path))
            throw new BadInputException(source, "no such file or directory; " + ALLOWED_INPUTS);
        return readFile(source, path);
    }

    private ReadResult readFile(String source, Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        String inner = gzip ? name.substring(0, name.length() - 3) : name;
        Optional<ArticleFormatReader> byName = formats.byName(inner);
        boolean collection = byName.filter(formats::isCollection).isPresent();
        byte[] bytes;
        try {
            bytes = limits.readFile(source, path, collection, gzip);
        } catch (AccessDeniedException e) {
            throw new BadInputException(source, "the file cannot be read (permission denied); " + ALLOWED_INPUTS, e);
        } catch (IOException e) {
            throw new BadInputException(source, "the file cannot be read (" + e.getMessage() + "); " + ALLOWED_INPUTS, e);
        }
        ArticleFormatReader reader = byName.orElseGet(() -> formats.byContent(source, bytes));
        return reader.read(source, bytes, Optional.empty(), Optional.empty());
    }

    private ReadResult readStdin() {
        if (stdin == null)
            throw new BadInputException("-", "standard input is not available here; " + ALLOWED_INPUTS);
        byte[] bytes;
        try {
            bytes = limits.readStream("-", stdin.get(), limits.maxCollectionBytes());
        } catch (IOException e) {
            throw new BadInputException("-", "standard input cannot be read (" + e.getMessage() + ")", e);
        }
        ArticleFormatReader reader = formats.byContent("-", bytes);
        if (!formats.isCollection(reader))
            limits.checkArticleSize("-", bytes.length);
        return reader.read("-", bytes, Optional.empty(), Optional.empty());
    }

    private ReadResult readUrl(String url) {
        FetchedPage page = fetcher.fetch(url);
        String path = page.finalUrl().replaceFirst("[?#].*$", "").toLowerCase(Locale.ROOT);
        byte[] bytes = page.body();
        ArticleFormatReader reader = formats.byType(page.contentType())
                .or(() -> formats.byName(path))
                .orElseGet(() -> formats.byContent(url, bytes));
        if (!formats.isCollection(reader))
            limits.checkArticleSize(url, bytes.length);
        return reader.read(url, bytes, page.contentType(), Optional.of(page.finalUrl()));
    }

    /** Whether the input is an http(s) URL (the one test of it: the fetcher only checks the URL it is given). */
    static boolean isUrl(String given) {
        String lower = given.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static void checkScheme(String given) {
        if (given.matches("(?i)^[a-z][a-z0-9+.-]*://.*"))
            throw new BadInputException(given, "only http and https URLs can be read; " + ALLOWED_INPUTS);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative)
            if (part.toString().startsWith("."))
                return true;
        return false;
    }

    static boolean hasArticleSuffix(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return ARTICLE_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    // The html package (owned separately) supplies HTML reading and URL fetching; these two methods are
    // the only places that wire it in.
    private static ArticleFormatReader defaultHtmlReader() {
        HtmlArticleReader reader = HtmlArticleReader.standard();
        return (source, bytes, type, url) -> ReadResult.of(reader.read(source, bytes, type, url));
    }

    /** A fetcher that takes a page as large as the largest input (a collection); an article page is checked after. */
    private static PageFetcher defaultFetcher(long maxBytes) {
        return UrlFetcher.builder().maxBytes(maxBytes).build()::fetch;
    }

    /** Options of a {@link SourceReader}; every one has a default. */
    public static final class Builder {
        private ArticleFormatReader html;
        private PageFetcher fetcher;
        private Supplier<InputStream> stdin = () -> System.in;
        private long maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES;
        private long maxCollectionBytes = DEFAULT_MAX_COLLECTION_BYTES;
        private boolean detectPageDumps = true;

        private Builder() {
        }

        /**
         * Whether text inputs that look like a rendered page are read as page dumps (body and metadata
         * extracted; the default) or always as plain text, exactly as they are.
         */
        public Builder detectPageDumps(boolean value) {
            this.detectPageDumps = value;
            return this;
        }

        /** The reader for HTML files and pages (default: the jsoup-based {@link HtmlArticleReader}). */
        public Builder htmlReader(ArticleFormatReader value) {
            this.html = Objects.requireNonNull(value, "The parameter 'htmlReader' must not be null.");
            return this;
        }

        /**
         * How http(s) URLs are fetched (default: {@link UrlFetcher}'s limits, its size cap raised to the larger size
         * limit of this reader). Other timeouts, redirects or user agent: {@code fetcher(UrlFetcher.builder()
         * .readTimeout(Duration.ofSeconds(10)).maxBytes(maxCollectionBytes).build()::fetch)}.
         */
        public Builder fetcher(PageFetcher value) {
            this.fetcher = Objects.requireNonNull(value, "The parameter 'fetcher' must not be null.");
            return this;
        }

        /** Where "-" reads from (default: System.in; it is read to its end, not closed). */
        public Builder stdin(Supplier<InputStream> value) {
            this.stdin = Objects.requireNonNull(value, "The parameter 'stdin' must not be null.");
            return this;
        }

        /** The size limit of an article input in bytes (default 10 MiB). */
        public Builder maxArticleBytes(long value) {
            if (value <= 0)
                throw new IllegalArgumentException("maxArticleBytes must be > 0, got " + value);
            this.maxArticleBytes = value;
            return this;
        }

        /** The size limit of a collection in bytes (default 50 MiB). */
        public Builder maxCollectionBytes(long value) {
            if (value <= 0)
                throw new IllegalArgumentException("maxCollectionBytes must be > 0, got " + value);
            this.maxCollectionBytes = value;
            return this;
        }

        public SourceReader build() {
            return new SourceReader(this);
        }
    }
}
