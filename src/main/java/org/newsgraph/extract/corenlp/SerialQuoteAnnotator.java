package org.newsgraph.extract.corenlp;

import java.util.Objects;
import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.QuoteAnnotator;

/**
 * CoreNLP's quote annotator ({@code quote}), one document at a time. Its speaker attribution keeps the document's
 * characters (the PERSON mentions it builds for each document) in a field of the annotator, which the pipeline shares
 * between its threads: two articles annotated at once could each read the other's, which threw a
 * {@code NullPointerException} in {@code DeterministicSpeakerSieve} now and then, and could as well look a speaker up
 * among the other article's names. Quotes take about 3% of the annotation time, so waiting for one another costs
 * little.
 */
public final class SerialQuoteAnnotator implements Annotator {
    private final Annotator quote;

    /** Built by CoreNLP as the custom annotator {@code name}, with {@code name.*} settings as {@code quote.*} ones. */
    public SerialQuoteAnnotator(String name, Properties properties) {
        this(new QuoteAnnotator(name, properties));
    }

    SerialQuoteAnnotator(Annotator quote) {
        this.quote = Objects.requireNonNull(quote, "The parameter 'quote' must not be null.");
    }

    @Override
    public synchronized void annotate(Annotation annotation) {
        quote.annotate(annotation);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return quote.requirementsSatisfied();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return quote.requires();
    }
}
