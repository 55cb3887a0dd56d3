package org.newsgraph.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Profile;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.WikidictAnnotator;
import edu.stanford.nlp.util.CoreMap;

/**
 * {@link WikiDictLinker} gives the same links as CoreNLP's own {@code WikidictAnnotator} on the mentions of a few
 * sentences of our own. Not in the default test run (its name does not end in Test): CoreNLP's annotator reads its
 * whole dictionary into a HashMap, minutes and about 3 GB of heap beside the shared pipeline. Run it by name:
 * <pre>
 * mvn -o -q test -Dtest=WikiDictLinkerAgainstCoreNlp
 * </pre>
 */
class WikiDictLinkerAgainstCoreNlp {

    /** Loads CoreNLP's own linker (its dictionary in a HashMap: a minute and about 3 GB of heap) beside the shared pipeline. */
    @Test
    void givesTheLinksOfCoreNlpsOwnAnnotatorOnOurSentences() {
        String text = """
                Angela Merkel and Emmanuel Macron met in Paris on Tuesday to talk about the budget of the European Union.

                Toyota will hire 300 workers at its plant in Kentucky, its third expansion since 2010, Reuters reported.

                Speaking in Chicago, Barack Obama said the Federal Reserve had moved too slowly, a view the IMF shares.

                Nordvik Industries, a battery maker, hired Anna Kessler of Siemens as its chief executive in March 2024.
                """;
        Annotation annotation = new Annotation(text);
        CoreNlpPipelines.get(Profile.DEFAULT).annotate(annotation);
        WikidictAnnotator corenlp = new WikidictAnnotator("entitylink", new Properties());
        List<String> ours = new ArrayList<>();
        List<String> theirs = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class))
            for (CoreMap mention : sentence.get(CoreAnnotations.MentionsAnnotation.class)) {
                String form = mention.get(CoreAnnotations.TextAnnotation.class);
                ours.add(form + " -> " + mention.get(CoreAnnotations.WikipediaEntityAnnotation.class));
                theirs.add(form + " -> " + corenlp.link(mention).orElse(null));
            }
        assertEquals(theirs, ours);
        long linkedNames = ours.stream().filter(s -> !s.endsWith("-> null") && !s.matches(".*-> [0-9.\\-]+$")).count();
        assertTrue(linkedNames >= 8, "names linked: " + ours);
    }
}
