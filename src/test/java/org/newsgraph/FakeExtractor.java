package org.newsgraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

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
 * A canned extractor for tests: finds a few known names in the text, splits sentences at ". ", and
 * makes a claim of "NAME said CONTENT." — no CoreNLP. Counts its calls.
 */
public final class FakeExtractor implements Extractor {
    public static final Map<String, EntityType> NAMES = Map.of("Liang Hua", EntityType.PERSON, "Huawei",
            EntityType.ORGANIZATION, "France", EntityType.COUNTRY, "Ana Sousa", EntityType.PERSON);
    private final AtomicInteger calls = new AtomicInteger();

    public int calls() {
        return calls.get();
    }

    /**
     * An extractor that first hands each article to {@code first} (which may throw, wait or count, as a test needs),
     * then extracts it as a new FakeExtractor does.
     */
    public static Extractor first(java.util.function.Consumer<Article> first) {
        FakeExtractor fake = new FakeExtractor();
        return new Extractor() {
            @Override
            public Extraction extract(Article article) {
                first.accept(article);
                return fake.extract(article);
            }

            @Override
            public Profile profile() {
                return fake.profile();
            }
        };
    }

    @Override
    public Profile profile() {
        return Profile.FAST;
    }

    @Override
    public Extraction extract(Article article) {
        calls.incrementAndGet();
        String text = article.text();
        CodePoints cp = new CodePoints(text);
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' '))) {
                int end = Math.min(i + 1, text.length());
                if (end > start && !text.substring(start, end).isBlank())
                    sentences.add(new Sentence(sentences.size(), cp.span(start, end)));
                start = end + 1;
                i = end;
            }
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (var name : NAMES.entrySet()) {
            for (int at = text.indexOf(name.getKey()); at >= 0; at = text.indexOf(name.getKey(), at + 1)) {
                Entity e = entities.computeIfAbsent(name.getKey(),
                        n -> new Entity("e" + (entities.size() + 1), name.getValue(), n, Optional.empty(), List.of()));
                Span span = cp.span(at, at + name.getKey().length());
                mentions.add(new Mention(span, name.getKey(), sentenceOf(sentences, span), MentionKind.NAME, e.id()));
            }
        }
        List<Claim> claims = new ArrayList<>();
        for (Mention m : mentions) {
            String after = " said ";
            int charEnd = text.offsetByCodePoints(0, m.span().end());
            if (text.startsWith(after, charEnd)) {
                int contentBegin = charEnd + after.length();
                int contentEnd = text.indexOf('.', contentBegin);
                if (contentEnd > contentBegin)
                    claims.add(new Claim(Optional.of(m.span()), Optional.of(m.entityId()),
                            Optional.of(cp.span(charEnd + 1, charEnd + 5)), "say", SpeechAct.STATEMENT,
                            List.of(cp.span(contentBegin, contentEnd)), false, false, false, m.sentence(), List.of()));
            }
        }
        return new Extraction(sentences, List.copyOf(entities.values()), mentions, List.of(), List.of(), claims,
                text.split("\\s+").length);
    }

    private static int sentenceOf(List<Sentence> sentences, Span span) {
        for (Sentence s : sentences)
            if (s.span().contains(span))
                return s.index();
        return 0;
    }
}
