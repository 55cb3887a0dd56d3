package org.newsgraph.cli;

import java.nio.file.Path;

import org.newsgraph.NewsGraph;
import org.newsgraph.extract.Profile;
import org.newsgraph.source.SourceReader;

/** How the commands get their NewsGraph and reader; tests hand in one with a canned extractor. */
public interface NewsGraphFactory {
    /**
     * @param store   the store directory
     * @param profile the extraction profile
     * @param create  whether a missing store may be created (only ingest creates one)
     */
    NewsGraph open(Path store, Profile profile, boolean create);

    /** As {@link #open(Path, Profile, boolean)}, analysing {@code threads} articles at once. */
    default NewsGraph open(Path store, Profile profile, boolean create, int threads) {
        return open(store, profile, create);
    }

    /** The reader for {@code newsgraph read}. */
    default SourceReader reader() {
        return SourceReader.standard();
    }

    /** The real thing: CoreNLP for the profile, made when first needed. */
    static NewsGraphFactory standard() {
        return new NewsGraphFactory() {
            @Override
            public NewsGraph open(Path store, Profile profile, boolean create) {
                return NewsGraph.builder().store(store).createStore(create).profile(profile).build();
            }

            @Override
            public NewsGraph open(Path store, Profile profile, boolean create, int threads) {
                return NewsGraph.builder().store(store).createStore(create).profile(profile).threads(threads).build();
            }
        };
    }
}
