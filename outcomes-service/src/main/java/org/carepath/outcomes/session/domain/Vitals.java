package org.carepath.outcomes.session.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.required;

import java.time.Instant;
import java.util.Optional;

/**
 * One set of vital signs taken at a moment of the session; a measure not taken is null. Systolic and diastolic
 * come together. The bounds are plausibility limits against entry errors, not clinical limits (those are in
 * {@link SessionPolicy}).
 */
public record Vitals(Instant takenAt, Integer systolic, Integer diastolic, Integer heartRate, Integer spo2,
        Integer respiratoryRate) {

    public static final int MIN_HEART_RATE = 20;
    public static final int MAX_HEART_RATE = 250;
    public static final int MIN_SPO2 = 50;
    public static final int MAX_SPO2 = 100;
    public static final int MIN_RESPIRATORY_RATE = 4;
    public static final int MAX_RESPIRATORY_RATE = 60;

    public Vitals {
        required(takenAt, "takenAt");
        check((systolic == null) == (diastolic == null), "systolic and diastolic are recorded together");
        if (systolic != null) {
            BloodPressure.validate(systolic, diastolic);
        }
        check(heartRate == null || heartRate >= MIN_HEART_RATE && heartRate <= MAX_HEART_RATE,
                "heartRate must be within " + MIN_HEART_RATE + "-" + MAX_HEART_RATE + " /min");
        check(spo2 == null || spo2 >= MIN_SPO2 && spo2 <= MAX_SPO2,
                "spo2 must be within " + MIN_SPO2 + "-" + MAX_SPO2 + " %");
        check(respiratoryRate == null
                || respiratoryRate >= MIN_RESPIRATORY_RATE && respiratoryRate <= MAX_RESPIRATORY_RATE,
                "respiratoryRate must be within " + MIN_RESPIRATORY_RATE + "-" + MAX_RESPIRATORY_RATE + " /min");
        check(systolic != null || heartRate != null || spo2 != null || respiratoryRate != null,
                "vitals need at least one measure");
    }

    public Optional<BloodPressure> bloodPressure() {
        return systolic == null ? Optional.empty() : Optional.of(new BloodPressure(systolic, diastolic));
    }

    boolean hasBloodPressure() {
        return systolic != null;
    }

    /** Blood pressure and heart rate, the vitals every racemic-ketamine schedule takes before and after [S19][S25k]. */
    boolean hasBloodPressureAndHeartRate() {
        return systolic != null && heartRate != null;
    }
}
