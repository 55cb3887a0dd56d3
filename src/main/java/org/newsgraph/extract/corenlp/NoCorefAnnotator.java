package org.newsgraph.extract.corenlp;

import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;

/**
 * Stands in for coreference in the fast profile: sets an empty set of chains, so that the quote
 * annotator's speaker attribution (which reads the chains even when told not to use them) runs with its
 * own sieves alone, and points each name at its longest form in the article as its canonical mention
 * (what the coref annotator would do). Registered as CoreNLP custom annotator {@code nocoref}.
 */
public final class NoCorefAnnotator implements Annotator {
    /** The constructor CoreNLP calls for a custom annotator. */
    public NoCorefAnnotator(String name, Properties properties) {
    }

    @Override
    public void annotate(Annotation annotation) {
        if (annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class) == null)
            annotation.set(CorefCoreAnnotations.CorefChainAnnotation.class, new HashMap<>());
        List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null)
            return;
        // the canonical mention of a name is the longest same-typed name that ends with it ("Liang Hua" for "Hua")
        for (CoreMap mention : mentions) {
            String text = mention.get(CoreAnnotations.TextAnnotation.class);
            String type = mention.get(CoreAnnotations.EntityTypeAnnotation.class);
            CoreMap canonical = mention;
            for (CoreMap other : mentions) {
                String otherText = other.get(CoreAnnotations.TextAnnotation.class);
                if (Objects.equals(type, other.get(CoreAnnotations.EntityTypeAnnotation.class)) && text != null
                        && otherText != null && otherText.length() > canonical.get(CoreAnnotations.TextAnnotation.class).length()
                        && (otherText.endsWith(" " + text) || otherText.startsWith(text + " ")))
                    canonical = other;
            }
            mention.set(CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class,
                    canonical.get(CoreAnnotations.EntityMentionIndexAnnotation.class));
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(CorefCoreAnnotations.CorefChainAnnotation.class, CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of();
    }
}
