package org.newsgraph.extract;

import java.util.Locale;

/** How much language work to do: what it costs in time and memory is measured in the README. */
public enum Profile {
    /** names, roles and claims from NER, the dependency parse and quotes; no coreference (names grouped by form), no KBP relations, no entity linking */
    FAST,
    /** coreference, KBP relations and entity linking */
    DEFAULT,
    /** everything CoreNLP offers that we use, with the most accurate (slowest) models */
    FULL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Profile parse(String value) {
        for (Profile p : values())
            if (p.label().equals(value))
                return p;
        throw new IllegalArgumentException("Unknown profile '" + value + "'; allowed: fast, default, full");
    }
}
