package org.carepath.scheduling.appointment.domain;

import static org.carepath.scheduling.appointment.domain.Sessions.CLINIC_ZONE;
import static org.carepath.scheduling.appointment.domain.Sessions.ESKETAMINE_TWICE_WEEKLY;
import static org.carepath.scheduling.appointment.domain.Sessions.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invariants of the plan schedule, the refusal and the inputs; messages name the rule, never the value. */
class InputValidationTest {

    static void assertRefused(Executable call, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    @ParameterizedTest(name = "{0} a week for {1} weeks, maintenance every {2}")
    @CsvSource({"1, 1, ", "7, 1, ", "2, 4, 1", "2, 4, 2", "3, 12, 4"})
    void aPlanScheduleWithinItsBoundsIsAccepted(int perWeek, int weeks, Integer interval) {
        assertEquals(perWeek, new PlanSchedule(true, perWeek, weeks, interval).inductionSessionsPerWeek());
    }

    @ParameterizedTest(name = "{0} a week")
    @CsvSource({"0", "8", "-1"})
    void sessionsPerWeekOutside1To7AreRefused(int perWeek) {
        assertRefused(() -> new PlanSchedule(false, perWeek, 2, null),
                "inductionSessionsPerWeek must be between 1 and 7");
    }

    @Test
    void anInductionOfNoWeeksIsRefused() {
        assertRefused(() -> new PlanSchedule(false, 2, 0, null), "inductionWeeks must be at least 1");
    }

    @Test
    void aMaintenanceIntervalBelowOneWeekIsRefused() {
        assertRefused(() -> new PlanSchedule(true, 2, 4, 0), "maintenanceIntervalWeeks must be at least 1");
    }

    @Test
    void aRefusalNeedsACodeADetailAWeekAndACap() {
        assertRefused(() -> new FrequencyRefusal(null, 1, 2, "d"), "code is required");
        assertRefused(() -> new FrequencyRefusal("c", 1, 2, null), "detail is required");
        assertRefused(() -> new FrequencyRefusal("c", 0, 2, "d"), "treatmentWeek must be at least 1");
        assertRefused(() -> new FrequencyRefusal("c", 1, 0, "d"), "allowed must be at least 1");
    }

    @Test
    void checkRequiresEveryInput() {
        List<Instant> none = List.of();
        assertRefused(() -> DosingFrequency.check(null, none, day(0), CLINIC_ZONE, 0), "plan is required");
        assertRefused(() -> DosingFrequency.check(ESKETAMINE_TWICE_WEEKLY, null, day(0), CLINIC_ZONE, 0),
                "otherSessions is required");
        assertRefused(() -> DosingFrequency.check(ESKETAMINE_TWICE_WEEKLY, Arrays.asList(day(0), null), day(3),
                CLINIC_ZONE, 0), "otherSessions must not contain null");
        assertRefused(() -> DosingFrequency.check(ESKETAMINE_TWICE_WEEKLY, none, null, CLINIC_ZONE, 0),
                "candidate is required");
        assertRefused(() -> DosingFrequency.check(ESKETAMINE_TWICE_WEEKLY, none, day(0), null, 0), "zone is required");
        assertRefused(() -> DosingFrequency.check(ESKETAMINE_TWICE_WEEKLY, none, day(0), CLINIC_ZONE, -1),
                "minHoursBetweenDoses must not be negative");
    }

    @Test
    void refusalDetailsNameNoDateOrTime() {
        Pattern dateOrTime = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2}|2026");
        List<FrequencyRefusal> refusals = List.of(
                DosingFrequency.check(ESKETAMINE_TWICE_WEEKLY, List.of(day(0), day(3)), day(5), CLINIC_ZONE, 0)
                        .orElseThrow(),
                DosingFrequency.check(ESKETAMINE_TWICE_WEEKLY, List.of(day(0), day(70)), day(71), CLINIC_ZONE, 0)
                        .orElseThrow(),
                DosingFrequency.check(ESKETAMINE_TWICE_WEEKLY, List.of(day(0)), day(0).plusSeconds(3600), CLINIC_ZONE,
                        24).orElseThrow());
        for (FrequencyRefusal refusal : refusals) {
            assertFalse(dateOrTime.matcher(refusal.detail()).find(), refusal.detail());
        }
    }
}
