package org.newsgraph.extract.corenlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.CodePoints;
import org.newsgraph.extract.Profile;
import org.newsgraph.extract.SpeechAct;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The claim tests' shared means: texts annotated by the JVM's shared pipeline ({@link CoreNlpPipelines}, default profile), the
 * {@link ClaimFinder}'s claims of a text, and the covered text of their parts.
 */
final class ParsedClaims {
    private ParsedClaims() {
    }

    /** The text annotated by the JVM's shared pipeline of the default profile (what the extractor gives the finder). */
    static CoreDocument parse(String text) {
        CoreDocument doc = new CoreDocument(text);
        CoreNlpPipelines.get(Profile.DEFAULT).annotate(doc);
        return doc;
    }

    /** The first sentence of a text as the claim rules see it. */
    static AttributionTree firstTree(String text) {
        var sentence = parse(text).sentences().get(0);
        return new AttributionTree(sentence.tokens(),
                sentence.coreMap().get(edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class),
                sentence.coreMap().get(edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class),
                new CodePoints(text));
    }

    /** The index of the first token {@code word} of a tree. */
    static int tokenOf(AttributionTree tree, String word) {
        for (int i = 0; i < tree.size(); i++)
            if (tree.token(i).word().equals(word))
                return i;
        throw new AssertionError("no token '" + word + "' in the sentence");
    }

    static List<Claim> claims(String text, EntityLookup lookup) {
        return new ClaimFinder().find(parse(text), text, new CodePoints(text), lookup);
    }

    static List<Claim> claims(String text) {
        return claims(text, EntityLookup.NONE);
    }

    /** Every match of the rules, the cue model's verdict left out. */
    static List<Claim> matches(String text) {
        return new ClaimFinder(CueLexicon.standard(), CueScorer.recording(c -> { }))
                .find(parse(text), text, new CodePoints(text), EntityLookup.NONE);
    }

    /** The first match of the rules whose cue lemma is {@code lemma}, the cue model's verdict left out. */
    static Claim match(String text, String lemma) {
        return matches(text).stream().filter(c -> c.cueLemma().equals(lemma)).findFirst()
                .orElseThrow(() -> new AssertionError("no match with cue '" + lemma + "' among " + matches(text)));
    }

    /** The one claim whose cue lemma is {@code lemma}. */
    static Claim claim(String text, String lemma) {
        List<Claim> found = claims(text).stream().filter(c -> c.cueLemma().equals(lemma)).toList();
        assertEquals(1, found.size(), () -> "claims with cue '" + lemma + "' in: " + text);
        return found.get(0);
    }

    static String speaker(Claim c, String text) {
        return c.speaker().map(s -> s.of(text)).orElse("");
    }

    static String cue(Claim c, String text) {
        return c.cue().map(s -> s.of(text)).orElse("");
    }

    /** The content's parts as written, joined by " | ". */
    static String content(Claim c, String text) {
        return c.content().stream().map(s -> s.of(text)).collect(Collectors.joining(" | "));
    }

    static void check(Claim c, String text, String speaker, String cue, String content, SpeechAct act) {
        assertEquals(speaker, speaker(c, text), "speaker");
        assertEquals(cue, cue(c, text), "cue");
        assertEquals(content, content(c, text), "content");
        assertEquals(act, c.act(), "act");
    }
}
