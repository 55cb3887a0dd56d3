package org.newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import org.newsgraph.extract.DateExpressions.Context;
import org.newsgraph.extract.DateExpressions.Direction;
import org.newsgraph.extract.DateExpressions.Found;

/**
 * The calendar arithmetic of {@link DateExpressions} for expressions that count from the article's date:
 * weekdays, "today" and its kin, "last/this/next week|month|year", weekends and "N days ago". Each method takes
 * the rule's match and gives nothing without an article date.
 */
final class RelativeDates {
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    private RelativeDates() {
    }

    static Optional<Found> weekday(Matcher m, Context c) {
        if (c.anchor().isEmpty())
            return Optional.empty();
        LocalDate anchor = c.anchor().get();
        DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        LocalDate date = switch (mod) {
            case "last", "past" -> anchor.with(TemporalAdjusters.previous(day));
            case "next", "coming" -> anchor.with(TemporalAdjusters.next(day));
            case "this" -> anchor.with(DayOfWeek.MONDAY).plusDays(day.getValue() - 1L);
            default -> c.direction() == Direction.PAST ? anchor.with(TemporalAdjusters.previousOrSame(day))
                    : anchor.with(TemporalAdjusters.nextOrSame(day));
        };
        return Optional.of(DateExpressions.found(m, DateValue.day(date)));
    }

    static Optional<Found> deictic(Matcher m, Context c) {
        if (c.anchor().isEmpty())
            return Optional.empty();
        String word = m.group(1).toLowerCase(Locale.ROOT);
        LocalDate anchor = c.anchor().get();
        LocalDate date = word.equals("yesterday") || word.startsWith("last") ? anchor.minusDays(1)
                : word.equals("tomorrow") ? anchor.plusDays(1) : anchor;
        return Optional.of(DateExpressions.found(m, DateValue.day(date)));
    }

    static Optional<Found> period(Matcher m, Context c) {
        if (c.anchor().isEmpty())
            return Optional.empty();
        String side = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String which = m.group(2).toLowerCase(Locale.ROOT), unit = m.group(3).toLowerCase(Locale.ROOT);
        if (!side.isEmpty() && !which.equals("this"))
            return Optional.of(DateExpressions.from(m, 2, periodValue(c.anchor().get(), which, unit)));
        LocalDate anchor = c.anchor().get();
        DateValue whole = periodValue(anchor, which, unit);
        DateValue value = switch (side) {
            case "earlier" -> DateValue.interval(whole.first(), anchor);
            case "later" -> DateValue.interval(anchor, whole.last());
            default -> whole;
        };
        return Optional.of(DateExpressions.found(m, value));
    }

    private static DateValue periodValue(LocalDate anchor, String which, String unit) {
        if (which.equals("past"))
            return DateValue.interval(switch (unit) {
                case "week" -> anchor.minusWeeks(1);
                case "month" -> anchor.minusMonths(1);
                default -> anchor.minusYears(1);
            }, anchor);
        int shift = switch (which) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return switch (unit) {
            case "week" -> week(anchor.plusWeeks(shift));
            case "month" -> DateValue.month(YearMonth.from(anchor).plusMonths(shift));
            default -> DateValue.year(anchor.getYear() + shift);
        };
    }

    private static DateValue week(LocalDate day) {
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        return DateValue.interval(monday, monday.plusDays(6));
    }

    static Optional<Found> weekend(Matcher m, Context c) {
        if (c.anchor().isEmpty())
            return Optional.empty();
        String which = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        LocalDate anchor = c.anchor().get();
        boolean future = which.equals("next") || (!which.equals("last") && !which.equals("past") && c.direction() == Direction.FUTURE);
        LocalDate sunday = future ? anchor.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                : anchor.getDayOfWeek() == DayOfWeek.SATURDAY ? anchor.plusDays(1)
                : anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        if (which.equals("next") && anchor.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue())
            sunday = sunday.plusWeeks(1);
        int start = which.startsWith("over") || which.startsWith("at") || which.startsWith("during")
                ? m.start(1) + m.group(1).indexOf("the") : m.start();
        return Optional.of(new Found(start, m.end(), DateValue.interval(sunday.minusDays(1), sunday)));
    }

    static Optional<Found> ago(Matcher m, Context c) {
        if (c.anchor().isEmpty())
            return Optional.empty();
        String n = m.group(1).toLowerCase(Locale.ROOT);
        int count = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
        LocalDate anchor = c.anchor().get();
        DateValue value = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "day" -> DateValue.day(anchor.minusDays(count));
            case "week" -> week(anchor.minusWeeks(count));
            case "month" -> DateValue.month(YearMonth.from(anchor).minusMonths(count));
            default -> DateValue.year(anchor.getYear() - count);
        };
        return Optional.of(DateExpressions.found(m, value));
    }
}
