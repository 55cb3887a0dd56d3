package org.newsgraph.vocab;

/** DBpedia's resource namespace (English): the target of {@code owl:sameAs} for linked entities. */
public final class DBR {
    public static final String NS = "http://dbpedia.org/resource/";

    private DBR() {
    }

    public static String getURI() {
        return NS;
    }
}
