package org.newsgraph.source.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the date strings pages carry into ISO-8601: a date-time with its offset
 * ({@code 2020-02-27T10:15:00+01:00}) when the page gives time and offset, else the date alone
 * ({@code 2020-02-27}).
 */
final class DateNormaliser {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?.*");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?");
    private static final List<DateTimeFormatter> ZONED = List.of(DateTimeFormatter.RFC_1123_DATE_TIME,
            pattern("EEE, d MMM yyyy HH:mm:ss zzz"), pattern("EEE MMM d HH:mm:ss zzz yyyy"));
    private static final List<DateTimeFormatter> DATES = List.of(pattern("MMMM d, yyyy"), pattern("MMM d, yyyy"),
            pattern("d MMMM yyyy"), pattern("d MMM yyyy"), pattern("MMM. d, yyyy"), pattern("yyyy/MM/dd"),
            pattern("EEEE, MMMM d, yyyy"), pattern("EEE, MMM d, yyyy"));

    /** Earlier years are placeholders ("0001-01-01"), not publication dates. */
    private static final int EARLIEST_YEAR = 1900;

    private DateNormaliser() {
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    /** The value as an ISO-8601 date or date-time with offset, or empty when it is not a date we know. */
    static Optional<String> normalise(String value) {
        return parse(value).filter(v -> v.length() >= 4 && Integer.parseInt(v.substring(0, 4)) >= EARLIEST_YEAR);
    }

    private static Optional<String> parse(String value) {
        if (value == null || value.isBlank())
            return Optional.empty();
        String s = value.strip();
        Matcher iso = ISO.matcher(s);
        if (iso.matches())
            return fromParts(iso.group(1), iso.group(2), iso.group(3), iso.group(4), iso.group(5), iso.group(6),
                    iso.group(7), iso.group(8));
        Matcher compact = COMPACT.matcher(s);
        if (compact.matches())
            return fromParts(compact.group(1), compact.group(2), compact.group(3), null, null, null, null, null);
        for (DateTimeFormatter f : ZONED) {
            try {
                return Optional.of(ZonedDateTime.parse(s, f).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        String dateOnly = s.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("\\s+", " ");
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(dateOnly, f).toString());
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        return Optional.empty();
    }

    private static Optional<String> fromParts(String year, String month, String day, String hour, String minute,
            String second, String fraction, String offset) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (hour == null || offset == null)
                return Optional.of(date.toString());
            LocalDateTime time = date.atTime(Integer.parseInt(hour), Integer.parseInt(minute),
                    second == null ? 0 : Integer.parseInt(second));
            if (fraction != null)
                time = time.withNano((int) Math.round(Double.parseDouble("0" + fraction) * 1_000_000) * 1000);
            String zone = offset.equals("Z") ? "Z" : offset.length() == 3 ? offset + ":00"
                    : offset.contains(":") ? offset : offset.substring(0, 3) + ":" + offset.substring(3);
            OffsetDateTime withOffset = OffsetDateTime.parse(time + (time.getSecond() == 0 && time.getNano() == 0
                    ? ":00" : "") + zone);
            return Optional.of(withOffset.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
