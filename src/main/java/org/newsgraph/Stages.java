package org.newsgraph;

import java.lang.reflect.InvocationTargetException;
import java.util.function.Supplier;

import org.newsgraph.error.NewsGraphException;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Profile;

/** The default stages that are expensive to make: created once, when first needed. */
final class Stages {
    private static final String CORENLP_EXTRACTOR = "org.newsgraph.extract.corenlp.CoreNlpExtractor";

    private Stages() {
    }

    /** The CoreNLP extractor for the profile, made on first use (loading the models takes a while). */
    static Supplier<Extractor> coreNlp(Profile profile) {
        return new Supplier<>() {
            private Extractor made;

            @Override
            public synchronized Extractor get() {
                if (made == null)
                    made = create(profile);
                return made;
            }
        };
    }

    // TODO(lead): replace with `new CoreNlpExtractor(profile)` once extract.corenlp is merged
    private static Extractor create(Profile profile) {
        try {
            return (Extractor) Class.forName(CORENLP_EXTRACTOR).getConstructor(Profile.class).newInstance(profile);
        } catch (ClassNotFoundException e) {
            throw new NewsGraphException("The CoreNLP extractor is not on the class path; build newsgraph with it.", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r)
                throw r;
            throw new NewsGraphException("Cannot start CoreNLP for profile " + profile.label() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new NewsGraphException("Cannot start CoreNLP for profile " + profile.label() + ": " + e, e);
        }
    }
}
