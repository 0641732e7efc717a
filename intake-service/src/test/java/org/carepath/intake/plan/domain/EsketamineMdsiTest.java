package org.carepath.intake.plan.domain;

import static org.carepath.intake.plan.domain.Plans.mg;
import static org.carepath.intake.plan.domain.Violations.assertHas;
import static org.carepath.intake.plan.domain.Violations.assertLacks;
import static org.carepath.intake.plan.domain.Violations.assertOnly;
import static org.carepath.intake.plan.domain.Violations.assertValid;

import org.carepath.intake.eligibility.domain.Indication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MDSI: 84 mg twice weekly for 4 weeks, may reduce to 56 mg, not continued beyond [S1][S3b]. */
class EsketamineMdsiTest {

    static final PatientFacts MDSI = Patients.with(Indication.MDSI);

    @Test
    void labelledCourseIsValid() {
        assertValid(Plans.esketamineMdsi().check(MDSI));
    }

    @Test
    void labelledCourseIsValidForOlderAdultsUnderTheEuProfileToo() {
        assertValid(Plans.esketamineMdsi().check(new PatientFacts(70, Patients.WEIGHT_KG, Indication.MDSI),
                Policies.eu()));
    }

    @Test
    void reductionTo56MgForTolerabilityIsAllowed() {
        assertValid(Plans.esketamineMdsi().subsequent(mg("56")).check(MDSI));
    }

    @Test
    void subsequent28MgIsRefused() {
        assertOnly(Plans.esketamineMdsi().subsequent(mg("28")).check(MDSI), "esketamine-mdsi-subsequent-dose",
                "subsequentDose");
    }

    @ParameterizedTest(name = "first {0} mg")
    @ValueSource(strings = {"28", "56"})
    void firstDoseBelow84MgIsRefused(String amount) {
        var violations = Plans.esketamineMdsi().first(mg(amount)).check(MDSI);

        assertOnly(violations, "esketamine-mdsi-first-dose", "firstDose");
    }

    @Test
    void trdStartRulesDoNotApplyToMdsi() {
        var violations = Plans.esketamineMdsi().check(MDSI);

        assertLacks(violations, "esketamine-first-dose");
        assertLacks(violations, "esketamine-84-without-56-start");
    }

    @Test
    void deviceRulesStillApplyToMdsi() {
        assertOnly(Plans.esketamineMdsi().subsequent(mg("112")).check(MDSI), "esketamine-dose-above-maximum",
                "subsequentDose");
    }

    @Test
    void fourWeeksIsTheLongestCourse() {
        assertValid(Plans.esketamineMdsi().induction(2, 4).check(MDSI));
        assertValid(Plans.esketamineMdsi().induction(1, 4).check(MDSI));
        assertHas(Plans.esketamineMdsi().induction(1, 5).check(MDSI), "esketamine-mdsi-duration", "induction.weeks");
    }

    @Test
    void fifthWeekTwiceWeeklyBreaksBothDurationAndFrequency() {
        var violations = Plans.esketamineMdsi().induction(2, 5).check(MDSI);

        assertHas(violations, "esketamine-mdsi-duration", "induction.weeks");
        assertHas(violations, "esketamine-frequency-weeks-5-8", "induction.weeks");
    }

    @Test
    void frequencyCapAppliesToMdsi() {
        assertOnly(Plans.esketamineMdsi().induction(3, 4).check(MDSI), "esketamine-frequency-weeks-1-4",
                "induction.sessionsPerWeek");
    }

    @Test
    void maintenanceIsRefusedByDefault() {
        assertOnly(Plans.esketamineMdsi().maintenanceEvery(1).check(MDSI), "esketamine-mdsi-maintenance",
                "maintenance");
    }

    @Test
    void clinicMayAllowMaintenanceAfterMdsi() {
        PlanPolicy policy = Policies.with("esketamineMdsiMaintenanceAllowed", true);

        assertValid(Plans.esketamineMdsi().maintenanceEvery(2).check(MDSI, policy));
    }

    @Test
    void mdsiDosesBreakTheTrdStartRules() {
        var violations = Plans.esketamineMdsi().check(Patients.adult());

        assertHas(violations, "esketamine-first-dose", "firstDose");
        assertHas(violations, "esketamine-84-without-56-start", "subsequentDose");
    }
}
