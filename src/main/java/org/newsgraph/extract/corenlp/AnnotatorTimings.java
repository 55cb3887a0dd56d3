package org.newsgraph.extract.corenlp;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.extract.Profile;

import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.MutableLong;

/**
 * The time CoreNLP itself measured per annotator (its pipeline adds up the time each annotator takes),
 * for {@code bench}. Times are summed over all threads since the pipeline was built; take the
 * difference of two readings ({@link #minus}) for one run.
 */
public final class AnnotatorTimings {
    private static final Pattern LINE = Pattern.compile("^(\\w+): ([0-9.]+) sec\\.$", Pattern.MULTILINE);

    private AnnotatorTimings() {
    }

    /** The time per annotator (short class name) of the shared pipeline of {@code profile}, loading it if needed. */
    public static Map<String, Duration> of(Profile profile) {
        Objects.requireNonNull(profile, "The parameter 'profile' must not be null.");
        return of(CoreNlpPipelines.get(profile));
    }

    static Map<String, Duration> of(AnnotationPipeline pipeline) {
        try {
            return read(pipeline);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return parse(pipeline.timingInformation());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Duration> read(AnnotationPipeline pipeline) throws ReflectiveOperationException {
        Field annotatorsField = AnnotationPipeline.class.getDeclaredField("annotators");
        Field timesField = AnnotationPipeline.class.getDeclaredField("accumulatedTime");
        annotatorsField.setAccessible(true);
        timesField.setAccessible(true);
        List<Annotator> annotators = (List<Annotator>) annotatorsField.get(pipeline);
        List<MutableLong> times = (List<MutableLong>) timesField.get(pipeline);
        Map<String, Duration> result = new LinkedHashMap<>();
        for (int i = 0; i < annotators.size() && i < times.size(); i++)
            result.merge(annotators.get(i).getClass().getSimpleName(), Duration.ofMillis(times.get(i).longValue()), Duration::plus);
        return result;
    }

    /** Reads CoreNLP's printed timing ("POSTaggerAnnotator: 1.2 sec."), a tenth of a second at best. */
    static Map<String, Duration> parse(String timingInformation) {
        Map<String, Duration> result = new LinkedHashMap<>();
        Matcher m = LINE.matcher(timingInformation);
        while (m.find())
            if (!m.group(1).equals("TOTAL"))
                result.merge(m.group(1), Duration.ofMillis(Math.round(Double.parseDouble(m.group(2)) * 1000)), Duration::plus);
        return result;
    }

    /** {@code after - before}, annotator by annotator, in the order of {@code after}. */
    public static Map<String, Duration> minus(Map<String, Duration> after, Map<String, Duration> before) {
        Map<String, Duration> result = new LinkedHashMap<>();
        after.forEach((name, time) -> result.put(name, time.minus(before.getOrDefault(name, Duration.ZERO))));
        return result;
    }
}
