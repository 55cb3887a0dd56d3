package org.newsgraph;

import java.time.Duration;
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
 */
public record IngestResult(String source, Status status, Optional<String> article, String message, Duration took,
        Optional<Throwable> error, StageTimes stages) {

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
    }

    /** A result without stage times. */
    public IngestResult(String source, Status status, Optional<String> article, String message, Duration took,
            Optional<Throwable> error) {
        this(source, status, article, message, took, error, StageTimes.NONE);
    }

    IngestResult withTook(Duration value) {
        return new IngestResult(source, status, article, message, value, error, stages);
    }

    IngestResult withStages(StageTimes value) {
        return new IngestResult(source, status, article, message, took, error, value);
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
