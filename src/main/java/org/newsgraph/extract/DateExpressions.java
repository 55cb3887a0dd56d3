package org.newsgraph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date expressions of English news text and normalises them: absolute ones ("3 March 2020",
 * "March 3, 2020", "March 2020", "in 2019", "2020-03-03") always, relative ones ("on Monday", "yesterday",
 * "last week", "on March 3", "earlier this month", "two days ago") only against the article's date.
 * Deterministic regular expressions, no model: a few microseconds a sentence.
 * <p>
 * Conventions: a bare weekday lies in the {@link Direction} given (the most recent one on or before the article's
 * date for the past, the next on or after it for the future); "last Friday" is the most recent Friday before the
 * article's date, "next Friday" the first after it, "this Friday" the one in the article's (ISO) week. A day and
 * month without a year ("on March 3"), or a month after a preposition ("in March"), take the year that puts them
 * nearest the article's date (a month half a year away either way goes in the direction given). Weeks are ISO
 * weeks (Monday to Sunday); "earlier this month" is the interval from the month's first day to the article's date.
 * Month names must be capitalised ("may" is no month), abbreviations need their period ("Jan.").
 */
public final class DateExpressions {
    /** Which way a bare weekday or month points from the article's date. */
    public enum Direction { PAST, FUTURE }

    /**
     * A date expression found in a text.
     *
     * @param begin UTF-16 index of its first character in the text searched
     * @param end   UTF-16 index after its last character
     * @param value the date it stands for
     */
    public record Found(int begin, int end, DateValue value) {
        public Found {
            Objects.requireNonNull(value, "The parameter 'value' must not be null.");
            if (begin < 0 || end <= begin)
                throw new IllegalArgumentException("a date expression needs 0 <= begin < end, got [" + begin + "," + end + ")");
        }
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String NUMBER = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})";

    private record Rule(Pattern pattern, BiFunction<Matcher, Context, Optional<Found>> value) {
    }

    /** The article's date and the direction a bare weekday or month points to. */
    record Context(Optional<LocalDate> anchor, Direction direction) {
    }

    private static final List<Rule> RULES = List.of(
            rule("(?<![\\w-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\w-])",
                    (m, c) -> day(m, num(m, 1), num(m, 2), num(m, 3))),
            rule("(?<![\\w.])(\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})(?!\\d)",
                    (m, c) -> day(m, num(m, 3), month(m.group(2)), num(m, 1))),
            rule("(?<!\\w)" + MONTH + "\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})(?!\\d)",
                    (m, c) -> day(m, num(m, 3), month(m.group(1)), num(m, 2))),
            rule("(?<![\\w.])(\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + "(?!\\w)",
                    (m, c) -> dayNearAnchor(m, c, month(m.group(2)), num(m, 1))),
            rule("(?<!\\w)" + MONTH + "\\s+(\\d{1,2})" + ORDINAL + "(?![\\d\\w])",
                    (m, c) -> dayNearAnchor(m, c, month(m.group(1)), num(m, 2))),
            rule("(?<!\\w)(?:(early|mid|late)[-\\s]+)?" + MONTH + ",?\\s+(\\d{4})(?!\\d)",
                    (m, c) -> Optional.of(found(m, part(YearMonth.of(num(m, 3), month(m.group(2))), m.group(1))))),
            rule("(?i:\\b(in|since|until|by|during|from|through|throughout|of)\\s+)?(?:(?i:(early|mid|late|last|this|next))[-\\s]+)?"
                    + MONTH + "(?!\\w|\\.?\\s*\\d)", DateExpressions::monthAlone),
            rule("(?i:\\b(in|since|until|by|during|from|through|throughout|of)\\s+)?(?:(?i:(early|mid|late))[-\\s]+)?((?:1[89]|20)\\d{2})(?![\\w-]|\\.\\d)",
                    DateExpressions::yearAlone),
            rule("(?i:\\b(?:(last|next|this|past|coming)\\s+)?)" + WEEKDAY + "(?:\\s+(?i:morning|afternoon|evening|night))?\\b",
                    RelativeDates::weekday),
            rule("(?i)\\b(today|yesterday|tomorrow|tonight|this\\s+(?:morning|afternoon|evening)|last\\s+night)\\b",
                    RelativeDates::deictic),
            rule("(?i)\\b(?:(earlier|later)\\s+)?(last|this|next|past)\\s+(week|month|year)\\b", RelativeDates::period),
            rule("(?i)\\b(last|this|next|past|over\\s+the|at\\s+the|during\\s+the)\\s+weekend\\b", RelativeDates::weekend),
            rule("(?i)\\b" + NUMBER + "\\s+(day|week|month|year)s?\\s+ago\\b", RelativeDates::ago));

    private DateExpressions() {
    }

    /**
     * The date expressions of {@code text}, left to right, none overlapping (the earliest, then the longest
     * wins); relative ones only where {@code anchor} (the article's date) is given.
     */
    public static List<Found> find(String text, Optional<LocalDate> anchor, Direction direction) {
        Objects.requireNonNull(text, "The parameter 'text' must not be null.");
        Context context = new Context(Objects.requireNonNull(anchor, "The parameter 'anchor' must not be null."),
                Objects.requireNonNull(direction, "The parameter 'direction' must not be null."));
        List<Found> all = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find())
                rule.value().apply(m, context).ifPresent(all::add);
        }
        all.sort(Comparator.comparingInt(Found::begin).thenComparing(Comparator.comparingInt(Found::end).reversed()));
        List<Found> kept = new ArrayList<>();
        for (Found f : all) {
            if (!kept.isEmpty() && f.begin() < kept.get(kept.size() - 1).end())
                continue;
            Found previous = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            // "Monday, March 2": the weekday names the date that follows it
            if (previous != null && f.value().precision() == DateValue.Precision.DAY
                    && text.substring(previous.end(), f.begin()).matches(",?\\s+")
                    && text.substring(previous.begin(), previous.end()).matches(WEEKDAY + ".*")) {
                kept.set(kept.size() - 1, new Found(previous.begin(), f.end(), f.value()));
                continue;
            }
            kept.add(f);
        }
        return kept;
    }

    /**
     * The day of an article's ISO-8601 date or date-time ({@code 2020-02-27}, {@code 2020-02-27T10:15:00+01:00}) as
     * written, the anchor for relative dates; empty when there is none or it is not ISO-8601.
     */
    public static Optional<LocalDate> anchor(Optional<String> date) {
        return Objects.requireNonNull(date, "The parameter 'date' must not be null.").map(String::strip)
                .filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")).flatMap(d -> {
                    try {
                        return Optional.of(LocalDate.parse(d.substring(0, 10)));
                    } catch (DateTimeException notADay) {
                        return Optional.empty();
                    }
                });
    }

    private static Rule rule(String regex, BiFunction<Matcher, Context, Optional<Found>> value) {
        return new Rule(Pattern.compile(regex), value);
    }

    static Found found(Matcher m, DateValue value) {
        return new Found(m.start(), m.end(), value);
    }

    /** The match without a leading preposition: from the first of the groups given that matched. */
    static Found from(Matcher m, int firstGroup, DateValue value) {
        int start = m.end();
        for (int g = firstGroup; g <= m.groupCount(); g++)
            if (m.group(g) != null)
                start = Math.min(start, m.start(g));
        return new Found(start, m.end(), value);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key) + 1;
    }

    private static Optional<Found> day(Matcher m, int year, int month, int day) {
        try {
            return Optional.of(found(m, DateValue.day(LocalDate.of(year, month, day))));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }

    private static Optional<Found> dayNearAnchor(Matcher m, Context c, int month, int day) {
        if (c.anchor().isEmpty())
            return Optional.empty();
        LocalDate anchor = c.anchor().get();
        LocalDate best = null;
        for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
            try {
                LocalDate d = LocalDate.of(year, month, day);
                if (best == null || Math.abs(d.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay()))
                    best = d;
            } catch (DateTimeException notADay) {
                // Feb 29 in a common year: try the others
            }
        }
        return best == null ? Optional.empty() : Optional.of(found(m, DateValue.day(best)));
    }

    /** A month, or its first, middle or last third ("early March": the 1st to the 10th). */
    private static DateValue part(YearMonth month, String part) {
        if (part == null)
            return DateValue.month(month);
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "early" -> DateValue.interval(month.atDay(1), month.atDay(10));
            case "mid" -> DateValue.interval(month.atDay(11), month.atDay(20));
            default -> DateValue.interval(month.atDay(21), month.atEndOfMonth());
        };
    }

    private static Optional<Found> monthAlone(Matcher m, Context c) {
        String preposition = m.group(1), modifier = m.group(2);
        if ((preposition == null && modifier == null) || c.anchor().isEmpty())
            return Optional.empty();
        YearMonth now = YearMonth.from(c.anchor().get());
        YearMonth named = YearMonth.of(now.getYear(), month(m.group(3)));
        String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
        YearMonth month = switch (mod) {
            case "last" -> named.isBefore(now) ? named : named.minusYears(1);
            case "next" -> named.isAfter(now) ? named : named.plusYears(1);
            case "this" -> named;
            default -> nearest(named, now, c.direction());
        };
        boolean part = mod.equals("early") || mod.equals("mid") || mod.equals("late");
        return Optional.of(from(m, 2, part(month, part ? modifier : null)));
    }

    /** The month of that name nearest {@code now}; half a year either way is settled by the direction. */
    private static YearMonth nearest(YearMonth named, YearMonth now, Direction direction) {
        YearMonth best = named.minusYears(1);
        for (YearMonth m : List.of(named, named.plusYears(1))) {
            long d = Math.abs(distance(m, now)), b = Math.abs(distance(best, now));
            if (d < b || d == b && (direction == Direction.FUTURE) == m.isAfter(now))
                best = m;
        }
        return best;
    }

    private static long distance(YearMonth a, YearMonth b) {
        return (a.getYear() - b.getYear()) * 12L + a.getMonthValue() - b.getMonthValue();
    }

    private static Optional<Found> yearAlone(Matcher m, Context c) {
        if (m.group(1) == null && m.group(2) == null)
            return Optional.empty();
        int year = num(m, 3);
        if (m.group(2) == null)
            return Optional.of(from(m, 2, DateValue.year(year)));
        LocalDate first = LocalDate.of(year, 1, 1);
        DateValue value = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "early" -> DateValue.interval(first, LocalDate.of(year, 4, 30));
            case "mid" -> DateValue.interval(LocalDate.of(year, 5, 1), LocalDate.of(year, 8, 31));
            default -> DateValue.interval(LocalDate.of(year, 9, 1), LocalDate.of(year, 12, 31));
        };
        return Optional.of(from(m, 2, value));
    }
}
