package org.carepath.scheduling.appointment.domain;

import static org.carepath.scheduling.appointment.domain.Sessions.IV_THREE_WEEKLY_FOR_TWO_WEEKS;
import static org.carepath.scheduling.appointment.domain.Sessions.anchorAnd;
import static org.carepath.scheduling.appointment.domain.Sessions.check;
import static org.carepath.scheduling.appointment.domain.Sessions.lastDayOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IV, IM and oral ketamine: the plan's sessions a week during induction, then at most 1 a week. */
class RacemicFrequencyCapTest {

    @ParameterizedTest(name = "week {0} holds {1}")
    @CsvSource({"1, 3", "2, 3", "3, 1", "6, 1"})
    void theCapItselfIsAllowed(int week, int cap) {
        assertTrue(check(IV_THREE_WEEKLY_FOR_TWO_WEEKS, anchorAnd(week, cap - 1), lastDayOf(week)).isEmpty());
    }

    @ParameterizedTest(name = "week {0} holds at most {1}")
    @CsvSource({"1, 3", "2, 3", "3, 1", "6, 1"})
    void oneMoreThanTheCapIsRefused(int week, int cap) {
        FrequencyRefusal refusal = check(IV_THREE_WEEKLY_FOR_TWO_WEEKS, anchorAnd(week, cap), lastDayOf(week))
                .orElseThrow();

        assertEquals(FrequencyRefusal.FREQUENCY_CAP_EXCEEDED, refusal.code());
        assertEquals(week, refusal.treatmentWeek());
        assertEquals(cap, refusal.allowed());
    }

    @Test
    void aFourthInfusionInInductionWeekTwoCitesThePlan() {
        FrequencyRefusal refusal = check(IV_THREE_WEEKLY_FOR_TWO_WEEKS, anchorAnd(2, 3), lastDayOf(2)).orElseThrow();

        assertEquals("The treatment plan allows at most 3 sessions in treatment week 2 (induction, weeks 1–2)",
                refusal.detail());
    }

    @Test
    void aSecondInfusionInWeekThreeCitesTheEndOfInduction() {
        FrequencyRefusal refusal = check(IV_THREE_WEEKLY_FOR_TWO_WEEKS, anchorAnd(3, 1), lastDayOf(3)).orElseThrow();

        assertEquals("The treatment plan allows at most 1 session in treatment week 3 (after the 2-week induction)",
                refusal.detail());
    }

    @ParameterizedTest(name = "week {0} holds at most {1}")
    @CsvSource({"1, 2", "3, 2", "4, 1"})
    void twiceWeeklyForThreeWeeksThenWeekly(int week, int cap) {
        PlanSchedule plan = new PlanSchedule(false, 2, 3, null);

        assertTrue(check(plan, anchorAnd(week, cap - 1), lastDayOf(week)).isEmpty());
        assertEquals(cap, check(plan, anchorAnd(week, cap), lastDayOf(week)).orElseThrow().allowed());
    }

    @Test
    void aPlanOfOneSessionAWeekAllowsOneInInduction() {
        PlanSchedule weekly = new PlanSchedule(false, 1, 4, null);

        assertEquals(1, check(weekly, anchorAnd(2, 1), lastDayOf(2)).orElseThrow().allowed());
    }

    @Test
    void aDailyPlanAllowsSevenInAnInductionWeek() {
        PlanSchedule daily = new PlanSchedule(false, 7, 1, null);

        List<Instant> sixDays = IntStream.range(0, 6).mapToObj(Sessions::day).toList();

        assertTrue(check(daily, sixDays, Sessions.day(6)).isEmpty());
    }
}
