package org.newsgraph.vocab;

/** DBpedia's resource namespace (English): the target of {@code owl:sameAs} for linked entities. */
public final class DBR {
    public static final String NS = "http://dbpedia.org/resource/";
    /** the same resources as some data sets write them, over https (we write {@link #NS}) */
    public static final String HTTPS_NS = "https://dbpedia.org/resource/";

    private DBR() {
    }

    public static String getURI() {
        return NS;
    }
}
