package org.carepath.scheduling.appointment.domain;

import static org.carepath.scheduling.appointment.domain.Sessions.CLINIC_ZONE;
import static org.carepath.scheduling.appointment.domain.Sessions.ESKETAMINE_TWICE_WEEKLY;
import static org.carepath.scheduling.appointment.domain.Sessions.IV_THREE_WEEKLY_FOR_TWO_WEEKS;
import static org.carepath.scheduling.appointment.domain.Sessions.at;
import static org.carepath.scheduling.appointment.domain.Sessions.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The clinic's minimum hours between doses (a configurable policy [S25e]), judged after the weekly cap. */
class DoseIntervalTest {

    static Optional<FrequencyRefusal> check(List<Instant> others, Instant candidate, int minHours) {
        return DosingFrequency.check(IV_THREE_WEEKLY_FOR_TWO_WEEKS, others, candidate, CLINIC_ZONE, minHours);
    }

    @Test
    void tooSoonAfterAnEarlierSessionIsRefused() {
        FrequencyRefusal refusal = check(List.of(day(0)), at(1, 9, 0), 24).orElseThrow();

        assertEquals(new FrequencyRefusal("dose-interval-too-short", 1, 24,
                "Clinic policy requires at least 24 hours between dosing sessions (treatment week 1)"), refusal);
    }

    @Test
    void tooSoonBeforeALaterSessionIsRefused() {
        FrequencyRefusal refusal = check(List.of(day(0), day(3)), at(2, 11, 0), 24).orElseThrow();

        assertEquals(FrequencyRefusal.DOSE_INTERVAL_TOO_SHORT, refusal.code());
        assertEquals(24, refusal.allowed());
    }

    @Test
    void exactlyTheMinimumIsAllowedInBothDirections() {
        assertTrue(check(List.of(day(0), day(2)), day(1), 24).isEmpty());
    }

    @Test
    void anySessionTooCloseRefusesNotJustTheNearestInTheList() {
        assertFalse(check(List.of(day(5), day(0), day(2)), at(2, 20, 0), 12).isEmpty());
    }

    @Test
    void zeroDisablesTheRuleSoASameDaySecondDoseIsJudgedOnlyByTheCap() {
        assertTrue(check(List.of(day(0)), at(0, 15, 0), 0).isEmpty());
    }

    @Test
    void theIntervalIsMeasuredInElapsedHoursAcrossLocalMidnight() {
        assertFalse(check(List.of(at(0, 22, 0)), at(1, 8, 0), 12).isEmpty());
        assertTrue(check(List.of(at(0, 20, 0)), at(1, 8, 0), 12).isEmpty());
    }

    @Test
    void theCapIsJudgedBeforeTheInterval() {
        Optional<FrequencyRefusal> refusal = DosingFrequency.check(ESKETAMINE_TWICE_WEEKLY, List.of(day(0), day(3)),
                at(3, 11, 0), CLINIC_ZONE, 24);

        assertEquals(FrequencyRefusal.FREQUENCY_CAP_EXCEEDED, refusal.orElseThrow().code());
    }

    @Test
    void theIntervalReportsTheCandidatesTreatmentWeek() {
        assertEquals(2, check(List.of(day(0), day(7)), at(7, 20, 0), 24).orElseThrow().treatmentWeek());
    }
}
