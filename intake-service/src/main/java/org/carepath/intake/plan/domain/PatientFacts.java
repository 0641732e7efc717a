package org.carepath.intake.plan.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.required;

import java.math.BigDecimal;

import org.carepath.intake.eligibility.domain.Indication;

/** What the dose rules need to know about the patient. {@code weightKg} is null when not measured. */
public record PatientFacts(int ageYears, BigDecimal weightKg, Indication indication) {

    public PatientFacts {
        check(ageYears >= 0, "ageYears must be 0 or more");
        check(weightKg == null || weightKg.signum() > 0, "weightKg must be more than 0");
        required(indication, "indication");
    }
}
