package org.carepath.outcomes.session.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule 3: the form is due within 7 calendar days of the session [S8][S9]; the alert comes on day 5. */
class MonitoringFormDeadlineTest {

    static final LocalDate SESSION = LocalDate.of(2026, 3, 2);
    static final MonitoringFormDeadline DEADLINE = MonitoringFormDeadline.of(SESSION, SessionPolicy.defaults());

    @Test
    void dueSevenDaysAndAlertFiveDaysAfterTheSession() {
        assertEquals(LocalDate.of(2026, 3, 7), DEADLINE.alertOn());
        assertEquals(LocalDate.of(2026, 3, 9), DEADLINE.dueOn());
    }

    @ParameterizedTest(name = "day {0}: {1}")
    @CsvSource({
            "0, DUE", "1, DUE", "4, DUE", "5, ALERT", "6, ALERT", "7, ALERT", "8, OVERDUE", "30, OVERDUE"})
    void statusByDayWhileNotSubmitted(int day, MonitoringFormStatus status) {
        assertEquals(status, DEADLINE.status(SESSION.plusDays(day), null));
    }

    @ParameterizedTest(name = "submitted day {0}, today day {1}: {2}")
    @CsvSource({
            "0, 0, SUBMITTED", "3, 4, SUBMITTED", "7, 7, SUBMITTED", "9, 12, SUBMITTED", "6, 5, ALERT",
            "9, 8, OVERDUE", "2, 1, DUE"})
    void submittedOnlyFromTheDayOfSubmission(int submittedDay, int today, MonitoringFormStatus status) {
        assertEquals(status, DEADLINE.status(SESSION.plusDays(today), SESSION.plusDays(submittedDay)));
    }

    @Test
    void daysFollowPolicy() {
        SessionPolicy policy = Policies.with(Policies.with("monitoringFormDueDays", 10), "monitoringFormAlertDay", 3);
        MonitoringFormDeadline deadline = MonitoringFormDeadline.of(SESSION, policy);

        assertEquals(MonitoringFormStatus.DUE, deadline.status(SESSION.plusDays(2), null));
        assertEquals(MonitoringFormStatus.ALERT, deadline.status(SESSION.plusDays(3), null));
        assertEquals(MonitoringFormStatus.ALERT, deadline.status(SESSION.plusDays(10), null));
        assertEquals(MonitoringFormStatus.OVERDUE, deadline.status(SESSION.plusDays(11), null));
    }

    @Test
    void alertMayFallOnTheDueDay() {
        SessionPolicy policy = Policies.with("monitoringFormAlertDay", 7);
        MonitoringFormDeadline deadline = MonitoringFormDeadline.of(SESSION, policy);

        assertEquals(MonitoringFormStatus.DUE, deadline.status(SESSION.plusDays(6), null));
        assertEquals(MonitoringFormStatus.ALERT, deadline.status(SESSION.plusDays(7), null));
    }

    @Test
    void datesBeforeTheSessionAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DEADLINE.status(SESSION.minusDays(1), null));
        assertThrows(IllegalArgumentException.class, () -> DEADLINE.status(SESSION, SESSION.minusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> DEADLINE.status(null, null));
    }

    @Test
    void alertFallsAfterTheSessionAndByTheDueDate() {
        assertThrows(IllegalArgumentException.class,
                () -> new MonitoringFormDeadline(SESSION, SESSION, SESSION.plusDays(7)));
        assertThrows(IllegalArgumentException.class,
                () -> new MonitoringFormDeadline(SESSION, SESSION.plusDays(8), SESSION.plusDays(7)));
        assertThrows(IllegalArgumentException.class, () -> MonitoringFormDeadline.of(null, SessionPolicy.defaults()));
    }
}
