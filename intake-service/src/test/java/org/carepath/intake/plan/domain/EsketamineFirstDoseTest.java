package org.carepath.intake.plan.domain;

import static org.carepath.intake.plan.domain.Plans.mg;
import static org.carepath.intake.plan.domain.Violations.assertOnly;
import static org.carepath.intake.plan.domain.Violations.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.carepath.intake.eligibility.domain.Indication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Day-1 dose 56 mg, 28 mg from 65 under the EU/HK profile; 84 mg only after a 56 mg start [S1][S2][S11]. */
class EsketamineFirstDoseTest {

    @ParameterizedTest(name = "age {0}, EU profile {1}, first {2} mg: allowed {3}")
    @CsvSource({
            "64, false, 56, true", "64, false, 28, false", "64, false, 84, false",
            "65, false, 56, true", "65, false, 28, false", "65, false, 84, false",
            "64, true, 56, true", "64, true, 28, false", "64, true, 84, false",
            "65, true, 28, true", "65, true, 56, false", "65, true, 84, false",
            "18, false, 56, true", "90, true, 28, true"})
    void firstDoseFollowsAgeAndProfile(int age, boolean eu, String firstMg, boolean allowed) {
        PlanPolicy policy = eu ? Policies.eu() : PlanPolicy.defaults();
        var violations = Plans.esketamine().first(mg(firstMg)).subsequent(mg(firstMg.equals("84") ? "56" : firstMg))
                .check(Patients.aged(age), policy);

        if (allowed) {
            assertValid(violations);
        } else {
            assertOnly(violations, "esketamine-first-dose", "firstDose");
        }
    }

    @Test
    void olderAdultAgeFollowsPolicy() {
        PlanPolicy policy = Policies.with(Policies.eu(), "olderAdultAgeYears", 70);

        assertValid(Plans.esketamine().check(Patients.aged(69), policy));
        assertOnly(Plans.esketamine().check(Patients.aged(70), policy), "esketamine-first-dose", "firstDose");
    }

    @Test
    void euMessageStatesBothStarts() {
        var violation = Plans.esketamine().check(Patients.aged(65), Policies.eu()).get(0);

        assertEquals(
                "The first esketamine dose is 56 mg under age 65 and 28 mg from age 65.", violation.message());
    }

    @Test
    void highestDoseAfterA56MgStartIsAllowed() {
        assertValid(Plans.esketamine().first(mg("56")).subsequent(mg("84")).check());
    }

    @Test
    void highestDoseAfterA28MgStartIsRefused() {
        var violations = Plans.esketamine().first(mg("28")).subsequent(mg("84")).check(Patients.aged(70),
                Policies.eu());

        assertOnly(violations, "esketamine-84-without-56-start", "subsequentDose");
    }

    @Test
    void highestDoseAfterAWrongStartIsReportedWithTheStart() {
        var violations = Plans.esketamine().first(mg("28")).subsequent(mg("84")).check();

        Violations.assertHas(violations, "esketamine-first-dose", "firstDose");
        Violations.assertHas(violations, "esketamine-84-without-56-start", "subsequentDose");
    }

    @Test
    void olderAdultEuStartMayStepUpOneDevice() {
        assertValid(Plans.esketamine().first(mg("28")).subsequent(mg("56")).check(Patients.aged(70), Policies.eu()));
    }

    @ParameterizedTest(name = "subsequent {0} mg after 56 mg")
    @CsvSource({"28", "56", "84"})
    void anyWholeDeviceDoseMayFollowA56MgStart(String amount) {
        assertValid(Plans.esketamine().subsequent(mg(amount)).check());
    }

    @ParameterizedTest
    @EnumSource(value = Indication.class, names = "MDSI", mode = EnumSource.Mode.EXCLUDE)
    void startRulesApplyToEveryIndicationButMdsi(Indication indication) {
        assertOnly(Plans.esketamine().first(mg("84")).check(Patients.with(indication)), "esketamine-first-dose",
                "firstDose");
    }
}
