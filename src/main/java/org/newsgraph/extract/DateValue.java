package org.newsgraph.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A calendar date, month, year or interval of days that a date expression in the text stands for, normalised
 * against the article's date where it is relative ("on Monday", "last week").
 *
 * @param precision what the text gives: a day, a month, a year or an interval of days
 * @param first     the first day it covers
 * @param last      the last day it covers (equal to {@code first} for a day)
 */
public record DateValue(Precision precision, LocalDate first, LocalDate last) {
    /** How much the text says. */
    public enum Precision { DAY, MONTH, YEAR, INTERVAL }

    public DateValue {
        Objects.requireNonNull(precision, "The parameter 'precision' must not be null.");
        Objects.requireNonNull(first, "The parameter 'first' must not be null.");
        Objects.requireNonNull(last, "The parameter 'last' must not be null.");
        if (last.isBefore(first))
            throw new IllegalArgumentException("a date value needs first <= last, got " + first + " > " + last);
        boolean fits = switch (precision) {
            case DAY -> first.equals(last);
            case MONTH -> first.getDayOfMonth() == 1 && last.equals(YearMonth.from(first).atEndOfMonth());
            case YEAR -> first.getDayOfYear() == 1 && last.equals(first.withDayOfYear(first.lengthOfYear()));
            case INTERVAL -> true;
        };
        if (!fits)
            throw new IllegalArgumentException("the days " + first + ".." + last + " are not one " + precision);
    }

    public static DateValue day(LocalDate day) {
        return new DateValue(Precision.DAY, day, day);
    }

    public static DateValue month(YearMonth month) {
        return new DateValue(Precision.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static DateValue year(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return new DateValue(Precision.YEAR, first, first.withDayOfYear(first.lengthOfYear()));
    }

    public static DateValue interval(LocalDate first, LocalDate last) {
        return new DateValue(Precision.INTERVAL, first, last);
    }

    /** ISO 8601: {@code 2024-01-05}, {@code 2024-01}, {@code 2024}, or an interval {@code 2023-12-25/2023-12-31}. */
    public String iso() {
        return switch (precision) {
            case DAY -> first.toString();
            case MONTH -> YearMonth.from(first).toString();
            case YEAR -> String.format("%04d", first.getYear());
            case INTERVAL -> first + "/" + last;
        };
    }
}
