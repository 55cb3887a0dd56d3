package org.newsgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.newsgraph.extract.Claim;
import org.newsgraph.extract.CodePoints;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionKind;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.SpeechAct;
import org.newsgraph.source.Article;

/** Two small original articles and hand-made extractions of them, offsets found by search, not typed in. */
final class Fixtures {
    static final String SOLAR = "solar-plant.txt";
    static final String VISIT = "costa-visit.txt";

    private Fixtures() {
    }

    static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code point span of the {@code nth} (0-based) occurrence of {@code needle} in {@code text}. */
    static Span find(String text, String needle, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(needle, at + 1);
            if (at < 0)
                throw new IllegalArgumentException("'" + needle + "' occurs fewer than " + (nth + 1) + " times");
        }
        return new CodePoints(text).span(at, at + needle.length());
    }

    static Span find(String text, String needle) {
        return find(text, needle, 0);
    }

    static Article solarArticle() {
        return Article.builder("fixtures/solar-plant.txt", read(SOLAR))
                .headline("Solar maker to open plant in São Paulo")
                .url("https://news.example.org/2026/03/solar-plant")
                .datePublished("2026-03-02")
                .dateModified("2026-03-02T10:15:00+01:00")
                .publisher("Example  Daily News")
                .author("Jo Müller").author("Sam Lee")
                .keyword("energy").keyword("Brazil")
                .section("Business").language("en")
                .build();
    }

    static Extraction solarExtraction() {
        String t = read(SOLAR);
        List<Sentence> sentences = List.of(
                new Sentence(0, find(t, "Solar maker to open plant in São Paulo")),
                new Sentence(1, find(t, "Solaris Énergie will build a panel plant in São Paulo, its chairman Ana Costa said on Monday.")),
                new Sentence(2, find(t, "\"We will hire 500 workers 🌞,\" Costa told reporters, \"and train them here.\"")),
                new Sentence(3, find(t, "The U.S. accused the firm of dumping panels.")),
                new Sentence(4, find(t, "Mr O'Brien's fund owns a stake in Solaris Énergie, which denied the claims.")));
        List<Entity> entities = List.of(
                new Entity("e1", EntityType.PERSON, "Ana Costa", Optional.empty(), List.of("Costa")),
                new Entity("e2", EntityType.ORGANIZATION, "Solaris Énergie", Optional.empty(), List.of()),
                new Entity("e3", EntityType.CITY, "São Paulo", Optional.of("São Paulo"), List.of()),
                new Entity("e4", EntityType.COUNTRY, "U.S.", Optional.of("United_States"), List.of()),
                new Entity("e5", EntityType.PERSON, "Mr O'Brien's", Optional.empty(), List.of()));
        Span costa = find(t, "Ana Costa");
        Span costa2 = find(t, "Costa told", 0);
        costa2 = new Span(costa2.begin(), costa2.begin() + "Costa".length());
        Span us = find(t, "U.S.");
        Span solaris2 = find(t, "Solaris Énergie", 1);
        List<Mention> mentions = List.of(
                new Mention(find(t, "Solaris Énergie", 0), "Solaris Énergie", 1, MentionKind.NAME, "e2"),
                new Mention(find(t, "São Paulo", 0), "São Paulo", 0, MentionKind.NAME, "e3"),
                new Mention(find(t, "São Paulo", 1), "São Paulo", 1, MentionKind.NAME, "e3"),
                new Mention(find(t, "its"), "its", 1, MentionKind.PRONOUN, "e2"),
                new Mention(costa, "Ana Costa", 1, MentionKind.NAME, "e1"),
                new Mention(costa2, "Costa", 2, MentionKind.NAME, "e1"),
                new Mention(us, "U.S.", 3, MentionKind.NAME, "e4"),
                new Mention(find(t, "the firm"), "the firm", 3, MentionKind.NOMINAL, "e2"),
                new Mention(find(t, "Mr O'Brien"), "Mr O'Brien", 4, MentionKind.NAME, "e5"),
                new Mention(solaris2, "Solaris Énergie", 4, MentionKind.NAME, "e2"));
        List<Role> roles = List.of(new Role("chairman", find(t, "chairman"), "chairman", 1, Optional.of("e1"),
                Optional.of("e2")));
        List<Relation> relations = List.of(
                new Relation("e1", "per:employee_or_member_of", Optional.of("e2"), "Solaris Énergie", 0.83,
                        find(t, "Solaris Énergie will build a panel plant in São Paulo, its chairman Ana Costa"), 1),
                new Relation("e1", "per:title", Optional.empty(), "chairman", 0.91, find(t, "chairman Ana Costa"), 1),
                new Relation("e2", "org:shareholders", Optional.of("e5"), "Mr O'Brien", 0.64,
                        find(t, "Mr O'Brien's fund owns a stake in Solaris Énergie"), 4));
        List<Claim> claims = List.of(
                new Claim(Optional.of(costa), Optional.of("e1"), Optional.of(find(t, "said")), "say", SpeechAct.STATEMENT,
                        List.of(find(t, "Solaris Énergie will build a panel plant in São Paulo")), false, false, false, 1,
                        List.of("e2", "e3")),
                new Claim(Optional.of(costa2), Optional.of("e1"), Optional.of(find(t, "told")), "tell", SpeechAct.STATEMENT,
                        List.of(find(t, "We will hire 500 workers 🌞,"), find(t, "and train them here.")), true, false, false,
                        2, List.of()),
                new Claim(Optional.of(find(t, "The U.S.")), Optional.of("e4"), Optional.of(find(t, "accused")), "accuse",
                        SpeechAct.ACCUSATION, List.of(find(t, "the firm of dumping panels")), false, false, false, 3,
                        List.of("e2")),
                new Claim(Optional.of(find(t, "which")), Optional.of("e2"), Optional.of(find(t, "denied")), "deny",
                        SpeechAct.DENIAL, List.of(find(t, "the claims")), false, false, true, 4, List.of()));
        return new Extraction(sentences, entities, mentions, roles, relations, claims, 71);
    }

    static Article visitArticle() {
        return Article.builder("fixtures/costa-visit.txt", read(VISIT)).datePublished("2026-03-03T09:00:00Z").build();
    }

    static Extraction visitExtraction() {
        String t = read(VISIT);
        List<Sentence> sentences = List.of(new Sentence(0, find(t, "Ana Costa visits Brazil")),
                new Sentence(1, find(t, "Ana Costa met US officials in São Paulo on Tuesday.")),
                new Sentence(2, find(t, "She said Brazil would buy more panels.")));
        List<Entity> entities = List.of(
                new Entity("p", EntityType.PERSON, "Ana Costa", Optional.empty(), List.of()),
                new Entity("b", EntityType.COUNTRY, "Brazil", Optional.of("Brazil"), List.of()),
                new Entity("u", EntityType.COUNTRY, "US", Optional.empty(), List.of()),
                new Entity("s", EntityType.LOCATION, "São Paulo", Optional.empty(), List.of()));
        List<Mention> mentions = List.of(
                new Mention(find(t, "Ana Costa", 0), "Ana Costa", 0, MentionKind.NAME, "p"),
                new Mention(find(t, "Brazil", 0), "Brazil", 0, MentionKind.NAME, "b"),
                new Mention(find(t, "Ana Costa", 1), "Ana Costa", 1, MentionKind.NAME, "p"),
                new Mention(find(t, "US"), "US", 1, MentionKind.NAME, "u"),
                new Mention(find(t, "São Paulo"), "São Paulo", 1, MentionKind.NAME, "s"),
                new Mention(find(t, "She"), "She", 2, MentionKind.PRONOUN, "p"),
                new Mention(find(t, "Brazil", 1), "Brazil", 2, MentionKind.NAME, "b"));
        List<Claim> claims = List.of(new Claim(Optional.of(find(t, "She")), Optional.of("p"), Optional.of(find(t, "said")),
                "say", SpeechAct.STATEMENT, List.of(find(t, "Brazil would buy more panels")), false, false, false, 2,
                List.of("b")));
        return new Extraction(sentences, entities, mentions, List.of(), List.of(), claims, 20);
    }
}
