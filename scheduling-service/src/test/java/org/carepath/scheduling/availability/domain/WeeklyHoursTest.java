package org.carepath.scheduling.availability.domain;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Weekly hours are local wall-clock times, resolved per date in the clinic's zone, DST included. */
class WeeklyHoursTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate NY_SPRING_FORWARD = LocalDate.of(2026, 3, 8);
    static final LocalDate NY_FALL_BACK = LocalDate.of(2026, 11, 1);
    static final LocalDate BERLIN_SPRING_FORWARD = LocalDate.of(2026, 3, 29);
    static final LocalDate BERLIN_FALL_BACK = LocalDate.of(2026, 10, 25);
    static final LocalDate MONDAY_JUNE_1 = LocalDate.of(2026, 6, 1);

    static DailyHours hours(DayOfWeek day, String opens, String closes) {
        return new DailyHours(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    static WeeklyHours week(DailyHours... windows) {
        return new WeeklyHours(List.of(windows));
    }

    static Interval utc(String start, String end) {
        return new Interval(Instant.parse(start), Instant.parse(end));
    }

    @Test
    void theDatesUnderTestAreTheTransitionSundays() {
        assertEquals(SUNDAY, NY_SPRING_FORWARD.getDayOfWeek());
        assertEquals(SUNDAY, NY_FALL_BACK.getDayOfWeek());
        assertEquals(SUNDAY, BERLIN_SPRING_FORWARD.getDayOfWeek());
        assertEquals(SUNDAY, BERLIN_FALL_BACK.getDayOfWeek());
        assertEquals(MONDAY, MONDAY_JUNE_1.getDayOfWeek());
    }

    @Test
    void hoursMustCloseAfterTheyOpen() {
        assertEquals("hours must close after they open",
                assertThrows(IllegalArgumentException.class, () -> hours(MONDAY, "10:00", "09:00")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> hours(MONDAY, "09:00", "09:00"));
        assertThrows(IllegalArgumentException.class, () -> new DailyHours(null, LocalTime.NOON, LocalTime.MIDNIGHT));
    }

    @Test
    void closingAtMidnightMeansTheEndOfTheDay() {
        assertDoesNotThrow(() -> hours(MONDAY, "18:00", "00:00"));
        assertDoesNotThrow(() -> hours(MONDAY, "00:00", "00:00"));
    }

    @Test
    void windowsOfOneDayMustNotOverlap() {
        assertEquals("windows of one day must not overlap", assertThrows(IllegalArgumentException.class,
                () -> week(hours(MONDAY, "08:00", "12:00"), hours(MONDAY, "11:00", "13:00"))).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> week(hours(MONDAY, "18:00", "00:00"), hours(MONDAY, "20:00", "21:00")));
        assertThrows(IllegalArgumentException.class,
                () -> week(hours(MONDAY, "00:00", "00:00"), hours(MONDAY, "09:00", "10:00")));
        assertThrows(IllegalArgumentException.class,
                () -> week(hours(MONDAY, "09:00", "10:00"), hours(MONDAY, "09:00", "10:00")));
    }

    @Test
    void touchingWindowsAndOtherDaysMayShareTimes() {
        assertDoesNotThrow(() -> week(hours(MONDAY, "08:00", "12:00"), hours(MONDAY, "12:00", "13:00"),
                hours(TUESDAY, "08:00", "12:00"), hours(TUESDAY, "18:00", "00:00")));
    }

    @Test
    void severalWindowsPerDayOnlyOnTheirDays() {
        WeeklyHours week = week(hours(WEDNESDAY, "09:00", "11:00"), hours(MONDAY, "13:00", "18:00"),
                hours(MONDAY, "08:00", "12:00"));

        assertEquals(List.of(utc("2026-06-01T06:00:00Z", "2026-06-01T10:00:00Z"),
                utc("2026-06-01T11:00:00Z", "2026-06-01T16:00:00Z"),
                utc("2026-06-03T07:00:00Z", "2026-06-03T09:00:00Z"),
                utc("2026-06-08T06:00:00Z", "2026-06-08T10:00:00Z"),
                utc("2026-06-08T11:00:00Z", "2026-06-08T16:00:00Z")),
                week.between(BERLIN, MONDAY_JUNE_1, MONDAY_JUNE_1.plusDays(7)));
    }

    @Test
    void aSingleDateRangeAndAnEmptyWeek() {
        WeeklyHours week = week(hours(MONDAY, "08:00", "12:00"));

        assertEquals(List.of(utc("2026-06-01T06:00:00Z", "2026-06-01T10:00:00Z")),
                week.between(BERLIN, MONDAY_JUNE_1, MONDAY_JUNE_1));
        assertEquals(List.of(), week.between(BERLIN, MONDAY_JUNE_1.plusDays(1), MONDAY_JUNE_1.plusDays(6)));
        assertEquals(List.of(), week().between(BERLIN, MONDAY_JUNE_1, MONDAY_JUNE_1.plusDays(6)));
    }

    @Test
    void rangeMustNotEndBeforeItStarts() {
        assertEquals("date range must not end before it starts", assertThrows(IllegalArgumentException.class,
                () -> week().between(BERLIN, MONDAY_JUNE_1, MONDAY_JUNE_1.minusDays(1))).getMessage());
    }

    @Test
    void touchingWindowsMergeIncludingAcrossMidnight() {
        WeeklyHours week = week(hours(MONDAY, "18:00", "00:00"), hours(TUESDAY, "00:00", "06:00"),
                hours(TUESDAY, "12:00", "13:00"), hours(TUESDAY, "13:00", "14:00"));

        assertEquals(List.of(utc("2026-06-01T16:00:00Z", "2026-06-02T04:00:00Z"),
                utc("2026-06-02T10:00:00Z", "2026-06-02T12:00:00Z")),
                week.between(BERLIN, MONDAY_JUNE_1, MONDAY_JUNE_1.plusDays(1)));
    }

    @Test
    void wholeDaysOfAWeekFormOneInterval() {
        WeeklyHours always = new WeeklyHours(Arrays.stream(DayOfWeek.values())
                .map(day -> hours(day, "00:00", "00:00")).toList());

        assertEquals(List.of(utc("2026-05-31T22:00:00Z", "2026-06-07T22:00:00Z")),
                always.between(BERLIN, MONDAY_JUNE_1, MONDAY_JUNE_1.plusDays(6)));
    }

    @Test
    void newYorkSpringForwardKeepsLocalOpeningTimes() {
        WeeklyHours week = week(hours(SATURDAY, "09:00", "17:00"), hours(SUNDAY, "09:00", "17:00"));

        assertEquals(List.of(utc("2026-03-07T14:00:00Z", "2026-03-07T22:00:00Z"),
                utc("2026-03-08T13:00:00Z", "2026-03-08T21:00:00Z")),
                week.between(NEW_YORK, NY_SPRING_FORWARD.minusDays(1), NY_SPRING_FORWARD));
    }

    @Test
    void newYorkSpringForwardDayLastsTwentyThreeHours() {
        List<Interval> day = week(hours(SUNDAY, "00:00", "00:00")).between(NEW_YORK, NY_SPRING_FORWARD,
                NY_SPRING_FORWARD);

        assertEquals(List.of(utc("2026-03-08T05:00:00Z", "2026-03-09T04:00:00Z")), day);
        assertEquals(Duration.ofHours(23), day.get(0).duration());
    }

    @Test
    void newYorkSpringForwardWindowAcrossTheGapLosesAnHour() {
        List<Interval> night = week(hours(SUNDAY, "01:00", "03:00")).between(NEW_YORK, NY_SPRING_FORWARD,
                NY_SPRING_FORWARD);

        assertEquals(List.of(utc("2026-03-08T06:00:00Z", "2026-03-08T07:00:00Z")), night);
    }

    @Test
    void newYorkSpringForwardOpeningInTheGapShiftsForward() {
        assertEquals(List.of(utc("2026-03-08T07:30:00Z", "2026-03-08T08:00:00Z")),
                week(hours(SUNDAY, "02:30", "04:00")).between(NEW_YORK, NY_SPRING_FORWARD, NY_SPRING_FORWARD));
    }

    @Test
    void newYorkSpringForwardWindowSwallowedByTheGapIsDropped() {
        assertEquals(List.of(),
                week(hours(SUNDAY, "02:30", "03:00")).between(NEW_YORK, NY_SPRING_FORWARD, NY_SPRING_FORWARD));
    }

    @Test
    void newYorkFallBackKeepsLocalOpeningTimes() {
        WeeklyHours week = week(hours(SATURDAY, "09:00", "17:00"), hours(MONDAY, "09:00", "17:00"));

        assertEquals(List.of(utc("2026-10-31T13:00:00Z", "2026-10-31T21:00:00Z"),
                utc("2026-11-02T14:00:00Z", "2026-11-02T22:00:00Z")),
                week.between(NEW_YORK, NY_FALL_BACK.minusDays(1), NY_FALL_BACK.plusDays(1)));
    }

    @Test
    void newYorkFallBackDayLastsTwentyFiveHours() {
        List<Interval> day = week(hours(SUNDAY, "00:00", "00:00")).between(NEW_YORK, NY_FALL_BACK, NY_FALL_BACK);

        assertEquals(List.of(utc("2026-11-01T04:00:00Z", "2026-11-02T05:00:00Z")), day);
        assertEquals(Duration.ofHours(25), day.get(0).duration());
    }

    @Test
    void newYorkFallBackAmbiguousOpeningTakesTheEarlierOffset() {
        assertEquals(List.of(utc("2026-11-01T05:30:00Z", "2026-11-01T08:00:00Z")),
                week(hours(SUNDAY, "01:30", "03:00")).between(NEW_YORK, NY_FALL_BACK, NY_FALL_BACK));
    }

    @Test
    void berlinSpringForward() {
        WeeklyHours week = week(hours(SATURDAY, "08:00", "12:00"), hours(SUNDAY, "08:00", "12:00"));

        assertEquals(List.of(utc("2026-03-28T07:00:00Z", "2026-03-28T11:00:00Z"),
                utc("2026-03-29T06:00:00Z", "2026-03-29T10:00:00Z")),
                week.between(BERLIN, BERLIN_SPRING_FORWARD.minusDays(1), BERLIN_SPRING_FORWARD));
        assertEquals(List.of(utc("2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z")),
                week(hours(SUNDAY, "00:00", "00:00")).between(BERLIN, BERLIN_SPRING_FORWARD, BERLIN_SPRING_FORWARD));
    }

    @Test
    void berlinFallBack() {
        assertEquals(List.of(utc("2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z")),
                week(hours(SUNDAY, "00:00", "00:00")).between(BERLIN, BERLIN_FALL_BACK, BERLIN_FALL_BACK));
        assertEquals(List.of(utc("2026-10-25T00:30:00Z", "2026-10-25T02:30:00Z")),
                week(hours(SUNDAY, "02:30", "03:30")).between(BERLIN, BERLIN_FALL_BACK, BERLIN_FALL_BACK));
    }
}
