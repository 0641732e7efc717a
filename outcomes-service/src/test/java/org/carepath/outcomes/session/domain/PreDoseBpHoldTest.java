package org.carepath.outcomes.session.domain;

import static org.carepath.outcomes.session.domain.PreDoseBpHold.PRE_DOSE_BP_ABOVE_HOLD;
import static org.carepath.outcomes.session.domain.PreDoseBpHold.PRE_DOSE_BP_MISSING;
import static org.carepath.outcomes.session.domain.PreDoseBpHold.PRE_DOSE_HEART_RATE_ABOVE_DO_NOT_START;
import static org.carepath.outcomes.session.domain.PreDoseBpHold.PRE_DOSE_HEART_RATE_MISSING;
import static org.carepath.outcomes.session.domain.PreDoseBpHold.PRE_DOSE_SYSTOLIC_ABOVE_DO_NOT_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rule 5: esketamine is held above 140/90, or 150/90 from 65 in the EU profile [S4b][S3]; IV/IM/oral do not start
 * above SBP 180 or HR 150 [S26]; every limit is strict; a hold needs a prescriber override with a reason.
 */
class PreDoseBpHoldTest {

    static final Route ESKETAMINE = Route.ESKETAMINE_INTRANASAL;
    static final PrescriberOverride OVERRIDE = new PrescriberOverride("prescriber-1", "benefit outweighs risk");

    static Vitals reading(int systolic, int diastolic, Integer heartRate) {
        return new Vitals(Clock.minute(-5), systolic, diastolic, heartRate, null, null);
    }

    static PreDoseBpHold esketamine(int age, boolean eu, int systolic, int diastolic) {
        SessionPolicy policy = eu ? Policies.eu() : SessionPolicy.defaults();
        return PreDoseBpHold.assess(ESKETAMINE, age, reading(systolic, diastolic, null), policy);
    }

    @ParameterizedTest(name = "age {0}, EU {1}, {2}/{3}: held {4}")
    @CsvSource({
            "40, false, 140, 90, false", "40, false, 141, 90, true", "40, false, 140, 91, true",
            "70, false, 140, 90, false", "70, false, 141, 90, true", "70, false, 140, 91, true",
            "64, true, 140, 90, false", "64, true, 141, 90, true", "64, true, 140, 91, true",
            "65, true, 150, 90, false", "65, true, 151, 90, true", "65, true, 150, 91, true",
            "65, true, 145, 88, false", "80, true, 150, 90, false", "18, false, 118, 76, false"})
    void esketamineHoldIsStrictlyAboveTheAgeAndProfileLimit(int age, boolean eu, int systolic, int diastolic,
            boolean held) {
        PreDoseBpHold hold = esketamine(age, eu, systolic, diastolic);

        if (held) {
            assertEquals(BpHoldOutcome.OVERRIDE_REQUIRED, hold.outcome());
            assertEquals(List.of(PRE_DOSE_BP_ABOVE_HOLD), hold.reasons());
            assertTrue(hold.overrideRequired());
        } else {
            assertEquals(BpHoldOutcome.CLEAR, hold.outcome());
            assertEquals(List.of(), hold.reasons());
            assertFalse(hold.overrideRequired());
        }
        assertFalse(hold.doNotStartExceeded());
    }

    @Test
    void olderAdultAgeFollowsPolicy() {
        SessionPolicy policy = Policies.with(Policies.eu(), "olderAdultAgeYears", 70);
        Vitals reading = reading(145, 85, null);

        assertEquals(BpHoldOutcome.OVERRIDE_REQUIRED, PreDoseBpHold.assess(ESKETAMINE, 69, reading, policy).outcome());
        assertEquals(BpHoldOutcome.CLEAR, PreDoseBpHold.assess(ESKETAMINE, 70, reading, policy).outcome());
    }

    @Test
    void holdLimitsFollowPolicy() {
        SessionPolicy policy = Policies.with(Policies.with("holdSystolicAbove", 130), "holdDiastolicAbove", 85);

        assertEquals(BpHoldOutcome.OVERRIDE_REQUIRED,
                PreDoseBpHold.assess(ESKETAMINE, 40, reading(131, 80, null), policy).outcome());
        assertEquals(BpHoldOutcome.OVERRIDE_REQUIRED,
                PreDoseBpHold.assess(ESKETAMINE, 40, reading(130, 86, null), policy).outcome());
        assertEquals(BpHoldOutcome.CLEAR,
                PreDoseBpHold.assess(ESKETAMINE, 40, reading(130, 85, null), policy).outcome());
    }

    @Test
    void heldEsketamineMayStartOnlyWithAnOverride() {
        PreDoseBpHold hold = esketamine(40, false, 160, 95);

        assertFalse(hold.mayAdminister(null));
        assertTrue(hold.mayAdminister(OVERRIDE));
    }

    @Test
    void clearEsketamineMayStartWithoutAnOverride() {
        assertTrue(esketamine(40, false, 120, 80).mayAdminister(null));
    }

    @Test
    void esketamineNeedsNoHeartRate() {
        assertEquals(BpHoldOutcome.CLEAR, esketamine(40, false, 120, 80).outcome());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void missingBloodPressureCannotBeOverridden(Route route) {
        PreDoseBpHold hold = PreDoseBpHold.assess(route, 40, Clock.heartRateOnly(Clock.minute(-5)),
                SessionPolicy.defaults());

        assertEquals(BpHoldOutcome.VITALS_MISSING, hold.outcome());
        assertEquals(List.of(PRE_DOSE_BP_MISSING), hold.reasons());
        assertFalse(hold.mayAdminister(OVERRIDE));
        assertFalse(hold.overrideRequired());
    }

    @Test
    void noPreDoseReadingAtAllIsMissing() {
        assertEquals(List.of(PRE_DOSE_BP_MISSING),
                PreDoseBpHold.assess(ESKETAMINE, 40, null, SessionPolicy.defaults()).reasons());
        assertEquals(List.of(PRE_DOSE_BP_MISSING, PRE_DOSE_HEART_RATE_MISSING),
                PreDoseBpHold.assess(Route.IV, 40, null, SessionPolicy.defaults()).reasons());
    }

    @ParameterizedTest(name = "{0}: {1}/90 HR {2}: systolic over {3}, heart rate over {4}")
    @CsvSource({
            "IV, 180, 150, false, false", "IV, 181, 150, true, false", "IV, 180, 151, false, true",
            "IV, 181, 151, true, true", "IM, 181, 100, true, false", "IM, 150, 151, false, true",
            "ORAL, 181, 100, true, false", "ORAL, 180, 150, false, false"})
    void racemicRoutesDoNotStartStrictlyAboveTheLimits(Route route, int systolic, int heartRate,
            boolean systolicOver, boolean heartRateOver) {
        Vitals reading = reading(systolic, 90, heartRate);
        PreDoseBpHold hold = PreDoseBpHold.assess(route, 40, reading, SessionPolicy.defaults());

        List<String> expected = new ArrayList<>();
        if (systolicOver) {
            expected.add(PRE_DOSE_SYSTOLIC_ABOVE_DO_NOT_START);
        }
        if (heartRateOver) {
            expected.add(PRE_DOSE_HEART_RATE_ABOVE_DO_NOT_START);
        }
        assertEquals(expected, hold.reasons());
        boolean exceeded = systolicOver || heartRateOver;
        assertEquals(exceeded ? BpHoldOutcome.DO_NOT_START : BpHoldOutcome.CLEAR, hold.outcome());
        assertEquals(exceeded, hold.doNotStartExceeded());
        assertEquals(exceeded, hold.overrideRequired());
        assertEquals(!exceeded, hold.mayAdminister(null));
        assertTrue(hold.mayAdminister(OVERRIDE));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Route.class, names = {"IV", "IM", "ORAL"})
    void racemicRoutesIgnoreTheEsketamineGuide(Route route) {
        PreDoseBpHold hold = PreDoseBpHold.assess(route, 70, reading(170, 100, 90), SessionPolicy.defaults());

        assertEquals(BpHoldOutcome.CLEAR, hold.outcome());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Route.class, names = {"IV", "IM", "ORAL"})
    void racemicRoutesNeedHeartRate(Route route) {
        PreDoseBpHold hold = PreDoseBpHold.assess(route, 40, reading(200, 100, null), SessionPolicy.defaults());

        assertEquals(BpHoldOutcome.VITALS_MISSING, hold.outcome());
        assertEquals(List.of(PRE_DOSE_HEART_RATE_MISSING), hold.reasons());
        assertFalse(hold.mayAdminister(OVERRIDE));
    }

    @Test
    void doNotStartLimitsFollowPolicy() {
        SessionPolicy policy = Policies.with(Policies.with("doNotStartSystolicAbove", 160),
                "doNotStartHeartRateAbove", 120);

        assertEquals(List.of(PRE_DOSE_SYSTOLIC_ABOVE_DO_NOT_START),
                PreDoseBpHold.assess(Route.IV, 40, reading(161, 90, 120), policy).reasons());
        assertEquals(List.of(PRE_DOSE_HEART_RATE_ABOVE_DO_NOT_START),
                PreDoseBpHold.assess(Route.IV, 40, reading(160, 90, 121), policy).reasons());
    }

    @Test
    void overrideNeedsAPrescriberAndAReason() {
        assertThrows(IllegalArgumentException.class, () -> new PrescriberOverride(null, "reason"));
        assertThrows(IllegalArgumentException.class, () -> new PrescriberOverride("prescriber-1", " "));
        assertThrows(IllegalArgumentException.class, () -> new PrescriberOverride("prescriber-1", null));
    }

    @Test
    void inputsAreChecked() {
        Vitals reading = reading(120, 80, 70);
        SessionPolicy policy = SessionPolicy.defaults();

        assertThrows(IllegalArgumentException.class, () -> PreDoseBpHold.assess(null, 40, reading, policy));
        assertThrows(IllegalArgumentException.class, () -> PreDoseBpHold.assess(ESKETAMINE, -1, reading, policy));
        assertThrows(IllegalArgumentException.class, () -> PreDoseBpHold.assess(ESKETAMINE, 40, reading, null));
    }

    @Test
    void outcomeAndReasonsAgree() {
        assertThrows(IllegalArgumentException.class,
                () -> new PreDoseBpHold(BpHoldOutcome.CLEAR, List.of(PRE_DOSE_BP_ABOVE_HOLD)));
        assertThrows(IllegalArgumentException.class, () -> new PreDoseBpHold(BpHoldOutcome.DO_NOT_START, List.of()));
    }
}
