package org.newsgraph.extract.corenlp;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

/**
 * Checks {@link WikiDictLinker} against CoreNLP's own linker on a whole annotation cache made with CoreNLP's
 * {@code entitylink} (for instance {@code EntityHarness annotate-oke} before the compact index): links every
 * cached entity mention again from the index and counts agreements. Not a test; run by hand:
 * <pre>
 * java -cp $CP org.newsgraph.extract.corenlp.LinkerAgreement /tmp/ent-oke.pb
 * </pre>
 */
public final class LinkerAgreement {
    private LinkerAgreement() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Annotation> docs = EntityHarness.load(Path.of(args[0]));
        WikiDictLinker linker = new WikiDictLinker(WikiDictCache.index(WikiDictCache.DEFAULT_WIKIDICT));
        int mentions = 0;
        int linked = 0;
        int agree = 0;
        for (Annotation doc : docs.values())
            for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class))
                for (CoreMap mention : sentence.get(CoreAnnotations.MentionsAnnotation.class)) {
                    mentions++;
                    Optional<String> theirs = Optional.ofNullable(mention.get(CoreAnnotations.WikipediaEntityAnnotation.class));
                    Optional<String> ours = linker.link(mention);
                    if (theirs.isPresent())
                        linked++;
                    if (theirs.equals(ours))
                        agree++;
                    else
                        System.out.println("DIFFER '" + mention.get(CoreAnnotations.TextAnnotation.class) + "' "
                                + mention.get(CoreAnnotations.NamedEntityTagAnnotation.class) + " corenlp=" + theirs + " ours=" + ours);
                }
        System.out.printf("documents %d, mentions %d, linked by CoreNLP %d, same link %d (%.2f%%)%n", docs.size(), mentions, linked,
                agree, 100.0 * agree / mentions);
    }
}
