package org.newsgraph.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Profile;

/** The quote annotator the profiles run annotates one document at a time, whatever the number of threads. */
class SerialQuoteAnnotatorTest {
    /** A stand-in for CoreNLP's quote annotator that counts how many documents it annotates at once. */
    private static final class Counting implements Annotator {
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final CountDownLatch started = new CountDownLatch(2);

        @Override
        public void annotate(Annotation annotation) {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            started.countDown();
            try {
                // long enough for the other thread to come in, were it let in
                started.await(300, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inside.decrementAndGet();
        }

        @Override
        public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
            return Set.of(CoreAnnotations.QuotationsAnnotation.class);
        }

        @Override
        public Set<Class<? extends CoreAnnotation>> requires() {
            return Set.of(CoreAnnotations.TokensAnnotation.class);
        }
    }

    @Test
    void twoArticlesOnTwoThreadsAreAnnotatedOneAfterTheOther() throws Exception {
        Counting quote = new Counting();
        SerialQuoteAnnotator serial = new SerialQuoteAnnotator(quote);
        Thread a = new Thread(() -> serial.annotate(new Annotation("“We are on schedule,” a spokesman said.")));
        Thread b = new Thread(() -> serial.annotate(new Annotation("“The bridge reopens in May,” the mayor said.")));
        a.start();
        b.start();
        a.join();
        b.join();
        assertEquals(2, 2 - quote.started.getCount(), "both documents were annotated");
        assertEquals(1, quote.most.get(), "never two documents inside CoreNLP's quote annotator at once");
        assertEquals(quote.requires(), serial.requires());
        assertEquals(quote.requirementsSatisfied(), serial.requirementsSatisfied());
    }

    @Test
    void everyProfileRunsItWithTheQuoteSettings() {
        for (Profile profile : Profile.values()) {
            var p = CoreNlpPipelines.properties(profile);
            assertTrue(p.getProperty("annotators").endsWith("," + CoreNlpPipelines.SERIAL_QUOTE), profile + ": " + p.getProperty("annotators"));
            assertEquals(SerialQuoteAnnotator.class.getName(), p.getProperty("customAnnotatorClass." + CoreNlpPipelines.SERIAL_QUOTE));
            p.stringPropertyNames().stream().filter(k -> k.startsWith("quote."))
                    .forEach(k -> assertEquals(p.getProperty(k), p.getProperty(CoreNlpPipelines.SERIAL_QUOTE + k.substring(5)), k));
        }
        assertEquals("false", CoreNlpPipelines.properties(Profile.FAST).getProperty(CoreNlpPipelines.SERIAL_QUOTE + ".attribution.useCoref"));
    }
}
