package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.DateExpressions.Direction;
import org.newsgraph.extract.DateExpressions.Found;

/** The date normaliser on sentences written for these tests, with and without an article date. */
class DateExpressionsTest {
    /** A Wednesday. */
    private static final Optional<LocalDate> WEDNESDAY = Optional.of(LocalDate.of(2024, 3, 13));

    private static Found only(String text, Optional<LocalDate> anchor) {
        List<Found> found = DateExpressions.find(text, anchor, Direction.PAST);
        assertEquals(1, found.size(), "one date in '" + text + "': " + found);
        return found.get(0);
    }

    private static String words(String text, Found f) {
        return text.substring(f.begin(), f.end());
    }

    @Test
    void aWeekdayIsTheMostRecentOneOnOrBeforeTheArticleDate() {
        String s = "The harbour master said on Monday that the ferry would resume sailing.";
        Found f = only(s, WEDNESDAY);
        assertEquals("Monday", words(s, f));
        assertEquals(DateValue.day(LocalDate.of(2024, 3, 11)), f.value());
        assertEquals(LocalDate.of(2024, 3, 13), only("Officials said Wednesday the dam held.", WEDNESDAY).value().first());
    }

    @Test
    void lastFridayCrossesTheYearBoundary() {
        Optional<LocalDate> newYearsDay = Optional.of(LocalDate.of(2024, 1, 1)); // a Monday
        String s = "The mayor announced last Friday that the bridge tolls would fall.";
        Found f = only(s, newYearsDay);
        assertEquals("last Friday", words(s, f));
        assertEquals(DateValue.day(LocalDate.of(2023, 12, 29)), f.value());
        Found lastWeek = only("Inspectors visited the mill last week.", newYearsDay);
        assertEquals(DateValue.interval(LocalDate.of(2023, 12, 25), LocalDate.of(2023, 12, 31)), lastWeek.value());
        assertEquals(DateValue.year(2023), only("Exports fell last year, the ministry said.", newYearsDay).value());
        assertEquals(DateValue.month(YearMonth.of(2023, 12)), only("Prices rose last month.", newYearsDay).value());
        assertEquals(LocalDate.of(2023, 12, 31), only("The council met yesterday.", newYearsDay).value().first());
    }

    @Test
    void aFutureVerbLooksForward() {
        List<Found> f = DateExpressions.find("The board will vote on Friday.", WEDNESDAY, Direction.FUTURE);
        assertEquals(LocalDate.of(2024, 3, 15), f.get(0).value().first());
        assertEquals(LocalDate.of(2024, 3, 18), only("Talks resume next Monday.", WEDNESDAY).value().first());
        assertEquals(LocalDate.of(2024, 3, 15), only("Talks end this Friday.", WEDNESDAY).value().first());
    }

    @Test
    void absoluteDatesInTheirCommonForms() {
        assertEquals(DateValue.day(LocalDate.of(2020, 3, 3)), only("The plant closed on 3 March 2020.", Optional.empty()).value());
        assertEquals(DateValue.day(LocalDate.of(2020, 3, 3)), only("The plant closed on March 3, 2020, after a fire.", Optional.empty()).value());
        assertEquals(DateValue.day(LocalDate.of(2019, 9, 14)), only("It opened on Sept. 14, 2019.", Optional.empty()).value());
        assertEquals(DateValue.day(LocalDate.of(2021, 6, 30)), only("The filing is dated 2021-06-30.", Optional.empty()).value());
        assertEquals(DateValue.month(YearMonth.of(2019, 5)), only("The union struck in May 2019.", Optional.empty()).value());
        Found year = only("The levy has applied since 2017.", Optional.empty());
        assertEquals(DateValue.year(2017), year.value());
        assertEquals("2017", words("The levy has applied since 2017.", year));
        assertEquals(DateValue.interval(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 12, 31)),
                only("Work began in late 2022.", Optional.empty()).value());
    }

    @Test
    void withoutAnArticleDateOnlyAbsoluteDatesAreKept() {
        String s = "On Monday, the regulator said the merger announced on March 3 and approved yesterday was final; "
                + "the deal dates from 12 February 2021.";
        List<Found> found = DateExpressions.find(s, Optional.empty(), Direction.PAST);
        assertEquals(1, found.size(), found.toString());
        assertEquals("12 February 2021", words(s, found.get(0)));
        assertEquals(3, DateExpressions.find(s, WEDNESDAY, Direction.PAST).size() - 1);
    }

    @Test
    void aDayAndMonthTakeTheYearNearestTheArticle() {
        assertEquals(LocalDate.of(2020, 3, 3), only("The plant will open on March 3.", Optional.of(LocalDate.of(2020, 2, 27))).value().first());
        assertEquals(LocalDate.of(2020, 12, 30), only("He resigned on Dec. 30.", Optional.of(LocalDate.of(2021, 1, 5))).value().first());
        assertEquals(LocalDate.of(2020, 12, 30), only("He resigned on 30th December.", Optional.of(LocalDate.of(2021, 1, 5))).value().first());
        assertEquals(YearMonth.of(2023, 11), YearMonth.from(only("Sales collapsed in November.", Optional.of(LocalDate.of(2024, 1, 8))).value().first()));
    }

    @Test
    void relativePeriods() {
        Found f = only("Shares fell earlier this month, analysts said.", WEDNESDAY);
        assertEquals("earlier this month", words("Shares fell earlier this month, analysts said.", f));
        assertEquals(DateValue.interval(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 13)), f.value());
        assertEquals(DateValue.day(LocalDate.of(2024, 3, 11)), only("The ship docked two days ago.", WEDNESDAY).value());
        assertEquals(DateValue.interval(LocalDate.of(2024, 3, 9), LocalDate.of(2024, 3, 10)),
                only("Police said the fire started over the weekend.", WEDNESDAY).value());
        assertEquals(DateValue.interval(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10)),
                only("The tender closes in early March.", Optional.of(LocalDate.of(2024, 2, 20))).value());
        assertEquals(LocalDate.of(2024, 3, 13), only("The minister said today that fares rise.", WEDNESDAY).value().first());
    }

    @Test
    void aWeekdayBeforeADateIsOneExpression() {
        String s = "The court ruled on Tuesday, March 12, that the strike was lawful.";
        Found f = only(s, WEDNESDAY);
        assertEquals("Tuesday, March 12", words(s, f));
        assertEquals(LocalDate.of(2024, 3, 12), f.value().first());
    }

    @Test
    void wordsThatOnlyLookLikeDatesAreNot() {
        assertTrue(DateExpressions.find("The company may appeal, and March organisers said 300 people came.", WEDNESDAY,
                Direction.PAST).isEmpty());
        assertTrue(DateExpressions.find("Jan Novak said the 2000 workers would stay.", WEDNESDAY, Direction.PAST).isEmpty());
        assertTrue(DateExpressions.find("The firm sold 1,500 units at 2024 prices.", WEDNESDAY, Direction.PAST).isEmpty());
    }

    @Test
    void articleDatesAnchorWhenTheyAreIso() {
        assertEquals(Optional.of(LocalDate.of(2020, 2, 27)), DateExpressions.anchor(Optional.of("2020-02-27T10:15:00+01:00")));
        assertEquals(Optional.of(LocalDate.of(2020, 2, 27)), DateExpressions.anchor(Optional.of("2020-02-27")));
        assertEquals(Optional.empty(), DateExpressions.anchor(Optional.of("last Thursday")));
        assertEquals(Optional.empty(), DateExpressions.anchor(Optional.empty()));
    }

    @Test
    void dateValuesAreCheckedAndWrittenInIso() {
        assertEquals("2023-12-25/2023-12-31", DateValue.interval(LocalDate.of(2023, 12, 25), LocalDate.of(2023, 12, 31)).iso());
        assertEquals("2019-05", DateValue.month(YearMonth.of(2019, 5)).iso());
        assertEquals("2017", DateValue.year(2017).iso());
        assertThrows(IllegalArgumentException.class, () -> DateValue.interval(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> new DateValue(DateValue.Precision.MONTH, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 31)));
    }
}
