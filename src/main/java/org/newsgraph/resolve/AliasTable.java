package org.newsgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.newsgraph.error.BadInputException;

/**
 * Names that denote one thing within a family ("U.S.", "US", "America" → "United States"). Aliases
 * written in capitals match only as written; others match in any case.
 */
final class AliasTable {
    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, String> folded = new HashMap<>();

    /** Adds {@code alias} → {@code canonical} in {@code family}. */
    void add(EntityFamily family, String alias, String canonical) {
        String name = NameNormaliser.normalise(alias);
        String to = NameNormaliser.normalise(canonical);
        if (name.isEmpty() || to.isEmpty())
            throw new IllegalArgumentException("An alias needs a non-blank name and canonical name, got '" + alias
                    + "' → '" + canonical + "'");
        exact.put(family + "\t" + name, to);
        if (!name.equals(name.toUpperCase(Locale.ROOT)))
            folded.put(family + "\t" + name.toLowerCase(Locale.ROOT), to);
    }

    Optional<String> canonical(EntityFamily family, String normalisedName) {
        String hit = exact.get(family + "\t" + normalisedName);
        if (hit == null)
            hit = folded.get(family + "\t" + normalisedName.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(hit);
    }

    /** Adds every alias of {@code other}; its entries win. */
    void addAll(AliasTable other) {
        exact.putAll(other.exact);
        folded.putAll(other.folded);
    }

    /**
     * Reads lines {@code family <TAB> alias <TAB> canonical}; '#' starts a comment line.
     *
     * @param what the table's name as the user gave it (a path), for messages
     * @throws BadInputException naming the table and line when a line is not such a line, or the table cannot be read
     */
    void load(InputStream in, String what) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#"))
                    continue;
                String[] cells = line.split("\t", -1);
                if (cells.length != 3)
                    throw new BadInputException(what, "line " + number + " has " + cells.length + " tab-separated cells, '"
                            + line + "'; each line is 'family<TAB>alias<TAB>canonical name' (or a '#' comment)");
                if (NameNormaliser.normalise(cells[1]).isEmpty() || NameNormaliser.normalise(cells[2]).isEmpty())
                    throw new BadInputException(what, "line " + number + " has a blank alias or canonical name, '" + line
                            + "'; both need a character that is not white space");
                add(family(cells[0].strip(), what, number), cells[1], cells[2]);
            }
        } catch (IOException e) {
            throw new BadInputException(what, "cannot read the alias table (" + e.getMessage()
                    + "); it needs to be a readable UTF-8 text file", e);
        }
    }

    private static EntityFamily family(String cell, String what, int number) {
        for (EntityFamily f : EntityFamily.values())
            if (f.name().equalsIgnoreCase(cell))
                return f;
        throw new BadInputException(what, "line " + number + " has the unknown family '" + cell
                + "'; allowed: person, organization, place");
    }
}
