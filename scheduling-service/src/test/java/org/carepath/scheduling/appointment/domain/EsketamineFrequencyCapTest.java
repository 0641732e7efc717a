package org.carepath.scheduling.appointment.domain;

import static org.carepath.scheduling.appointment.domain.Sessions.ESKETAMINE_TWICE_WEEKLY;
import static org.carepath.scheduling.appointment.domain.Sessions.anchorAnd;
import static org.carepath.scheduling.appointment.domain.Sessions.check;
import static org.carepath.scheduling.appointment.domain.Sessions.day;
import static org.carepath.scheduling.appointment.domain.Sessions.lastDayOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Esketamine: at most 2 sessions a week in weeks 1–4, 1 in weeks 5–8, 1 from week 9 [S1][S2][S11]. */
class EsketamineFrequencyCapTest {

    @ParameterizedTest(name = "week {0} holds {1}")
    @CsvSource({"1, 2", "4, 2", "5, 1", "8, 1", "9, 1", "12, 1"})
    void theCapItselfIsAllowed(int week, int cap) {
        assertTrue(check(ESKETAMINE_TWICE_WEEKLY, anchorAnd(week, cap - 1), lastDayOf(week)).isEmpty());
    }

    @ParameterizedTest(name = "week {0} holds at most {1}")
    @CsvSource({"1, 2", "4, 2", "5, 1", "8, 1", "9, 1", "12, 1"})
    void oneMoreThanTheCapIsRefused(int week, int cap) {
        FrequencyRefusal refusal = check(ESKETAMINE_TWICE_WEEKLY, anchorAnd(week, cap), lastDayOf(week)).orElseThrow();

        assertEquals(FrequencyRefusal.FREQUENCY_CAP_EXCEEDED, refusal.code());
        assertEquals(week, refusal.treatmentWeek());
        assertEquals(cap, refusal.allowed());
    }

    @Test
    void aThirdSessionInAnInductionWeekIsRefusedWithItsWeekAndCap() {
        FrequencyRefusal refusal = check(ESKETAMINE_TWICE_WEEKLY, List.of(day(0), day(14), day(17)), day(19))
                .orElseThrow();

        assertEquals(new FrequencyRefusal("frequency-cap-exceeded", 3, 2,
                "Esketamine allows at most 2 sessions in treatment week 3 (weeks 1–4) [S1][S2][S11]"), refusal);
    }

    @Test
    void aClinicThatTightensTheCapsIsHeldToItsOwn() {
        DosingFrequency.EsketamineCaps weekly = new DosingFrequency.EsketamineCaps(4, 1, 1);
        FrequencyRefusal refusal = DosingFrequency.check(ESKETAMINE_TWICE_WEEKLY, List.of(day(0)), day(3),
                Sessions.CLINIC_ZONE, 0, weekly).orElseThrow();

        assertEquals(1, refusal.allowed());
        assertEquals(1, refusal.treatmentWeek());
    }

    @Test
    void weekFiveOnwardsCitesTheOptimizationPhase() {
        FrequencyRefusal refusal = check(ESKETAMINE_TWICE_WEEKLY, anchorAnd(6, 1), lastDayOf(6)).orElseThrow();

        assertEquals("Esketamine allows at most 1 session in treatment week 6 (weeks 5–8) [S1][S2][S11]",
                refusal.detail());
    }

    @Test
    void weekNineOnwardsCitesTheMaintenanceLabel() {
        FrequencyRefusal refusal = check(ESKETAMINE_TWICE_WEEKLY, anchorAnd(10, 1), lastDayOf(10)).orElseThrow();

        assertEquals("Esketamine allows at most 1 session in treatment week 10 (week 9 on: weekly or every 2 weeks)"
                + " [S1][S2][S11]", refusal.detail());
    }

    @Test
    void aPlanOfOneSessionAWeekCapsInductionAtOne() {
        PlanSchedule weekly = new PlanSchedule(true, 1, 4, 1);

        assertTrue(check(weekly, anchorAnd(2, 0), lastDayOf(2)).isEmpty());
        FrequencyRefusal refusal = check(weekly, anchorAnd(2, 1), lastDayOf(2)).orElseThrow();

        assertEquals(new FrequencyRefusal("frequency-cap-exceeded", 2, 1,
                "The treatment plan allows at most 1 session in treatment week 2 (esketamine induction, weeks 1–4)"),
                refusal);
    }

    @Test
    void aPlanAskingForMoreThanTheLabelIsStillCappedAtTwo() {
        PlanSchedule overAsked = new PlanSchedule(true, 3, 4, null);

        FrequencyRefusal refusal = check(overAsked, anchorAnd(1, 2), lastDayOf(1)).orElseThrow();

        assertEquals(2, refusal.allowed());
    }

    @Test
    void aLongerPlannedInductionDoesNotLiftTheWeekFiveCap() {
        PlanSchedule longInduction = new PlanSchedule(true, 2, 6, null);

        assertEquals(1, check(longInduction, anchorAnd(5, 1), lastDayOf(5)).orElseThrow().allowed());
    }

    @Test
    void aFullInductionOfTwiceWeeklyThenWeeklyIsAllowedSessionBySession() {
        List<Integer> days = List.of(0, 3, 7, 10, 14, 17, 21, 24, 28, 35, 42, 49, 56, 70);
        for (int i = 1; i < days.size(); i++) {
            List<Instant> booked = days.subList(0, i).stream().map(Sessions::day).toList();
            assertTrue(check(ESKETAMINE_TWICE_WEEKLY, booked, day(days.get(i))).isEmpty(), "day " + days.get(i));
        }
    }

    @Test
    void onlyTheCandidatesWeekIsJudged() {
        List<Instant> overfullWeekOne = List.of(day(0), day(1), day(2));

        assertTrue(check(ESKETAMINE_TWICE_WEEKLY, overfullWeekOne, day(8)).isEmpty());
    }
}
