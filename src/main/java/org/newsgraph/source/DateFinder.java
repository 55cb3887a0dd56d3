package org.newsgraph.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date written in text ({@code 2020-02-27}, {@code 27 February 2020},
 * {@code Feb. 27, 2020}) or in a URL path ({@code /2020/02/27/}, {@code /20200227...}) and gives it as an
 * ISO-8601 date.
 */
final class DateFinder {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH
            + "\\.?,?\\s+((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
            + "((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern URL_SLASHED = Pattern.compile("/((?:19|20)\\d\\d)/(\\d\\d)/(\\d\\d)(?:/|\\b)");
    private static final Pattern URL_COMPACT = Pattern.compile("/((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)");

    private DateFinder() {
    }

    static boolean containsDate(String text) {
        return find(text).isPresent();
    }

    /** The first date written in the text, as yyyy-mm-dd. */
    static Optional<String> find(String text) {
        Optional<String> best = Optional.empty();
        int bestAt = Integer.MAX_VALUE;
        Matcher m = ISO.matcher(text);
        if (m.find() && m.start() < bestAt) {
            Optional<String> d = date(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) {
                best = d;
                bestAt = m.start();
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            Optional<String> d = date(m.group(3), month(m.group(2)), m.group(1));
            if (d.isPresent()) {
                best = d;
                bestAt = m.start();
            }
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            Optional<String> d = date(m.group(3), month(m.group(1)), m.group(2));
            if (d.isPresent())
                best = d;
        }
        return best;
    }

    /** A date in a URL path. */
    static Optional<String> findInUrl(String url) {
        String path = url.replaceFirst("(?i)^https?://[^/]+", "");
        Matcher m = URL_SLASHED.matcher(path);
        if (m.find())
            return date(m.group(1), m.group(2), m.group(3));
        m = ISO.matcher(path);
        if (m.find())
            return date(m.group(1), m.group(2), m.group(3));
        m = URL_COMPACT.matcher(path);
        if (m.find())
            return date(m.group(1), m.group(2), m.group(3));
        return Optional.empty();
    }

    private static String month(String name) {
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < months.length; i++)
            if (months[i].equals(prefix))
                return String.valueOf(i + 1);
        return "0";
    }

    private static Optional<String> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
