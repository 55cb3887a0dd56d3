package org.newsgraph;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An article on its way from the workers to the writer: prepared (maybe with a graph to write) or already done
 * (skipped, failed).
 *
 * @param prepared the article after extract, resolve and map, or null when it is done
 * @param hash     its content hash where unchanged articles are skipped, otherwise ""
 * @param done     its result when it is done, otherwise null
 */
record IngestItem(Pipeline.Prepared prepared, String hash, IngestResult done) {
    static IngestItem done(IngestResult result) {
        return new IngestItem(null, "", result);
    }

    static IngestItem prepared(Pipeline.Prepared prepared, String hash) {
        return new IngestItem(prepared, hash, null);
    }

    /** Whether it has a complete graph to write. */
    boolean writable() {
        return prepared != null && prepared.graph().isPresent();
    }

    IngestResult result() {
        return prepared != null ? prepared.result() : done;
    }

    /**
     * An article in the writer's queue, in read order: its item once its analysis ends, its content hash,
     * known before (where unchanged articles are skipped, otherwise ""), and its source, to name it in a failure.
     */
    record Coming(CompletableFuture<IngestItem> future, String hash, String source) {
        static Coming done(IngestItem item) {
            return new Coming(CompletableFuture.completedFuture(item), item.hash(), item.result().source());
        }

        /**
         * Its item, once its analysis has ended. An analysis that ended by throwing (an Error, say) is a failure
         * of this article alone, except an OutOfMemoryError, which is thrown on.
         */
        IngestItem item() {
            try {
                return future.join();
            } catch (CompletionException | CancellationException e) {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                if (cause instanceof OutOfMemoryError oom)
                    throw oom;
                return IngestItem.done(IngestResult.failed(source, cause, Duration.ZERO));
            }
        }
    }
}
