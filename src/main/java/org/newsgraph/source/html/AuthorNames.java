package org.newsgraph.source.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns bylines as pages state them ("By TOM LEE, AP Business Writer", "Ann Lee and Bo Chan") into
 * author names: the "By" and the job titles or news agencies after a comma go, lists are split, and
 * names written in capitals get ordinary capitals.
 */
final class AuthorNames {
    private static final Pattern LIST = Pattern.compile("\\s+(?:and|&)\\s+|\\s*[;|]\\s*");
    private static final Pattern BY = Pattern.compile("(?i)^\\s*by[:\\s]+");
    /** Words of a job title or an organisation, which follow a name after a comma. */
    private static final Pattern AFFILIATION = Pattern.compile("(?i)\\b(writer|correspondent|editor|reporter"
            + "|contributor|columnist|staff|business|news|press|international|insider|associated|reuters|afp|ap|cnn"
            + "|bbc|bureau|service|agency|desk|times|post|journal|magazine|online|ms|md|phd|rdn|rd|jr|sr)\\b\\.?");

    private AuthorNames() {
    }

    /** The names in one byline, in order; URLs and handles are not names and are dropped. */
    static List<String> parse(String byline) {
        List<String> names = new ArrayList<>();
        for (String part : LIST.split(BY.matcher(byline).replaceFirst(""))) {
            for (String name : splitCommas(part.strip())) {
                String n = capitalise(BY.matcher(name).replaceFirst("").strip());
                if (!n.isEmpty() && !n.contains("://") && !n.startsWith("@") && n.length() < 80 && !names.contains(n))
                    names.add(n);
            }
        }
        return names;
    }

    /** "Ann Lee, Bo Chan" is two names; "Lee, Ann" is one; "Tom Lee, AP Business Writer" is Tom Lee. */
    private static List<String> splitCommas(String part) {
        String[] pieces = part.split("\\s*,\\s*");
        if (pieces.length == 1)
            return List.of(part);
        List<String> names = new ArrayList<>();
        for (String piece : pieces)
            if (!piece.isBlank() && !AFFILIATION.matcher(piece).find())
                names.add(piece);
        if (names.size() > 1 && names.stream().anyMatch(n -> !n.contains(" ")))
            return List.of(String.join(", ", names));
        return names;
    }

    private static String capitalise(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.chars().noneMatch(Character::isLetter))
            return name;
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }
}
