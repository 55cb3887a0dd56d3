package org.newsgraph;

import java.util.concurrent.CompletableFuture;

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
     * An article in the writer's queue, in read order: its item once its analysis ends, and its content hash,
     * known before (where unchanged articles are skipped, otherwise "").
     */
    record Coming(CompletableFuture<IngestItem> future, String hash) {
        static Coming done(IngestItem item) {
            return new Coming(CompletableFuture.completedFuture(item), item.hash());
        }
    }
}
