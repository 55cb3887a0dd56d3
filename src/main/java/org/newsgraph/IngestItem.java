package org.newsgraph;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.newsgraph.source.Article;

/**
 * An article on its way from the workers to the writer: prepared (maybe with a graph to write), not analysed
 * (the reader believed it unchanged; the writer decides), or done (a source that could not be read). Exactly one
 * of the three is there.
 *
 * @param prepared   the article after extract, resolve and map, or null
 * @param unanalysed the article not analysed, and how to analyse it should the writer find it changed, or null
 * @param done       its result when it is done, or null
 */
record IngestItem(Pipeline.Prepared prepared, Unanalysed unanalysed, IngestResult done) {
    IngestItem {
        int given = (prepared != null ? 1 : 0) + (unanalysed != null ? 1 : 0) + (done != null ? 1 : 0);
        if (given != 1)
            throw new IllegalArgumentException("an ingest item is prepared, unanalysed or done, one of them; got " + given);
    }

    static IngestItem done(IngestResult result) {
        return new IngestItem(null, null, result);
    }

    static IngestItem prepared(Pipeline.Prepared prepared) {
        return new IngestItem(prepared, null, null);
    }

    static IngestItem unanalysed(Article article, Supplier<Pipeline.Prepared> analysis) {
        return new IngestItem(null, new Unanalysed(article, analysis), null);
    }

    /** An article that the reader believed unchanged, and its analysis, not run. */
    record Unanalysed(Article article, Supplier<Pipeline.Prepared> analysis) {
        Unanalysed {
            Objects.requireNonNull(article, "The parameter 'article' must not be null.");
            Objects.requireNonNull(analysis, "The parameter 'analysis' must not be null.");
        }
    }

    /** Whether it has a complete graph to write. */
    boolean writable() {
        return prepared != null && prepared.graph().isPresent();
    }

    /** The item analysed: itself unless it is {@linkplain #unanalysed unanalysed}; runs the analysis on this thread. */
    IngestItem analysed() {
        return unanalysed == null ? this : prepared(unanalysed.analysis().get());
    }

    /** The article it is, analysed or not; null for a failure ({@link #done}). */
    Article article() {
        return prepared != null ? prepared.article() : unanalysed != null ? unanalysed.article() : null;
    }

    /** Its result once stored: the time the store took added (an analysed item). */
    IngestResult stored(Duration storeTime, Duration storeCpu) {
        IngestResult r = result();
        return r.withStages(r.stages().withStore(storeTime, storeCpu)).withTook(r.took().plus(storeTime));
    }

    /** Its result so far: unknown (null) while it is unanalysed. */
    IngestResult result() {
        return prepared != null ? prepared.result() : done;
    }

    /**
     * An article in the writer's queue, in read order: its item once its analysis ends; its graph's IRI and its
     * content hash (where unchanged articles are skipped, otherwise ""), both known before; and its source, to
     * name it in a failure. A failure known before analysis has no IRI ("").
     */
    record Coming(CompletableFuture<IngestItem> future, String iri, String hash, String source) {
        Coming {
            Objects.requireNonNull(future, "The parameter 'future' must not be null.");
            Objects.requireNonNull(iri, "The parameter 'iri' must not be null.");
            Objects.requireNonNull(hash, "The parameter 'hash' must not be null.");
            Objects.requireNonNull(source, "The parameter 'source' must not be null.");
        }

        /** The same article, its analysis run by {@code executor} (one {@linkplain #unanalysed unanalysed}, once its item is known). */
        Coming analysedBy(Executor executor) {
            IngestItem known = item();
            return new Coming(CompletableFuture.supplyAsync(known::analysed, executor), iri, hash, source);
        }

        /** A failure known before analysis. */
        static Coming done(IngestItem item) {
            return new Coming(CompletableFuture.completedFuture(item), "", "", item.result().source());
        }

        /** An article whose item is known already. */
        static Coming ready(IngestItem item, String iri, String hash) {
            return new Coming(CompletableFuture.completedFuture(item), iri, hash, item.article().source());
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
