package org.carepath.outcomes.session.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Readings outside physiological plausibility are entry errors and are refused; BP comes as a pair. */
class VitalsTest {

    static final Instant AT = Clock.START;

    static Vitals vitals(Integer systolic, Integer diastolic, Integer heartRate, Integer spo2, Integer rr) {
        return new Vitals(AT, systolic, diastolic, heartRate, spo2, rr);
    }

    @Test
    void fullSetIsAccepted() {
        Vitals vitals = vitals(128, 82, 76, 98, 14);

        assertEquals(Optional.of(new BloodPressure(128, 82)), vitals.bloodPressure());
    }

    @ParameterizedTest(name = "systolic {0} / diastolic {1}: accepted {2}")
    @CsvSource({
            "50, 20, true", "49, 20, false", "300, 120, true", "301, 120, false", "400, 90, false",
            "120, 20, true", "120, 19, false", "250, 200, true", "300, 201, false",
            "91, 90, true", "90, 90, false", "80, 90, false"})
    void bloodPressureBoundsAndOrder(int systolic, int diastolic, boolean accepted) {
        if (accepted) {
            assertDoesNotThrow(() -> vitals(systolic, diastolic, null, null, null));
            assertDoesNotThrow(() -> new BloodPressure(systolic, diastolic));
        } else {
            assertThrows(IllegalArgumentException.class, () -> vitals(systolic, diastolic, null, null, null));
            assertThrows(IllegalArgumentException.class, () -> new BloodPressure(systolic, diastolic));
        }
    }

    @ParameterizedTest(name = "heart rate {0}: accepted {1}")
    @CsvSource({"20, true", "19, false", "250, true", "251, false"})
    void heartRateBounds(int heartRate, boolean accepted) {
        assertEquals(accepted, accepts(() -> vitals(null, null, heartRate, null, null)));
    }

    @ParameterizedTest(name = "SpO2 {0}: accepted {1}")
    @CsvSource({"50, true", "49, false", "100, true", "101, false"})
    void spo2Bounds(int spo2, boolean accepted) {
        assertEquals(accepted, accepts(() -> vitals(null, null, null, spo2, null)));
    }

    @ParameterizedTest(name = "respiratory rate {0}: accepted {1}")
    @CsvSource({"4, true", "3, false", "60, true", "61, false"})
    void respiratoryRateBounds(int respiratoryRate, boolean accepted) {
        assertEquals(accepted, accepts(() -> vitals(null, null, null, null, respiratoryRate)));
    }

    @Test
    void systolicAndDiastolicComeTogether() {
        assertThrows(IllegalArgumentException.class, () -> vitals(120, null, 70, null, null));
        assertThrows(IllegalArgumentException.class, () -> vitals(null, 80, 70, null, null));
    }

    @Test
    void aReadingWithoutBloodPressureHasNone() {
        Vitals vitals = vitals(null, null, 70, 97, null);

        assertEquals(Optional.empty(), vitals.bloodPressure());
        assertFalse(vitals.hasBloodPressure());
        assertFalse(vitals.hasBloodPressureAndHeartRate());
        assertTrue(vitals(120, 80, 70, null, null).hasBloodPressureAndHeartRate());
    }

    @Test
    void atLeastOneMeasureIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> vitals(null, null, null, null, null));
    }

    @Test
    void timeIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> new Vitals(null, 120, 80, null, null, null));
    }

    @Test
    void messagesNameTheRuleNotTheValue() {
        var error = assertThrows(IllegalArgumentException.class, () -> vitals(400, 90, null, null, null));

        assertEquals("systolic must be within 50-300 mmHg", error.getMessage());
        assertFalse(error.getMessage().contains("400"));
    }

    static boolean accepts(Runnable construction) {
        try {
            construction.run();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
