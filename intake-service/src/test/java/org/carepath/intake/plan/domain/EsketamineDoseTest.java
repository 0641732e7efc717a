package org.carepath.intake.plan.domain;

import static org.carepath.intake.plan.domain.Plans.mg;
import static org.carepath.intake.plan.domain.Plans.perKg;
import static org.carepath.intake.plan.domain.Violations.assertOnly;
import static org.carepath.intake.plan.domain.Violations.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Esketamine is given in whole 28 mg devices, at most three a session [S1][S11][S13]. */
class EsketamineDoseTest {

    @ParameterizedTest(name = "{0} mg")
    @ValueSource(strings = {"28", "56", "84", "56.0", "28.00"})
    void wholeDevicesUpToThreeAreAllowedFromSessionTwo(String amount) {
        assertValid(Plans.esketamine().subsequent(mg(amount)).check());
    }

    @ParameterizedTest(name = "{0} mg")
    @ValueSource(strings = {"27", "70", "1", "55.9", "56.5", "83"})
    void partialDevicesAreRefused(String amount) {
        assertOnly(Plans.esketamine().subsequent(mg(amount)).check(), "esketamine-dose-not-device-multiple",
                "subsequentDose");
    }

    @ParameterizedTest(name = "{0} mg")
    @ValueSource(strings = {"112", "140", "168"})
    void moreThanThreeDevicesAreRefused(String amount) {
        assertOnly(Plans.esketamine().subsequent(mg(amount)).check(), "esketamine-dose-above-maximum",
                "subsequentDose");
    }

    @ParameterizedTest(name = "first dose {0} mg: {1}")
    @CsvSource({"27, esketamine-dose-not-device-multiple", "70, esketamine-dose-not-device-multiple",
            "112, esketamine-dose-above-maximum"})
    void firstDoseIsCheckedForWholeDevicesToo(String amount, String code) {
        assertOnly(Plans.esketamine().first(mg(amount)).check(), code, "firstDose");
    }

    @Test
    void zeroDoseIsNotADose() {
        assertThrows(IllegalArgumentException.class, () -> mg("0"));
    }

    @Test
    void doseByWeightIsRefusedForEsketamine() {
        assertOnly(Plans.esketamine().subsequent(perKg("0.8")).check(), "esketamine-dose-not-fixed",
                "subsequentDose");
    }

    @Test
    void doseByWeightNeedsNoWeightForEsketamineBecauseItIsRefusedAnyway() {
        assertOnly(Plans.esketamine().subsequent(perKg("0.8")).check(Patients.unweighed()),
                "esketamine-dose-not-fixed", "subsequentDose");
    }

    @Test
    void bothDosesAreReportedWhenBothAreWrong() {
        var violations = Plans.esketamine().first(mg("70")).subsequent(mg("112")).check();

        Violations.assertHas(violations, "esketamine-dose-not-device-multiple", "firstDose");
        Violations.assertHas(violations, "esketamine-dose-above-maximum", "subsequentDose");
    }

    @Test
    void aClinicPolicyWithFewerDevicesLowersTheMaximum() {
        PlanPolicy twoDevices = Policies.with(Policies.with("esketamineMdsiDoseMg", 56),
                "esketamineMaxDevicesPerSession", 2);

        assertOnly(Plans.esketamine().subsequent(mg("84")).check(Patients.adult(), twoDevices),
                "esketamine-dose-above-maximum", "subsequentDose");
    }

    @Test
    void messageListsTheAllowedDoses() {
        var violation = Plans.esketamine().subsequent(mg("70")).check().get(0);

        assertTrue(violation.message().contains("28, 56 or 84 mg"),
                violation.message());
        assertEquals("[S1][S11][S13]", violation.source());
    }

    @Test
    void doseAmountsCompareByValueNotScale() {
        assertValid(Plans.esketamine().first(Dose.ofMg(new BigDecimal("56.000"))).check());
    }
}
