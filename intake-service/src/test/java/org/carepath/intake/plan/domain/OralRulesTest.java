package org.carepath.intake.plan.domain;

import static org.carepath.intake.plan.domain.Plans.mg;
import static org.carepath.intake.plan.domain.Plans.perKg;
import static org.carepath.intake.plan.domain.Violations.assertOnly;
import static org.carepath.intake.plan.domain.Violations.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Oral racemic ketamine: 0.25-7.0 mg/kg or 25-300 mg fixed [S16]. */
class OralRulesTest {

    @ParameterizedTest(name = "{0} mg/kg")
    @ValueSource(strings = {"0.25", "2.0", "7.0", "7"})
    void weightBasedDosesWithinTheReportedRangeAreValid(String amount) {
        assertValid(Plans.oral().doses(perKg(amount)).check());
    }

    @ParameterizedTest(name = "{0} mg/kg")
    @ValueSource(strings = {"0.24", "7.01", "10"})
    void weightBasedDosesOutsideTheReportedRangeAreRefused(String amount) {
        assertOnly(Plans.oral().subsequent(perKg(amount)).check(), "oral-dose-out-of-range", "subsequentDose");
    }

    @ParameterizedTest(name = "{0} mg")
    @ValueSource(strings = {"25", "150", "300"})
    void fixedDosesWithinTheReportedRangeAreValid(String amount) {
        assertValid(Plans.oral().doses(mg(amount)).check());
    }

    @ParameterizedTest(name = "{0} mg")
    @ValueSource(strings = {"24.9", "300.1", "500"})
    void fixedDosesOutsideTheReportedRangeAreRefused(String amount) {
        assertOnly(Plans.oral().first(mg(amount)).check(), "oral-dose-out-of-range", "firstDose");
    }

    @Test
    void fixedDosesNeedNoWeight() {
        assertValid(Plans.oral().doses(mg("100")).check(Patients.unweighed()));
    }

    @Test
    void weightBasedDoseNeedsTheWeight() {
        assertOnly(Plans.oral().first(mg("100")).subsequent(perKg("1.0")).check(Patients.unweighed()),
                "weight-required-for-mg-per-kg", "weightKg");
    }

    @Test
    void infusionLengthIsRefused() {
        assertOnly(Plans.oral().infusionMinutes(40).check(), "infusion-minutes-not-iv", "infusionMinutes");
    }

    @Test
    void weeklyCapIsAPolicyValue() {
        assertValid(Plans.oral().induction(3, 2).check());
        assertOnly(Plans.oral().induction(4, 2).check(), "oral-frequency-above-maximum", "induction.sessionsPerWeek");
        assertValid(Plans.oral().induction(7, 2).check(Patients.adult(), Policies.with("imOralMaxSessionsPerWeek", 7)));
    }

    @Test
    void messageStatesBothRanges() {
        assertEquals("Oral ketamine doses lie between 0.25 and 7 mg/kg, or 25 and 300 mg as a fixed dose.",
                Plans.oral().first(mg("10")).check().get(0).message());
    }
}
