package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** The text rules of name identity: Unicode form, spacing, honorifics, possessives, Wikipedia titles. */
final class NameNormaliser {
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Mr|Mrs|Ms|Mx|Dr|Prof)\\.?\\s+(?=\\S)");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|(?<=s)['’])$");

    private NameNormaliser() {
    }

    /** NFC, trimmed, white space collapsed; typographic apostrophes kept as written. */
    static String normalise(String text) {
        return SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }

    /** Drops a leading honorific ("Mr", "Dr.") where a name remains. */
    static String stripHonorific(String name) {
        return HONORIFIC.matcher(name).replaceFirst("");
    }

    /** Drops a trailing possessive ("Huawei's" → "Huawei", "Jones'" → "Jones"). */
    static String stripPossessive(String name) {
        String stripped = POSSESSIVE.matcher(name).replaceFirst("").strip();
        return stripped.isEmpty() ? name : stripped;
    }

    /** A Wikipedia title as Wikipedia writes it: underscores for spaces, first letter in upper case. */
    static String title(String title) {
        String t = normalise(title.replace('_', ' '));
        if (t.isEmpty())
            return t;
        int first = t.codePointAt(0);
        return (new StringBuilder().appendCodePoint(Character.toUpperCase(first)) + t.substring(Character.charCount(first)))
                .replace(' ', '_');
    }
}
