package org.newsgraph;

import java.util.function.Supplier;

import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Profile;
import org.newsgraph.extract.corenlp.CoreNlpExtractor;

/** The default stages that are expensive to make: created once, when first needed. */
final class Stages {
    private Stages() {
    }

    /** The CoreNLP extractor for the profile, made on first use (loading the models takes a while). */
    static Supplier<Extractor> coreNlp(Profile profile) {
        return new Supplier<>() {
            private Extractor made;

            @Override
            public synchronized Extractor get() {
                if (made == null)
                    made = new CoreNlpExtractor(profile);
                return made;
            }
        };
    }
}
