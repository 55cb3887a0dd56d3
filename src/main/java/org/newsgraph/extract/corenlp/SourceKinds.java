package org.newsgraph.extract.corenlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.error.NewsGraphException;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.SourceKind;

/**
 * Says what kind of source a claim's speaker is, from the speaker as written: its head word (part of speech,
 * lemma, NER tag), its determiner and number, the entity it resolves to, and the source nouns of the documented
 * resource {@code org/newsgraph/extract/source-nouns.tsv}. In order:
 * <ol>
 * <li>the article's own publisher → publication; a document noun as head ("the report", "a Reuters poll") →
 * document; a name (not a person's) with a publication's name word ("The Daily Ledger", "NBC News", "Reuters") →
 * publication;</li>
 * <li>a pronoun → the kind of the entity it resolves to, else {@link SourceKind#PRONOUN};</li>
 * <li>a proper name → the kind of its entity (a person, an organisation, a place speaking as its government),
 * else of its NER tag;</li>
 * <li>a common noun → its source noun's kind ("officials", "a source", "the report", "the newspaper", "both
 * countries"), except that a title or nominal that coreference resolved to a named entity ("the chairman" → Liang
 * Hua), or that stands with the name of the person it resolves to ("Council president Marc Delorme"), is that
 * entity; a noun not in the list is its entity's kind where resolved, officials where NER calls it a title,
 * an anonymous source where it is plural or indefinite ("critics", "a resident"), else unknown.</li>
 * </ol>
 * Immutable and thread-safe.
 */
final class SourceKinds {
    /** Where the source nouns live on the class path. */
    static final String RESOURCE = "/org/newsgraph/extract/source-nouns.tsv";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us",
            "who", "which", "that");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "some", "several", "many", "few", "two", "three",
            "four", "five", "another", "other", "more", "most", "numerous");
    private static final String PUBLICATION_NAME = "PUBLICATION_NAME";

    /** One word of a speaker as written. */
    record Word(String text, String lemma, String tag, String ner) {
        Word {
            Objects.requireNonNull(text, "The parameter 'text' must not be null.");
            lemma = lemma == null ? text.toLowerCase(Locale.ROOT) : lemma.toLowerCase(Locale.ROOT);
            tag = tag == null ? "" : tag;
            ner = ner == null ? "O" : ner;
        }
    }

    /**
     * A claim's speaker as written.
     *
     * @param words        its words in order
     * @param head         the index of its head word in {@code words}
     * @param entity       the type of the entity the claim's speaker resolves to, where it does
     * @param headIsEntity true when the head word itself is a mention of that entity ("the chairman" in its
     *                     cluster), not a modifier of it ("a Huawei spokesman")
     * @param publisher    true when the speaker is the article's own publisher by name
     */
    record Speaker(List<Word> words, int head, Optional<EntityType> entity, boolean headIsEntity, boolean publisher) {
        Speaker {
            words = List.copyOf(words);
            if (head < 0 || head >= words.size())
                throw new IllegalArgumentException("the head must index a word of the speaker, got " + head + " of " + words.size());
            entity = Objects.requireNonNull(entity);
        }
    }

    private final Map<String, SourceKind> nouns;
    private final Set<String> publicationNames;

    private SourceKinds(Map<String, SourceKind> nouns, Set<String> publicationNames) {
        this.nouns = Map.copyOf(nouns);
        this.publicationNames = Set.copyOf(publicationNames);
    }

    /** Whether the list has the word (a lemma, lower case) as a source noun ("official", "expert", "newspaper"). */
    boolean isSourceNoun(String word) {
        return nouns.containsKey(word);
    }

    /** Whether the list has the word (a lemma, lower case) as a document ("report", "statement"). */
    boolean isDocumentNoun(String word) {
        return nouns.get(word) == SourceKind.DOCUMENT;
    }

    /** The source nouns shipped with newsgraph. */
    static SourceKinds standard() {
        try (InputStream in = SourceKinds.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new NewsGraphException("The source noun list " + RESOURCE + " is missing from the class path.");
            return read(in);
        } catch (IOException e) {
            throw new NewsGraphException("The source noun list " + RESOURCE + " could not be read: " + e.getMessage(), e);
        }
    }

    /** Reads a list in the {@code source-nouns.tsv} format: '#' comments, then word TAB kind per line. */
    static SourceKinds read(InputStream in) throws IOException {
        Map<String, SourceKind> nouns = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (TabLines.Line line : TabLines.read(in)) {
            if (line.cols().size() < 2)
                throw new NewsGraphException("Source noun line " + line.number() + " must be 'word<TAB>kind', got '"
                        + line.text() + "'.");
            String kind = line.col(1).strip();
            if (kind.equals(PUBLICATION_NAME)) {
                names.add(line.col(0).strip());
                continue;
            }
            try {
                nouns.put(line.col(0).strip().toLowerCase(Locale.ROOT), SourceKind.valueOf(kind));
            } catch (IllegalArgumentException e) {
                throw new NewsGraphException("Source noun line " + line.number() + " names an unknown kind '" + kind
                        + "'; allowed: " + java.util.Arrays.toString(SourceKind.values()) + " or " + PUBLICATION_NAME + ".", e);
            }
        }
        return new SourceKinds(nouns, names);
    }

    /** The kind of a claim's source; {@code speaker} empty where the claim has none written. */
    SourceKind classify(Optional<Speaker> speaker, Optional<EntityType> entity) {
        return speaker.map(this::classify).orElseGet(() -> entity.map(SourceKinds::ofEntity).orElse(SourceKind.UNKNOWN));
    }

    SourceKind classify(Speaker s) {
        Word head = s.words().get(s.head());
        String lemma = head.lemma();
        SourceKind noun = nouns.getOrDefault(lemma, nouns.get(head.text().toLowerCase(Locale.ROOT)));
        // a plural the lemmatiser left whole ("court filings": lemma "filings")
        if (noun == null && head.tag().startsWith("NN") && head.tag().endsWith("S") && lemma.endsWith("s"))
            noun = nouns.get(lemma.substring(0, lemma.length() - 1));
        // a name is capitalised and tagged so; a source noun NER leaves alone is no name ("the Vermont senator" as NNP,
        // "Police said" at the start of a sentence)
        boolean name = head.tag().startsWith("NNP") && Character.isUpperCase(head.text().codePointAt(0))
                && !(noun != null && head.ner().equals("O") && !publicationNames.contains(head.text()));
        if (s.publisher())
            return SourceKind.PUBLICATION;
        if (!name && noun == SourceKind.DOCUMENT) // "a Reuters poll", "the Post's report"
            return noun;
        if (name && !head.ner().equals("PERSON") && namesPublication(s))
            return SourceKind.PUBLICATION;
        if (head.tag().startsWith("PRP") || head.tag().startsWith("W") || PRONOUNS.contains(lemma) && s.words().size() == 1)
            return s.entity().map(SourceKinds::ofEntity).orElse(SourceKind.PRONOUN);
        if (name) {
            if (s.entity().isPresent())
                return ofEntity(s.entity().get());
            Optional<SourceKind> byNer = ofNer(head.ner());
            if (byNer.isPresent())
                return byNer.get();
        }
        if (noun == SourceKind.PUBLICATION)
            return noun;
        // a title with the name of the person it resolves to: "Council president Marc Delorme", "the director, Dr. Sousa"
        if ((noun == null || noun == SourceKind.OFFICIALS || noun == SourceKind.ANONYMOUS)
                && s.entity().equals(Optional.of(EntityType.PERSON)) && s.words().stream().anyMatch(w -> w.ner().equals("PERSON")))
            return SourceKind.PERSON;
        if (s.headIsEntity() && s.entity().isPresent())
            return resolved(s.entity().get(), noun);
        if (noun != null)
            return noun;
        if (head.ner().equals("TITLE"))
            return SourceKind.OFFICIALS;
        Optional<SourceKind> byNer = ofNer(head.ner());
        if (byNer.isPresent())
            return byNer.get();
        if (head.tag().startsWith("NN") && (head.tag().endsWith("S") || indefinite(s)))
            return SourceKind.ANONYMOUS;
        return SourceKind.UNKNOWN;
    }

    /**
     * A common noun that coreference tied to a named entity: a person is that person ("the chairman"); an
     * organisation is that organisation unless the noun names people ("the workers"); a place does not make a
     * senator or a ministry a government, so there the noun's own kind stays.
     */
    private static SourceKind resolved(EntityType entity, SourceKind noun) {
        if (entity == EntityType.PERSON || noun == null)
            return ofEntity(entity);
        if (entity == EntityType.ORGANIZATION && noun != SourceKind.ANONYMOUS)
            return SourceKind.ORGANIZATION;
        return noun;
    }

    /** A publication's name word in the name that ends in the head: "The Daily Ledger", "NBC News", "Reuters". */
    private boolean namesPublication(Speaker s) {
        for (int i = s.head(); i >= 0 && s.words().get(i).tag().startsWith("NNP"); i--)
            if (publicationNames.contains(s.words().get(i).text()))
                return true;
        return false;
    }

    private static boolean indefinite(Speaker s) {
        for (int i = 0; i < s.head(); i++) {
            Word w = s.words().get(i);
            if (INDEFINITE.contains(w.lemma()) || w.tag().equals("CD"))
                return true;
        }
        return false;
    }

    static SourceKind ofEntity(EntityType type) {
        return switch (type) {
            case PERSON -> SourceKind.PERSON;
            case ORGANIZATION -> SourceKind.ORGANIZATION;
            case COUNTRY, CITY, STATE_OR_PROVINCE, LOCATION -> SourceKind.GOVERNMENT;
        };
    }

    private static Optional<SourceKind> ofNer(String ner) {
        return switch (ner) {
            case "PERSON" -> Optional.of(SourceKind.PERSON);
            case "ORGANIZATION" -> Optional.of(SourceKind.ORGANIZATION);
            case "COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION", "GPE" -> Optional.of(SourceKind.GOVERNMENT);
            default -> Optional.empty();
        };
    }
}
