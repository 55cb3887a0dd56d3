package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsgraph.extract.Claim;
import org.newsgraph.extract.CodePoints;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionKind;
import org.newsgraph.extract.Profile;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.SpeechAct;
import org.newsgraph.source.Article;

/**
 * A fake extractor whose output the test writes: mentions and claims are given as phrases to find in an
 * article whose text contains a key; spans are computed in code points. No CoreNLP.
 */
public final class ScriptedExtractor implements Extractor {
    record MentionScript(String phrase, EntityType type, String entityName, Optional<String> title) {
    }

    /** A claim by phrases: speaker and cue may be null (absent); the cue is searched after the speaker. */
    record ClaimScript(String speaker, String cue, String content) {
    }

    /** The claims the attribution tests score: see AttributionEvaluationTest for the figures they give. */
    public static ScriptedExtractor forAttributionFixture() {
        return new ScriptedExtractor()
                .claim("Okafor", "Ruth Okafor", "said", "the bridge would reopen") // partial content, right source
                .claim("Okafor", "Mayor", "denied", "repairs were late") // right content and cue, wrong source
                .claim("Okafor", null, null, "closes bridge") // only the second annotator's file has it
                .claim("Budget", "officials", "said", "would cut costs by half") // one part of discontinuous content
                .claim("Budget", null, "reported", "Delays are expected"); // no source on either side
    }

    /** The mentions the entity tests score: see EntityEvaluationTest for the figures they give. */
    public static ScriptedExtractor forEntityFixture() {
        return new ScriptedExtractor()
                .mention("Aurora", "Marta Lindqvist", EntityType.PERSON, "Marta Lindqvist", "Marta_Lindqvist")
                .mention("Aurora", "Aurora", EntityType.ORGANIZATION, "Aurora", null) // overlaps "Aurora Labs" only
                .mention("Aurora", "Uppsala", EntityType.CITY, "Uppsala", "Uppsala_Municipality") // wrong link
                .mention("chief", "She", EntityType.PERSON, "Marta Lindqvist", "Marta_Lindqvist")
                .mention("chief", "its", EntityType.ORGANIZATION, "Aurora Labs", null); // not in the gold
    }

    private final Map<String, List<MentionScript>> mentions = new LinkedHashMap<>();
    private final Map<String, List<ClaimScript>> claims = new LinkedHashMap<>();

    ScriptedExtractor mention(String textKey, String phrase, EntityType type, String entityName, String title) {
        mentions.computeIfAbsent(textKey, k -> new ArrayList<>())
                .add(new MentionScript(phrase, type, entityName, Optional.ofNullable(title)));
        return this;
    }

    ScriptedExtractor claim(String textKey, String speaker, String cue, String content) {
        claims.computeIfAbsent(textKey, k -> new ArrayList<>()).add(new ClaimScript(speaker, cue, content));
        return this;
    }

    @Override
    public Profile profile() {
        return Profile.FAST;
    }

    @Override
    public Extraction extract(Article article) {
        String text = article.text();
        CodePoints cp = new CodePoints(text);
        List<Sentence> sentences = List.of(new Sentence(0, cp.span(0, text.length())));
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<Mention> ms = new ArrayList<>();
        List<Claim> cs = new ArrayList<>();
        mentions.forEach((key, scripts) -> {
            if (!text.contains(key))
                return;
            for (MentionScript m : scripts) {
                Entity e = entities.computeIfAbsent(m.entityName(),
                        n -> new Entity("e" + (entities.size() + 1), m.type(), n, m.title(), List.of()));
                int at = find(text, m.phrase(), 0);
                ms.add(new Mention(cp.span(at, at + m.phrase().length()), m.phrase(), 0,
                        m.phrase().equals(m.entityName()) ? MentionKind.NAME : MentionKind.PRONOUN, e.id()));
            }
        });
        claims.forEach((key, scripts) -> {
            if (!text.contains(key))
                return;
            for (ClaimScript c : scripts) {
                Optional<Span> speaker = Optional.empty();
                int from = 0;
                if (c.speaker() != null) {
                    int at = find(text, c.speaker(), 0);
                    speaker = Optional.of(cp.span(at, at + c.speaker().length()));
                    from = at;
                }
                Optional<Span> cue = Optional.empty();
                if (c.cue() != null) {
                    int at = find(text, c.cue(), from);
                    cue = Optional.of(cp.span(at, at + c.cue().length()));
                }
                int at = find(text, c.content(), 0);
                cs.add(new Claim(speaker, Optional.empty(), cue, c.cue() == null ? "\"" : c.cue(), SpeechAct.STATEMENT,
                        List.of(cp.span(at, at + c.content().length())), false, false, false, 0, List.of()));
            }
        });
        return new Extraction(sentences, List.copyOf(entities.values()), ms, List.of(), List.of(), cs,
                text.split("\\s+").length);
    }

    private static int find(String text, String phrase, int from) {
        int at = text.indexOf(phrase, from);
        if (at < 0)
            throw new IllegalStateException("script phrase '" + phrase + "' is not in the text");
        return at;
    }
}
