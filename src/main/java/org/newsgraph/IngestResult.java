package org.newsgraph;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one article (or of one source that could not be read).
 *
 * @param source  the source as given, or the article's source (a path, URL, "-" or {@code file#row=N})
 * @param status  stored, skipped because it is unchanged, or failed
 * @param article the article graph's IRI, where there is one
 * @param message for a failure, one sentence naming the input and what is allowed; otherwise a summary
 *                ("12 mentions, 3 claims")
 * @param took    how long it took
 * @param error   the exception behind a failure (for --verbose), where there is one
 * @param stages  the time each stage took for it ({@link StageTimes#NONE} where none ran)
 * @param notices what was left out of a stored article and why, one sentence each naming the article's source
 *                (a URL that is not an absolute IRI, a date that is not ISO 8601: see
 *                {@link org.newsgraph.graph.ArticleGraph#notices()}); the CLI prints one line each
 */
public record IngestResult(String source, Status status, Optional<String> article, String message, Duration took,
        Optional<Throwable> error, StageTimes stages, List<String> notices) {

    /** What happened to an article. */
    public enum Status {
        STORED, SKIPPED_UNCHANGED, FAILED
    }

    public IngestResult {
        Objects.requireNonNull(source, "The parameter 'source' must not be null.");
        Objects.requireNonNull(status, "The parameter 'status' must not be null.");
        article = Objects.requireNonNull(article);
        Objects.requireNonNull(message, "The parameter 'message' must not be null.");
        Objects.requireNonNull(took, "The parameter 'took' must not be null.");
        error = Objects.requireNonNull(error);
        Objects.requireNonNull(stages, "The parameter 'stages' must not be null.");
        notices = List.copyOf(Objects.requireNonNull(notices, "The parameter 'notices' must not be null."));
    }

    /** A result without notices. */
    public IngestResult(String source, Status status, Optional<String> article, String message, Duration took,
            Optional<Throwable> error, StageTimes stages) {
        this(source, status, article, message, took, error, stages, List.of());
    }

    /** A result without stage times or notices. */
    public IngestResult(String source, Status status, Optional<String> article, String message, Duration took,
            Optional<Throwable> error) {
        this(source, status, article, message, took, error, StageTimes.NONE);
    }

    IngestResult withTook(Duration value) {
        return new IngestResult(source, status, article, message, value, error, stages, notices);
    }

    IngestResult withStages(StageTimes value) {
        return new IngestResult(source, status, article, message, took, error, value, notices);
    }

    static IngestResult failed(String source, Throwable error, Duration took) {
        String message = error.getMessage() == null || error.getMessage().isBlank()
                ? source + ": failed (" + error.getClass().getSimpleName() + ")"
                : error.getMessage().strip().lines().findFirst().orElse("");
        if (!(error instanceof org.newsgraph.error.NewsGraphException))
            message = source + ": failed unexpectedly (" + error.getClass().getSimpleName() + ": " + message + ")";
        else if (!message.contains(source))
            message = source + ": " + message;
        return new IngestResult(source, Status.FAILED, Optional.empty(), message, took, Optional.of(error));
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
