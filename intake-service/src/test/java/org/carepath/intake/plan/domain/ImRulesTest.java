package org.carepath.intake.plan.domain;

import static org.carepath.intake.plan.domain.Plans.mg;
import static org.carepath.intake.plan.domain.Plans.perKg;
import static org.carepath.intake.plan.domain.Violations.assertHas;
import static org.carepath.intake.plan.domain.Violations.assertOnly;
import static org.carepath.intake.plan.domain.Violations.assertValid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DOMAIN.md gives no IM dose, so IM plans need the clinic's own mg/kg range [S15][S48b]. */
class ImRulesTest {

    static final PlanPolicy CONFIGURED = Policies.imRange("0.2", "1.0");

    @Test
    void imIsRefusedUntilTheClinicSetsADoseRange() {
        assertOnly(Plans.im().check(), "im-dose-range-not-configured", "route");
    }

    @ParameterizedTest(name = "{0} mg/kg")
    @ValueSource(strings = {"0.2", "0.5", "1.0"})
    void dosesWithinTheClinicRangeAreValid(String amount) {
        assertValid(Plans.im().doses(perKg(amount)).check(Patients.adult(), CONFIGURED));
    }

    @ParameterizedTest(name = "{0} mg/kg")
    @ValueSource(strings = {"0.19", "1.01"})
    void dosesOutsideTheClinicRangeAreRefused(String amount) {
        assertOnly(Plans.im().subsequent(perKg(amount)).check(Patients.adult(), CONFIGURED), "im-dose-out-of-range",
                "subsequentDose");
    }

    @Test
    void fixedMgDoseIsRefused() {
        assertOnly(Plans.im().first(mg("35")).check(Patients.adult(), CONFIGURED), "im-dose-not-per-kg",
                "firstDose");
    }

    @Test
    void unconfiguredRangeStillReportsOtherBrokenRules() {
        var violations = Plans.im().first(mg("35")).check(Patients.unweighed());

        assertHas(violations, "im-dose-range-not-configured", "route");
        assertHas(violations, "im-dose-not-per-kg", "firstDose");
        assertHas(violations, "weight-required-for-mg-per-kg", "weightKg");
    }

    @Test
    void weeklyCapIsAPolicyValue() {
        assertOnly(Plans.im().induction(4, 2).check(Patients.adult(), CONFIGURED), "im-frequency-above-maximum",
                "induction.sessionsPerWeek");
    }

    @Test
    void infusionLengthIsRefused() {
        assertOnly(Plans.im().infusionMinutes(5).check(Patients.adult(), CONFIGURED), "infusion-minutes-not-iv",
                "infusionMinutes");
    }
}
