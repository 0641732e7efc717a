package org.carepath.scheduling.availability.domain;

import static org.carepath.scheduling.availability.domain.Spans.span;
import static org.carepath.scheduling.availability.domain.Spans.spans;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each calendar reason a chosen time cannot be booked, alone and together, in a fixed order. */
class BookingWindowTest {

    static final Interval APPOINTMENT = span("10:00", "12:00");
    static final List<Interval> OPEN = spans("08:00", "18:00");
    static final List<Interval> NONE = List.of();

    static List<String> problems(List<Interval> opening, List<Interval> closures, List<Interval> duty,
            List<Interval> leave, List<Interval> prescriber) {
        return BookingWindow.problems(APPOINTMENT, opening, closures, duty, leave, prescriber);
    }

    @Test
    void aTimeEveryCalendarAllowsHasNoProblems() {
        assertEquals(List.of(), problems(OPEN, NONE, OPEN, NONE, OPEN));
        assertEquals(List.of(), problems(OPEN, NONE, OPEN, NONE, null));
    }

    @Test
    void exactlyFillingEveryWindowIsAllowed() {
        List<Interval> exact = List.of(APPOINTMENT);

        assertEquals(List.of(), problems(exact, NONE, exact, NONE, exact));
    }

    @Test
    void outsideOpeningHours() {
        assertEquals(List.of("outside-opening-hours"), problems(spans("11:00", "18:00"), NONE, OPEN, NONE, null));
        assertEquals(List.of("outside-opening-hours"), problems(spans("08:00", "11:59"), NONE, OPEN, NONE, null));
        assertEquals(List.of("outside-opening-hours"), problems(NONE, NONE, OPEN, NONE, null));
    }

    @Test
    void openingHoursWithALunchGapDoNotCoverIt() {
        assertEquals(List.of("outside-opening-hours"),
                problems(spans("08:00", "11:00", "11:30", "18:00"), NONE, OPEN, NONE, null));
    }

    @Test
    void openingHoursThatTouchCoverAcrossTheSeam() {
        assertEquals(List.of(), problems(spans("11:00", "18:00", "08:00", "11:00"), NONE, OPEN, NONE, null));
    }

    @Test
    void clinicClosed() {
        assertEquals(List.of("clinic-closed"), problems(OPEN, spans("11:59", "13:00"), OPEN, NONE, null));
    }

    @Test
    void aClosureThatOnlyTouchesIsNoProblem() {
        assertEquals(List.of(), problems(OPEN, spans("08:00", "10:00", "12:00", "13:00"), OPEN, NONE, null));
    }

    @Test
    void providerOffDuty() {
        assertEquals(List.of("provider-off-duty"), problems(OPEN, NONE, spans("10:30", "18:00"), NONE, null));
        assertEquals(List.of("provider-off-duty"), problems(OPEN, NONE, NONE, NONE, null));
    }

    @Test
    void providerOnLeave() {
        assertEquals(List.of("provider-on-leave"), problems(OPEN, NONE, OPEN, spans("09:00", "10:01"), null));
    }

    @Test
    void leaveThatOnlyTouchesIsNoProblem() {
        assertEquals(List.of(), problems(OPEN, NONE, OPEN, spans("12:00", "18:00"), null));
    }

    @Test
    void noPrescriberOnSiteForPartOfTheAppointment() {
        assertEquals(List.of("no-prescriber-on-site"), problems(OPEN, NONE, OPEN, NONE, spans("08:00", "11:30")));
        assertEquals(List.of("no-prescriber-on-site"), problems(OPEN, NONE, OPEN, NONE, NONE));
    }

    @Test
    void prescriberRostersThatTouchCoverAcrossTheSeam() {
        assertEquals(List.of(), problems(OPEN, NONE, OPEN, NONE, spans("10:30", "12:00", "09:00", "10:30")));
    }

    @Test
    void everyProblemAtOnceComesInTheFixedOrder() {
        assertEquals(List.of("outside-opening-hours", "clinic-closed", "provider-off-duty", "provider-on-leave",
                "no-prescriber-on-site"), problems(spans("11:00", "18:00"), spans("11:00", "11:30"),
                spans("08:00", "11:00"), spans("10:00", "10:15"), spans("13:00", "14:00")));
    }

    @Test
    void someProblemsTogetherKeepTheOrder() {
        assertEquals(List.of("clinic-closed", "provider-on-leave"),
                problems(OPEN, spans("10:00", "12:00"), OPEN, spans("10:00", "12:00"), null));
        assertEquals(List.of("outside-opening-hours", "no-prescriber-on-site"),
                problems(NONE, NONE, OPEN, NONE, NONE));
    }

    @Test
    void calendarsAreRequiredExceptThePrescribers() {
        assertEquals("closures is required", assertThrows(IllegalArgumentException.class,
                () -> problems(OPEN, null, OPEN, NONE, null)).getMessage());
        assertEquals("appointment is required", assertThrows(IllegalArgumentException.class,
                () -> BookingWindow.problems(null, OPEN, NONE, OPEN, NONE, null)).getMessage());
    }
}
