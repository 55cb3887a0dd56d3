package org.newsgraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Text to IRI parts: normalising, slugging, percent-encoding and hashing. Used by {@link IriMinter}. */
final class IriText {
    private static final HexFormat HEX = HexFormat.of();
    private static final HexFormat PCT = HexFormat.of().withUpperCase();

    private IriText() {
    }

    /** NFC, trimmed, every run of white space collapsed to one space. */
    static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.strip().replaceAll("[\\s\\p{Z}]+", " ");
    }

    /**
     * A lower-case path segment: letters, digits and marks stay (IRIs allow them), white space and
     * underscores become one hyphen, every other character is percent-encoded as UTF-8 — so "/", "#",
     * "&" and quotes can never break the IRI. Empty only when {@code text} is blank.
     */
    static String slug(String text) {
        String lower = Normalizer.normalize(normalise(text).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        lower.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || isMark(cp) || cp == '.' || cp == '~')
                out.appendCodePoint(cp);
            else if (cp == ' ' || cp == '_' || cp == '-') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '-')
                    out.append('-');
            } else
                percentEncode(cp, out);
        });
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-')
            out.setLength(out.length() - 1);
        String slug = out.toString();
        if (slug.isEmpty() && !lower.isBlank()) {
            // only hyphens, underscores and spaces ("-", "_ _"): keep them, encoded
            lower.replace(' ', '-').codePoints().forEach(cp -> percentEncode(cp, out));
            return out.toString();
        }
        // "." and ".." are path steps, not names
        return slug.chars().allMatch(c -> c == '.') ? slug.replace(".", "%2E") : slug;
    }

    /**
     * A Wikipedia or DBpedia page name: white space as underscores, first letter upper case (as
     * Wikipedia treats it), characters that an IRI path cannot hold percent-encoded; the rest as is.
     */
    static String pageName(String title) {
        String name = normalise(title.replace('_', ' ')).replace(' ', '_');
        if (name.isEmpty())
            return name;
        int first = name.codePointAt(0);
        StringBuilder out = new StringBuilder().appendCodePoint(Character.toUpperCase(first));
        name.substring(Character.charCount(first)).codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7F || "\"<>\\^`{|}%?#[]".indexOf(cp) >= 0 || Character.isWhitespace(cp)
                    || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.PRIVATE_USE)
                percentEncode(cp, out);
            else
                out.appendCodePoint(cp);
        });
        return out.toString();
    }

    /** The first {@code hexDigits} hex digits of the SHA-256 of the parts, each followed by a NUL. */
    static String hash(int hexDigits, Object... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HEX.formatHex(digest.digest()).substring(0, hexDigits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static void percentEncode(int cp, StringBuilder out) {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8))
            out.append('%').append(PCT.toHexDigits(b));
    }
}
