package org.newsgraph;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which content (hash) each article graph holds, as of a point in the read order: what "unchanged" means for
 * skipping. An article's IRI comes from its canonical URL or source, both of which its content hash covers, so
 * equal content means the same graph, and an article is unchanged exactly when its graph still holds its
 * content. A graph holds one content: when a correction replaces it, the content it held before is no longer
 * stored, and reading that content again stores it again, as a one-at-a-time ingest would.
 *
 * <p>The reader keeps one, to guess in read order which articles need no analysis, and the writer one, to decide
 * in read order as it writes; a batch plans its writes in a layer {@link #above()} this one, kept only once its
 * transaction commits. Use each from one thread.
 */
final class StoredVersions {
    private final Map<String, String> graphByHash; // as the store held them when the ingest began
    private final StoredVersions under;
    private final Map<String, String> hashByGraph = new HashMap<>(); // written since

    /** @param graphByHash the content hashes stored when the ingest began, and their graphs */
    StoredVersions(Map<String, String> graphByHash) {
        this(Map.copyOf(graphByHash), null);
    }

    private StoredVersions(Map<String, String> graphByHash, StoredVersions under) {
        this.graphByHash = graphByHash;
        this.under = under;
    }

    /** The graph that holds this content, if the article with IRI {@code iri} and this content is stored unchanged. */
    Optional<String> unchanged(String iri, String hash) {
        Objects.requireNonNull(iri, "The parameter 'iri' must not be null.");
        String held = hashByGraph.get(iri);
        if (held != null)
            return held.equals(hash) ? Optional.of(iri) : Optional.empty();
        return under != null ? under.unchanged(iri, hash) : Optional.ofNullable(graphByHash.get(hash));
    }

    /** Notes that graph {@code iri} now holds this content (and no other). */
    void stored(String iri, String hash) {
        hashByGraph.put(Objects.requireNonNull(iri, "The parameter 'iri' must not be null."),
                Objects.requireNonNull(hash, "The parameter 'hash' must not be null."));
    }

    /** A layer for planned writes: it sees these versions, and {@link #keep()} makes its writes theirs. */
    StoredVersions above() {
        return new StoredVersions(Map.of(), this);
    }

    /** Makes this layer's writes those of the versions it lies above, and empties it. */
    void keep() {
        if (under == null)
            throw new IllegalStateException("only a layer made by above() can be kept");
        under.hashByGraph.putAll(hashByGraph);
        hashByGraph.clear();
    }
}
