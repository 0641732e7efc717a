package org.carepath.scheduling.appointment.domain;

import static org.carepath.scheduling.appointment.domain.Sessions.CLINIC_ZONE;
import static org.carepath.scheduling.appointment.domain.Sessions.ESKETAMINE_TWICE_WEEKLY;
import static org.carepath.scheduling.appointment.domain.Sessions.at;
import static org.carepath.scheduling.appointment.domain.Sessions.check;
import static org.carepath.scheduling.appointment.domain.Sessions.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Treatment weeks run on the clinic's local dates from the earliest session, which a new earlier one moves. */
class TreatmentWeekTest {

    @Test
    void aSessionAt2330LocalOnDaySixStaysInWeekOneThoughItIsDaySevenInUtc() {
        Instant lateOnDaySix = at(6, 23, 30);
        assertEquals(Sessions.DAY_0.plusDays(7), lateOnDaySix.atZone(ZoneOffset.UTC).toLocalDate());

        FrequencyRefusal refusal = check(ESKETAMINE_TWICE_WEEKLY, List.of(day(0), day(3)), lateOnDaySix)
                .orElseThrow();

        assertEquals(1, refusal.treatmentWeek());
    }

    @Test
    void anAnchorAt2330LocalStartsWeekTwoSevenLocalDaysLater() {
        List<Instant> weekOne = List.of(at(0, 23, 30), day(3));
        Instant earlyOnDaySeven = at(7, 8, 0);
        assertEquals(6, earlyOnDaySeven.atZone(ZoneOffset.UTC).toLocalDate().toEpochDay()
                - weekOne.get(0).atZone(ZoneOffset.UTC).toLocalDate().toEpochDay());

        assertTrue(check(ESKETAMINE_TWICE_WEEKLY, weekOne, earlyOnDaySeven).isEmpty());
    }

    @Test
    void weeksFollowTheClinicZoneNotUtc() {
        List<Instant> weekOne = List.of(at(0, 23, 30), day(3));
        Instant earlyOnDaySeven = at(7, 8, 0);

        assertFalse(DosingFrequency.check(ESKETAMINE_TWICE_WEEKLY, weekOne, earlyOnDaySeven, ZoneOffset.UTC, 0)
                .isEmpty());
        assertTrue(DosingFrequency.check(ESKETAMINE_TWICE_WEEKLY, weekOne, earlyOnDaySeven, CLINIC_ZONE, 0)
                .isEmpty());
    }

    @Test
    void daySixClosesWeekOneAndDaySevenOpensWeekTwo() {
        assertEquals(1, check(ESKETAMINE_TWICE_WEEKLY, List.of(day(0), day(6)), day(3)).orElseThrow().treatmentWeek());
        assertEquals(2, check(ESKETAMINE_TWICE_WEEKLY, List.of(day(0), day(7), day(13)), day(10)).orElseThrow()
                .treatmentWeek());
        assertTrue(check(ESKETAMINE_TWICE_WEEKLY, List.of(day(0), day(6), day(7)), day(13)).isEmpty());
    }

    @Test
    void bookingBeforeTheFirstSessionReanchorsWeekOne() {
        // Days 0 and 3 share week 1; a session on day -2 starts a week [-2, 5) that would hold all three.
        FrequencyRefusal refusal = check(ESKETAMINE_TWICE_WEEKLY, List.of(day(0), day(3)), day(-2)).orElseThrow();

        assertEquals(1, refusal.treatmentWeek());
        assertEquals(2, refusal.allowed());
    }

    @Test
    void reanchoringCanMoveALaterSessionIntoWeekTwo() {
        // From day -4, week 1 is [-4, 3): day 3 moves to week 2, so the candidate's week holds two.
        assertTrue(check(ESKETAMINE_TWICE_WEEKLY, List.of(day(0), day(3)), day(-4)).isEmpty());
    }

    @Test
    void theCandidateAloneIsWeekOne() {
        assertTrue(check(ESKETAMINE_TWICE_WEEKLY, List.of(), day(0)).isEmpty());
    }

    @Test
    void weeksAreCountedFromTheEarliestSessionWhateverTheListOrder() {
        FrequencyRefusal refusal = check(ESKETAMINE_TWICE_WEEKLY, List.of(day(31), day(0)), day(33)).orElseThrow();

        assertEquals(5, refusal.treatmentWeek());
    }
}
