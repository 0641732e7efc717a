package org.carepath.outcomes.session.domain;

import static org.carepath.outcomes.session.domain.Clock.bp;
import static org.carepath.outcomes.session.domain.SessionSafetySignals.MOAAS_LOSS_OF_CONSCIOUSNESS;
import static org.carepath.outcomes.session.domain.SessionSafetySignals.MOAAS_MEANINGFUL_SEDATION;
import static org.carepath.outcomes.session.domain.SessionSafetySignals.POST_DOSE_BP_OVER_LIMIT;
import static org.carepath.outcomes.session.domain.SessionSafetySignals.POST_DOSE_BP_RISE_OVER_LIMIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Post-dose BP: above 180/110 is HIGH (UNVERIFIED limit [S4b]); a rise of 40 systolic or 25 diastolic from pre-dose is
 * MODERATE [S5b]. MOAA/S 0 is loss of consciousness (URGENT); 3 or less is meaningful sedation (HIGH) [S4a].
 */
class SessionSafetySignalsTest {

    static final SessionPolicy POLICY = SessionPolicy.defaults();
    static final Vitals PRE_DOSE = bp(-5, 120, 80);

    static final SafetySignal OVER_LIMIT = new SafetySignal(SignalLevel.HIGH, POST_DOSE_BP_OVER_LIMIT);
    static final SafetySignal RISE = new SafetySignal(SignalLevel.MODERATE, POST_DOSE_BP_RISE_OVER_LIMIT);

    static Optional<SafetySignal> after(Vitals preDose, int systolic, int diastolic) {
        return SessionSafetySignals.postDoseBloodPressure(preDose, bp(40, systolic, diastolic), POLICY);
    }

    @ParameterizedTest(name = "post-dose {0}/{1} without a pre-dose BP: over {2}")
    @CsvSource({"180, 110, false", "181, 100, true", "170, 111, true", "181, 111, true", "200, 100, true"})
    void absoluteLimitIsStrict(int systolic, int diastolic, boolean over) {
        assertEquals(over ? Optional.of(OVER_LIMIT) : Optional.empty(), after(null, systolic, diastolic));
    }

    @ParameterizedTest(name = "120/80 then {0}/{1}: rise {2}")
    @CsvSource({
            "159, 104, false", "160, 80, true", "120, 105, true", "160, 105, true", "150, 95, false",
            "110, 70, false"})
    void riseIsReachedAtTheLimit(int systolic, int diastolic, boolean rise) {
        assertEquals(rise ? Optional.of(RISE) : Optional.empty(), after(PRE_DOSE, systolic, diastolic));
    }

    @Test
    void overTheAbsoluteLimitOutranksARise() {
        assertEquals(Optional.of(OVER_LIMIT), after(PRE_DOSE, 190, 100));
    }

    @Test
    void withoutAPreDoseBpOnlyTheAbsoluteLimitApplies() {
        assertEquals(Optional.empty(), after(null, 175, 108));
        assertEquals(Optional.empty(), after(Clock.heartRateOnly(Clock.minute(-5)), 175, 108));
    }

    @Test
    void aReadingWithoutBpGivesNoBpSignal() {
        assertEquals(Optional.empty(),
                SessionSafetySignals.postDoseBloodPressure(PRE_DOSE, Clock.heartRateOnly(Clock.minute(40)), POLICY));
    }

    @Test
    void limitsFollowPolicy() {
        SessionPolicy policy = Policies.with(Policies.with("postDoseSystolicRiseAlert", 30),
                "postDoseSystolicAlertAbove", 170);

        assertEquals(Optional.of(RISE), SessionSafetySignals.postDoseBloodPressure(PRE_DOSE, bp(40, 150, 80), policy));
        assertEquals(Optional.of(OVER_LIMIT),
                SessionSafetySignals.postDoseBloodPressure(PRE_DOSE, bp(40, 171, 80), policy));
    }

    @Test
    void moaasZeroIsLossOfConsciousness() {
        assertEquals(Optional.of(new SafetySignal(SignalLevel.URGENT, MOAAS_LOSS_OF_CONSCIOUSNESS)),
                SessionSafetySignals.sedation(0, POLICY));
    }

    @ParameterizedTest(name = "MOAA/S {0}")
    @ValueSource(ints = {1, 2, 3})
    void moaasThreeOrLessIsMeaningfulSedation(int moaas) {
        assertEquals(Optional.of(new SafetySignal(SignalLevel.HIGH, MOAAS_MEANINGFUL_SEDATION)),
                SessionSafetySignals.sedation(moaas, POLICY));
    }

    @ParameterizedTest(name = "MOAA/S {0}")
    @ValueSource(ints = {4, 5})
    void moaasAboveThreeIsNoSignal(int moaas) {
        assertEquals(Optional.empty(), SessionSafetySignals.sedation(moaas, POLICY));
    }

    @Test
    void sedationCutOffFollowsPolicy() {
        SessionPolicy policy = Policies.with("meaningfulSedationMoaasAtMost", 2);

        assertEquals(Optional.empty(), SessionSafetySignals.sedation(3, policy));
        assertEquals(MOAAS_MEANINGFUL_SEDATION, SessionSafetySignals.sedation(2, policy).orElseThrow().reasonCode());
    }

    @ParameterizedTest(name = "MOAA/S {0}")
    @ValueSource(ints = {-1, 6})
    void moaasOutsideTheScaleIsRefused(int moaas) {
        assertThrows(IllegalArgumentException.class, () -> SessionSafetySignals.sedation(moaas, POLICY));
    }

    @Test
    void inputsAreChecked() {
        assertThrows(IllegalArgumentException.class,
                () -> SessionSafetySignals.postDoseBloodPressure(PRE_DOSE, null, POLICY));
        assertThrows(IllegalArgumentException.class,
                () -> SessionSafetySignals.postDoseBloodPressure(PRE_DOSE, bp(40, 120, 80), null));
        assertThrows(IllegalArgumentException.class, () -> SessionSafetySignals.sedation(3, null));
    }

    @Test
    void signalsCarryALevelAndAKebabCaseCode() {
        assertThrows(IllegalArgumentException.class, () -> new SafetySignal(null, "post-dose-bp-over-limit"));
        assertThrows(IllegalArgumentException.class, () -> new SafetySignal(SignalLevel.HIGH, "Post dose BP"));
        assertThrows(IllegalArgumentException.class, () -> new SafetySignal(SignalLevel.HIGH, null));
    }
}
