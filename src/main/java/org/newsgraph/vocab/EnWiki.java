package org.newsgraph.vocab;

/** The English Wikipedia's page namespace: the target of {@code schema:sameAs} for linked entities. */
public final class EnWiki {
    public static final String NS = "https://en.wikipedia.org/wiki/";

    private EnWiki() {
    }

    public static String getURI() {
        return NS;
    }
}
