package org.newsgraph.extract.corenlp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * Checks {@link FineNerGazetteer} against CoreNLP's whole fine-grained gazetteer: tags the texts of annotation
 * caches with NER (one CRF, fine-grained types) twice, once with each gazetteer, and counts the tokens whose tags
 * differ. Arguments are annotation caches ({@code .pb}, from {@code EntityHarness}) or sources the product reads.
 * Not a test (it loads the full gazetteer); run by hand in a CoreNLP slot:
 * <pre>
 * java -Xmx3g -cp $CP org.newsgraph.extract.corenlp.GazetteerAgreement /tmp/ent-oke.pb ../shared/corpus/wikinews/wikinews_2019.csv
 * </pre>
 */
public final class GazetteerAgreement {
    private GazetteerAgreement() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        for (String arg : args)
            if (arg.endsWith(".pb"))
                texts.addAll(EntityHarness.load(Path.of(arg)).keySet());
            else
                texts.addAll(EntityHarness.texts(List.of(arg)));
        StanfordCoreNLP theirs = new StanfordCoreNLP(properties(null));
        StanfordCoreNLP ours = new StanfordCoreNLP(properties(FineNerGazetteer.mapping()));
        long tokens = 0;
        long fine = 0;
        long differ = 0;
        for (String text : texts) {
            CoreDocument a = new CoreDocument(text);
            CoreDocument b = new CoreDocument(text);
            theirs.annotate(a);
            ours.annotate(b);
            for (int i = 0; i < a.tokens().size(); i++) {
                CoreLabel x = a.tokens().get(i);
                CoreLabel y = b.tokens().get(i);
                tokens++;
                if (!x.ner().equals(y.ner())) {
                    differ++;
                    System.out.println("DIFFER '" + x.word() + "' corenlp=" + x.ner() + " ours=" + y.ner());
                } else if (!x.ner().equals(x.get(edu.stanford.nlp.ling.CoreAnnotations.CoarseNamedEntityTagAnnotation.class)))
                    fine++;
            }
        }
        System.out.printf("texts %d, tokens %d, fine-grained tags %d, different tags %d%n", texts.size(), tokens, fine, differ);
    }

    private static Properties properties(String mapping) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "true");
        if (mapping != null)
            p.setProperty("ner.fine.regexner.mapping", mapping);
        return p;
    }
}
