package org.newsgraph.vocab;

/**
 * The namespace newsgraph's instances (articles, entities, claims, roles, relations, the store's counts) are
 * minted in by default: {@code graph.IriMinter}'s default base. Not a vocabulary: it names things, not terms.
 */
public final class NGID {
    public static final String NS = "https://newsgraph.org/id/";

    private NGID() {
    }

    public static String getURI() {
        return NS;
    }
}
