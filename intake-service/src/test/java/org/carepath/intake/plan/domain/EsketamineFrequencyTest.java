package org.carepath.intake.plan.domain;

import static org.carepath.intake.plan.domain.Violations.assertOnly;
import static org.carepath.intake.plan.domain.Violations.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** At most 2 sessions a week in weeks 1-4, 1 a week in weeks 5-8, weekly or every 2 weeks from week 9 [S1][S2][S11]. */
class EsketamineFrequencyTest {

    @ParameterizedTest(name = "{0} a week for {1} weeks")
    @CsvSource({"1, 1", "1, 4", "2, 1", "2, 4", "1, 8", "1, 12"})
    void inductionWithinTheCapsIsValid(int perWeek, int weeks) {
        assertValid(Plans.esketamine().induction(perWeek, weeks).check());
    }

    @ParameterizedTest(name = "{0} a week")
    @CsvSource({"3", "7"})
    void moreThanTwiceWeeklyInWeeksOneToFourIsRefused(int perWeek) {
        assertOnly(Plans.esketamine().induction(perWeek, 4).check(), "esketamine-frequency-weeks-1-4",
                "induction.sessionsPerWeek");
    }

    @ParameterizedTest(name = "twice weekly for {0} weeks")
    @CsvSource({"5", "8", "9"})
    void twiceWeeklyPastWeekFourIsRefused(int weeks) {
        assertOnly(Plans.esketamine().induction(2, weeks).check(), "esketamine-frequency-weeks-5-8",
                "induction.weeks");
    }

    @Test
    void threeTimesWeeklyPastWeekFourBreaksBothCaps() {
        var violations = Plans.esketamine().induction(3, 5).check();

        Violations.assertHas(violations, "esketamine-frequency-weeks-1-4", "induction.sessionsPerWeek");
        Violations.assertHas(violations, "esketamine-frequency-weeks-5-8", "induction.weeks");
    }

    @ParameterizedTest(name = "every {0} weeks")
    @CsvSource({"1", "2"})
    void maintenanceWeeklyOrEveryTwoWeeksIsValid(int intervalWeeks) {
        assertValid(Plans.esketamine().maintenanceEvery(intervalWeeks).check());
    }

    @ParameterizedTest(name = "every {0} weeks")
    @CsvSource({"3", "4"})
    void maintenanceLessOftenThanEveryTwoWeeksIsRefused(int intervalWeeks) {
        assertOnly(Plans.esketamine().maintenanceEvery(intervalWeeks).check(), "esketamine-frequency-week-9-on",
                "maintenance.intervalWeeks");
    }

    @Test
    void inductionWithoutMaintenanceIsValid() {
        assertValid(Plans.esketamine().noMaintenance().check());
    }

    @Test
    void capsFollowPolicy() {
        assertValid(Plans.esketamine().induction(3, 4)
                .check(Patients.adult(), Policies.with("esketamineMaxSessionsPerWeekInInduction", 3)));
        assertValid(Plans.esketamine().induction(2, 6)
                .check(Patients.adult(), Policies.with("esketamineInductionWeeks", 6)));
        assertValid(Plans.esketamine().induction(2, 6)
                .check(Patients.adult(), Policies.with("esketamineMaxSessionsPerWeekAfterInduction", 2)));
        assertValid(Plans.esketamine().maintenanceEvery(4)
                .check(Patients.adult(), Policies.with("esketamineMaxMaintenanceIntervalWeeks", 4)));
    }

    @Test
    void messagesStateTheCaps() {
        assertEquals("In weeks 1-4 esketamine is given at most twice a week.",
                Plans.esketamine().induction(3, 4).check().get(0).message());
        assertEquals("From week 5 esketamine is given at most once a week, so a "
                + "more frequent induction lasts at most 4 weeks.",
                Plans.esketamine().induction(2, 5).check().get(0).message());
    }
}
