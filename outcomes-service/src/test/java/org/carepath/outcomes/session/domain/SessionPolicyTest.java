package org.carepath.outcomes.session.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The defaults are DOMAIN.md's values; a clinic's overrides are checked for sense, and none goes below REMS. */
class SessionPolicyTest {

    @Test
    void defaultsAreDomainValues() {
        SessionPolicy policy = SessionPolicy.defaults();

        assertFalse(policy.euProfile());
        assertEquals(65, policy.olderAdultAgeYears());
        assertEquals(120, policy.esketamineMinimumMonitoringMinutes());
        assertEquals(40, policy.postDoseBpMinutes());
        assertEquals(15, policy.postDoseBpToleranceMinutes());
        assertEquals(30, policy.preDischargeVitalsWindowMinutes());
        assertEquals(140, policy.holdSystolicAbove());
        assertEquals(90, policy.holdDiastolicAbove());
        assertEquals(150, policy.olderAdultHoldSystolicAbove());
        assertEquals(180, policy.doNotStartSystolicAbove());
        assertEquals(150, policy.doNotStartHeartRateAbove());
        assertEquals(40, policy.postDoseSystolicRiseAlert());
        assertEquals(25, policy.postDoseDiastolicRiseAlert());
        assertEquals(180, policy.postDoseSystolicAlertAbove());
        assertEquals(110, policy.postDoseDiastolicAlertAbove());
        assertEquals(60, policy.ivMinimumMonitoringAfterInfusionMinutes());
        assertEquals(60, policy.imMinimumMonitoringMinutes());
        assertEquals(120, policy.oralMinimumMonitoringMinutes());
        assertEquals(3, policy.meaningfulSedationMoaasAtMost());
        assertEquals(120, policy.fastingFoodMinutes());
        assertEquals(30, policy.fastingFluidsMinutes());
        assertEquals(60, policy.nasalMedicationMinutesBeforeDose());
        assertEquals(7, policy.monitoringFormDueDays());
        assertEquals(5, policy.monitoringFormAlertDay());
    }

    @Test
    void esketamineMonitoringNeverBelowTheRemsTwoHours() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> Policies.with("esketamineMinimumMonitoringMinutes", 119));

        assertEquals("esketamineMinimumMonitoringMinutes must be at least the REMS 120 minutes", error.getMessage());
        assertEquals(120, minimum(120).esketamineMinimumMonitoringMinutes());
        assertEquals(150, minimum(150).esketamineMinimumMonitoringMinutes());
    }

    static SessionPolicy minimum(int minutes) {
        return Policies.with("esketamineMinimumMonitoringMinutes", minutes);
    }

    static Stream<Arguments> senselessOverrides() {
        return Stream.of(
                Arguments.of("older-adult age 0", "olderAdultAgeYears", 0),
                Arguments.of("post-dose mark 0", "postDoseBpMinutes", 0),
                Arguments.of("negative tolerance", "postDoseBpToleranceMinutes", -1),
                Arguments.of("tolerance as wide as the mark", "postDoseBpToleranceMinutes", 40),
                Arguments.of("post-dose window past the monitoring minimum", "postDoseBpMinutes", 106),
                Arguments.of("pre-discharge window 0", "preDischargeVitalsWindowMinutes", 0),
                Arguments.of("hold diastolic 0", "holdDiastolicAbove", 0),
                Arguments.of("hold systolic not above diastolic", "holdSystolicAbove", 90),
                Arguments.of("older-adult hold below the general hold", "olderAdultHoldSystolicAbove", 139),
                Arguments.of("do-not-start systolic 0", "doNotStartSystolicAbove", 0),
                Arguments.of("do-not-start heart rate 0", "doNotStartHeartRateAbove", 0),
                Arguments.of("systolic rise 0", "postDoseSystolicRiseAlert", 0),
                Arguments.of("diastolic rise 0", "postDoseDiastolicRiseAlert", 0),
                Arguments.of("absolute systolic not above diastolic", "postDoseSystolicAlertAbove", 110),
                Arguments.of("absolute diastolic 0", "postDoseDiastolicAlertAbove", 0),
                Arguments.of("IV monitoring 0", "ivMinimumMonitoringAfterInfusionMinutes", 0),
                Arguments.of("IM monitoring 0", "imMinimumMonitoringMinutes", 0),
                Arguments.of("oral monitoring 0", "oralMinimumMonitoringMinutes", 0),
                Arguments.of("sedation at MOAA/S 0", "meaningfulSedationMoaasAtMost", 0),
                Arguments.of("sedation at MOAA/S 5", "meaningfulSedationMoaasAtMost", 5),
                Arguments.of("food fast 0", "fastingFoodMinutes", 0),
                Arguments.of("fluid fast 0", "fastingFluidsMinutes", 0),
                Arguments.of("nasal medication gap 0", "nasalMedicationMinutesBeforeDose", 0),
                Arguments.of("form due in 0 days", "monitoringFormDueDays", 0),
                Arguments.of("form alert on the session day", "monitoringFormAlertDay", 0),
                Arguments.of("form alert after due", "monitoringFormAlertDay", 8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("senselessOverrides")
    void senselessOverrideIsRefused(String label, String component, Object value) {
        assertThrows(IllegalArgumentException.class, () -> Policies.with(component, value));
    }

    @Test
    void limitsOfTheChecksAreAccepted() {
        assertEquals(0, Policies.with("postDoseBpToleranceMinutes", 0).postDoseBpToleranceMinutes());
        assertEquals(39, Policies.with("postDoseBpToleranceMinutes", 39).postDoseBpToleranceMinutes());
        assertEquals(105, Policies.with("postDoseBpMinutes", 105).postDoseBpMinutes());
        assertEquals(140, Policies.with("olderAdultHoldSystolicAbove", 140).olderAdultHoldSystolicAbove());
        assertEquals(1, Policies.with("meaningfulSedationMoaasAtMost", 1).meaningfulSedationMoaasAtMost());
        assertEquals(4, Policies.with("meaningfulSedationMoaasAtMost", 4).meaningfulSedationMoaasAtMost());
        assertEquals(7, Policies.with("monitoringFormAlertDay", 7).monitoringFormAlertDay());
    }
}
