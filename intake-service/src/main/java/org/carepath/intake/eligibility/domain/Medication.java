package org.carepath.intake.eligibility.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.required;

/**
 * A current medication. {@code diazepamEquivalentMgPerDay} is the daily dose converted to diazepam, recorded for
 * benzodiazepines only; null when not known.
 */
public record Medication(String name, MedicationClass medicationClass, Double diazepamEquivalentMgPerDay) {

    public Medication {
        check(name != null && !name.isBlank(), "medication name is required");
        required(medicationClass, "medicationClass");
        if (diazepamEquivalentMgPerDay != null) {
            check(medicationClass == MedicationClass.BENZODIAZEPINE,
                    "diazepamEquivalentMgPerDay applies to benzodiazepines only");
            check(Double.isFinite(diazepamEquivalentMgPerDay) && diazepamEquivalentMgPerDay >= 0,
                    "diazepamEquivalentMgPerDay must be 0 or more");
        }
    }
}
