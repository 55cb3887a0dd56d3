package org.newsgraph.resolve;

import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionKind;
import org.newsgraph.source.Article;

/**
 * Cross-article identity from links and names. An entity's key is its family (person, organisation,
 * place) with its Wikipedia title where linked, and otherwise its normalised name: NFC, spaces
 * collapsed, no honorific ("Mr", "Dr"), no possessive ("'s"), no leading lower-case "the", and the
 * canonical name from an alias table ("U.S.", "US", "America" → "United States"). Places keep their
 * finer type in the key; the minter keys all places by family, so Country France and Location France
 * share one IRI. A person known only by one word ("Liang") keeps no link: the linker's guess for a lone
 * surname would join every namesake across articles, so it is keyed by that word alone, never meets
 * "Liang Hua" of another article unless its own article ties the two, and stays its article's own
 * ({@link Resolution#isSurnameOnly}): "Smith" of one article is not "Smith" of another. Where the linker's page for it is a person's
 * full name ending in that word ("Kroto" → Harry Kroto), the page is still written as its link
 * ({@link Resolution#surnameLink}), not as its identity; a nationality keeps its people's page ("American" →
 * Americans). Entities the article never names ("he" with no named antecedent) are its own
 * ({@link Resolution#isUnnamed}). Thread-safe; built with {@link #builder()} or {@link #standard()}.
 */
public final class NameResolver implements Resolver {
    private static final String ALIASES = "aliases.tsv";
    private final AliasTable aliases;

    private NameResolver(AliasTable aliases) {
        this.aliases = aliases;
    }

    /** A resolver with the bundled alias table. */
    public static NameResolver standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Resolution resolve(Article article, Extraction extraction) {
        Objects.requireNonNull(extraction, "The parameter 'extraction' must not be null.");
        Map<String, EntityKey> keys = new LinkedHashMap<>();
        for (Entity entity : extraction.entities())
            keys.put(entity.id(), key(entity));
        Set<String> named = new HashSet<>();
        for (Mention m : extraction.mentions())
            if (m.kind() == MentionKind.NAME)
                named.add(m.entityId());
        Set<String> unnamed = new HashSet<>();
        for (Entity entity : extraction.entities())
            if (!named.contains(entity.id()) && extraction.mentions().stream().anyMatch(m -> m.entityId().equals(entity.id())))
                unnamed.add(entity.id());
        Map<String, String> surnameLinks = new LinkedHashMap<>();
        for (Entity entity : extraction.entities())
            surnameLink(entity).ifPresent(link -> surnameLinks.put(entity.id(), link));
        Set<String> surnameOnly = new HashSet<>();
        for (Entity entity : extraction.entities())
            if (named.contains(entity.id()) && surnameOnly(entity))
                surnameOnly.add(entity.id());
        return new Resolution(keys, unnamed, surnameLinks, surnameOnly);
    }

    /** The key of one entity. */
    public EntityKey key(Entity entity) {
        Objects.requireNonNull(entity, "The parameter 'entity' must not be null.");
        Optional<String> title = entity.wikipediaTitle().map(NameNormaliser::title).filter(t -> !t.isEmpty());
        if (EntityFamily.of(entity.type()) == EntityFamily.PERSON && loneWord(entity) && !title.map(t -> isPeoplePage(entity, t)).orElse(false))
            title = Optional.empty(); // a lone surname's link is a guess that would join every namesake
        return new EntityKey(entity.type(), canonicalName(EntityFamily.of(entity.type()), entity.name()), title);
    }

    /** Whether a page is the people a nationality word names ("American" → Americans, "French" → French people). */
    private static boolean isPeoplePage(Entity entity, String title) {
        String t = title.replace('_', ' ');
        return t.equals(entity.name() + "s") || t.equals(entity.name() + " people");
    }

    /**
     * The linker's page for a person known only by one word, where that page is a person's full name ending in the
     * word ("Kroto" → "Harry Kroto", not the surname's list page "Kroto" or a town "Nickerson, Kansas").
     */
    Optional<String> surnameLink(Entity entity) {
        if (EntityFamily.of(entity.type()) != EntityFamily.PERSON || !loneWord(entity))
            return Optional.empty();
        String word = NameNormaliser.stripPossessive(NameNormaliser.stripHonorific(NameNormaliser.normalise(entity.name())));
        return entity.wikipediaTitle().map(NameNormaliser::title).filter(t -> {
            String page = t.replace('_', ' ').replaceAll(" \\(.*\\)$", "");
            String[] words = page.split(" ");
            return words.length >= 2 && !page.contains(",") && words[words.length - 1].equalsIgnoreCase(word);
        });
    }

    /** A person the article names by one word alone that is not a nationality ("American" → Americans). */
    private static boolean surnameOnly(Entity entity) {
        if (EntityFamily.of(entity.type()) != EntityFamily.PERSON || !loneWord(entity))
            return false;
        return !entity.wikipediaTitle().map(NameNormaliser::title).map(t -> isPeoplePage(entity, t)).orElse(false);
    }

    /** Whether every name the article gives the entity is one word after honorifics ("Liang", "Mr Liang"). */
    private static boolean loneWord(Entity entity) {
        if (!oneWord(entity.name()))
            return false;
        return entity.aliases().stream().allMatch(NameResolver::oneWord);
    }

    private static boolean oneWord(String name) {
        String n = NameNormaliser.stripPossessive(NameNormaliser.stripHonorific(NameNormaliser.normalise(name)));
        return !n.contains(" ");
    }

    /** The name an entity of {@code family} called {@code name} is known by across articles. */
    public String canonicalName(EntityFamily family, String name) {
        String n = NameNormaliser.normalise(name);
        if (family == EntityFamily.PERSON)
            n = NameNormaliser.stripHonorific(n);
        n = NameNormaliser.stripPossessive(n);
        Optional<String> hit = aliases.canonical(family, n);
        if (hit.isEmpty() && (n.startsWith("the ") || n.startsWith("The "))) {
            String rest = n.substring(4).strip();
            hit = aliases.canonical(family, rest);
            if (hit.isEmpty() && n.startsWith("the ") && !rest.isEmpty())
                n = rest;
        }
        return hit.orElse(n.isEmpty() ? NameNormaliser.normalise(name) : n);
    }

    /** Configures a resolver: the bundled alias table, plus any aliases added. */
    public static final class Builder {
        private final AliasTable aliases = new AliasTable();

        private Builder() {
        }

        /** Adds one alias: in {@code family}, {@code alias} denotes what {@code canonical} does. */
        public Builder alias(EntityFamily family, String alias, String canonical) {
            aliases.add(Objects.requireNonNull(family, "The parameter 'family' must not be null."), alias, canonical);
            return this;
        }

        /** Adds the aliases of a table of lines {@code family <TAB> alias <TAB> canonical}. */
        public Builder aliases(InputStream table, String name) {
            aliases.load(Objects.requireNonNull(table, "The parameter 'table' must not be null."), name);
            return this;
        }

        public NameResolver build() {
            AliasTable table = new AliasTable();
            InputStream in = NameResolver.class.getResourceAsStream(ALIASES);
            if (in == null)
                throw new IllegalStateException("The bundled alias table " + ALIASES + " is missing from the class path");
            table.load(in, ALIASES);
            table.addAll(aliases);
            return new NameResolver(table);
        }
    }
}
