package org.newsgraph.extract.corenlp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

/**
 * CoreNLP's entity linker ({@code entitylink}, its {@code WikidictAnnotator}) over the compact, memory-mapped
 * {@link WikiDictIndex} instead of a 21-million-entry {@code HashMap}: the same links, without its minute of
 * loading and ~3 GB of heap. Registered as CoreNLP custom annotator {@code wikilink}.
 *
 * <p>It does what {@code WikidictAnnotator} 4.5.10 does (default settings: case-sensitive, no score
 * threshold): every token's {@code WikipediaEntityAnnotation} is set to "O"; each entity mention of a sentence
 * is looked up by its original text (its text where it has none) and, where it links, the mention and its
 * tokens get the link. A DATE, TIME or SET with a timex value links to the value (the time of day cut), an
 * ORDINAL to its number, a mention that is all digits and dots to itself; other mentions with an NER tag
 * link to the dictionary's page for the exact text. {@code WikiDictLinkerAgainstCoreNlp} (test sources, run by name) checks it against CoreNLP's
 * annotator.
 *
 * <p>Setting: {@code wikilink.wikidict}, a class-path WikiDict ({@code text TAB page TAB score}, gzipped or
 * not); default CoreNLP's English one.
 */
public final class WikiDictLinker implements Annotator {
    private static final Pattern NUMBER = Pattern.compile("[0-9.]+");
    private static final Set<String> OPEN_TIMEX = Set.of("PRESENT", "PRESENT_REF", "PAST", "PAST_REF", "FUTURE", "FUTURE_REF");

    private final WikiDictIndex index;

    /** The constructor CoreNLP calls for a custom annotator. */
    public WikiDictLinker(String name, Properties properties) {
        this(WikiDictCache.index(properties.getProperty(name + ".wikidict", WikiDictCache.DEFAULT_WIKIDICT)));
    }

    WikiDictLinker(WikiDictIndex index) {
        this.index = Objects.requireNonNull(index, "The parameter 'index' must not be null.");
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null)
            return;
        for (CoreMap sentence : sentences) {
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class))
                token.set(CoreAnnotations.WikipediaEntityAnnotation.class, "O");
            List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions == null)
                continue;
            for (CoreMap mention : mentions) {
                Optional<String> page = link(mention);
                if (page.isEmpty())
                    continue;
                mention.set(CoreAnnotations.WikipediaEntityAnnotation.class, page.get());
                for (CoreLabel token : mention.get(CoreAnnotations.TokensAnnotation.class))
                    token.set(CoreAnnotations.WikipediaEntityAnnotation.class, page.get());
            }
        }
    }

    /** The link of one entity mention, as {@code WikidictAnnotator.link} gives it. */
    Optional<String> link(CoreMap mention) {
        String original = mention.get(CoreAnnotations.OriginalTextAnnotation.class);
        String surface = original != null ? original : mention.get(CoreAnnotations.TextAnnotation.class);
        String ner = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
        if (ner != null && (ner.equalsIgnoreCase("DATE") || ner.equalsIgnoreCase("TIME") || ner.equalsIgnoreCase("SET"))
                && timex != null && timex.value() != null)
            return OPEN_TIMEX.contains(timex.value()) ? Optional.empty() : Optional.of(normaliseTimex(timex.value()));
        Number ordinal = mention.get(CoreAnnotations.NumericValueAnnotation.class);
        if (ner != null && ner.equalsIgnoreCase("ORDINAL") && ordinal != null)
            return Optional.of(ordinal.toString());
        if (NUMBER.matcher(surface).matches())
            return Optional.of(surface);
        if (ner != null && !ner.equals("O"))
            return index.get(surface);
        return Optional.empty();
    }

    /** A timex value without its time of day ("2019-03-04T10:00" → "2019-03-04"). */
    static String normaliseTimex(String value) {
        return value.contains("T") && !value.equals("PRESENT") ? value.substring(0, value.indexOf('T')) : value;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(CoreAnnotations.WikipediaEntityAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
                CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.OriginalTextAnnotation.class,
                CoreAnnotations.MentionsAnnotation.class);
    }
}
