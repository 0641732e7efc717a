package org.carepath.outcomes.session.domain;

import static org.carepath.platform.domain.Checks.check;

/**
 * One blood-pressure measurement in mmHg. The bounds are plausibility limits that catch entry errors (a systolic of
 * 400 is a typo), not clinical limits; DOMAIN.md gives none, so they are constants rather than policy.
 */
public record BloodPressure(int systolic, int diastolic) {

    public static final int MIN_SYSTOLIC = 50;
    public static final int MAX_SYSTOLIC = 300;
    public static final int MIN_DIASTOLIC = 20;
    public static final int MAX_DIASTOLIC = 200;

    public BloodPressure {
        validate(systolic, diastolic);
    }

    static void validate(int systolic, int diastolic) {
        check(systolic >= MIN_SYSTOLIC && systolic <= MAX_SYSTOLIC,
                "systolic must be within " + MIN_SYSTOLIC + "-" + MAX_SYSTOLIC + " mmHg");
        check(diastolic >= MIN_DIASTOLIC && diastolic <= MAX_DIASTOLIC,
                "diastolic must be within " + MIN_DIASTOLIC + "-" + MAX_DIASTOLIC + " mmHg");
        check(systolic > diastolic, "systolic must be more than diastolic");
    }
}
