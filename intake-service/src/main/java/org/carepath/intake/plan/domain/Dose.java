package org.carepath.intake.plan.domain;

import static org.carepath.platform.domain.Checks.check;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One session's dose: either a fixed amount in mg or an amount per kg of body weight, never both. Amounts are
 * compared by value, so 56 and 56.0 mg are the same dose to the rules.
 */
public record Dose(BigDecimal mg, BigDecimal mgPerKg) {

    /** Displayed mg amounts are rounded to a tenth of a milligram, finer than any syringe or device measures. */
    static final int DISPLAY_SCALE = 1;

    public Dose {
        check((mg == null) != (mgPerKg == null), "a dose is either mg or mg/kg, exactly one");
        check((mg != null ? mg : mgPerKg).signum() > 0, "a dose must be more than 0");
    }

    public static Dose ofMg(BigDecimal mg) {
        check(mg != null, "mg is required");
        return new Dose(mg, null);
    }

    public static Dose ofMgPerKg(BigDecimal mgPerKg) {
        check(mgPerKg != null, "mgPerKg is required");
        return new Dose(null, mgPerKg);
    }

    public boolean perKg() {
        return mgPerKg != null;
    }

    /**
     * The amount in mg for a patient of this weight, rounded half up to 0.1 mg, for display. A fixed dose needs no
     * weight and comes back as entered.
     */
    public BigDecimal milligramsFor(BigDecimal weightKg) {
        if (!perKg()) {
            return mg;
        }
        check(weightKg != null && weightKg.signum() > 0, "a weight of more than 0 kg is required for a mg/kg dose");
        return mgPerKg.multiply(weightKg).setScale(DISPLAY_SCALE, RoundingMode.HALF_UP);
    }
}
