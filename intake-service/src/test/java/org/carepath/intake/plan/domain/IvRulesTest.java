package org.carepath.intake.plan.domain;

import static org.carepath.intake.plan.domain.Plans.mg;
import static org.carepath.intake.plan.domain.Plans.perKg;
import static org.carepath.intake.plan.domain.Violations.assertHas;
import static org.carepath.intake.plan.domain.Violations.assertOnly;
import static org.carepath.intake.plan.domain.Violations.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IV racemic ketamine: 0.1-0.75 mg/kg, infusions of 2-100 minutes, 2-3 a week [S15][S23a][S23b][S23c][S22]. */
class IvRulesTest {

    @ParameterizedTest(name = "{0} mg/kg")
    @ValueSource(strings = {"0.1", "0.10", "0.5", "0.75"})
    void dosesWithinTheObservedRangeAreValid(String amount) {
        assertValid(Plans.iv().doses(perKg(amount)).check());
    }

    @ParameterizedTest(name = "{0} mg/kg")
    @ValueSource(strings = {"0.09", "0.099", "0.76", "0.751", "1.0"})
    void dosesOutsideTheObservedRangeAreRefused(String amount) {
        assertOnly(Plans.iv().first(perKg(amount)).check(), "iv-dose-out-of-range", "firstDose");
        assertOnly(Plans.iv().subsequent(perKg(amount)).check(), "iv-dose-out-of-range", "subsequentDose");
    }

    @Test
    void doseMayRiseAfterTheFirstInfusion() {
        assertValid(Plans.iv().first(perKg("0.5")).subsequent(perKg("0.75")).check());
    }

    @Test
    void fixedMgDoseIsRefused() {
        assertOnly(Plans.iv().first(mg("35")).check(), "iv-dose-not-per-kg", "firstDose");
    }

    @Test
    void doseByWeightNeedsTheWeight() {
        assertOnly(Plans.iv().check(Patients.unweighed()), "weight-required-for-mg-per-kg", "weightKg");
    }

    @Test
    void rangeFollowsPolicy() {
        PlanPolicy policy = Policies.with("ivMaxMgPerKg", new BigDecimal("1.0"));

        assertValid(Plans.iv().doses(perKg("1.0")).check(Patients.adult(), policy));
        assertEquals("IV ketamine doses lie between 0.1 and 1 mg/kg.",
                Plans.iv().doses(perKg("1.1")).check(Patients.adult(), policy).get(0).message());
    }

    @ParameterizedTest(name = "{0} minutes")
    @ValueSource(ints = {2, 40, 100})
    void infusionOfTwoToHundredMinutesIsValid(int minutes) {
        assertValid(Plans.iv().infusionMinutes(minutes).check());
    }

    @ParameterizedTest(name = "{0} minutes")
    @ValueSource(ints = {1, 101, 240})
    void infusionOutsideTwoToHundredMinutesIsRefused(int minutes) {
        assertOnly(Plans.iv().infusionMinutes(minutes).check(), "iv-infusion-minutes-out-of-range",
                "infusionMinutes");
    }

    @Test
    void infusionLengthIsRequired() {
        assertOnly(Plans.iv().infusionMinutes(null).check(), "iv-infusion-minutes-required", "infusionMinutes");
    }

    @ParameterizedTest(name = "{0} a week")
    @ValueSource(ints = {1, 2, 3})
    void upToThreeInfusionsAWeekAreValid(int perWeek) {
        assertValid(Plans.iv().induction(perWeek, 3).check());
    }

    @ParameterizedTest(name = "{0} a week")
    @ValueSource(ints = {4, 7})
    void moreThanThreeInfusionsAWeekAreRefused(int perWeek) {
        assertOnly(Plans.iv().induction(perWeek, 2).check(), "iv-frequency-above-maximum",
                "induction.sessionsPerWeek");
    }

    @Test
    void weeklyCapFollowsPolicy() {
        assertValid(Plans.iv().induction(4, 2).check(Patients.adult(), Policies.with("ivMaxSessionsPerWeek", 4)));
    }

    @Test
    void canKetScheduleWithMaintenanceIsValid() {
        assertValid(Plans.iv().induction(3, 4).maintenanceEvery(1).check());
    }

    @Test
    void everyBrokenRuleIsReported() {
        var violations = Plans.iv().first(mg("35")).subsequent(perKg("0.8")).infusionMinutes(1).induction(5, 2)
                .check(Patients.unweighed());

        assertEquals(5, violations.size(), violations::toString);
        assertHas(violations, "weight-required-for-mg-per-kg", "weightKg");
        assertHas(violations, "iv-dose-not-per-kg", "firstDose");
        assertHas(violations, "iv-dose-out-of-range", "subsequentDose");
        assertHas(violations, "iv-infusion-minutes-out-of-range", "infusionMinutes");
        assertHas(violations, "iv-frequency-above-maximum", "induction.sessionsPerWeek");
    }
}
