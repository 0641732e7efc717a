package org.carepath.intake.eligibility.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.required;

/**
 * An interaction to act on during treatment (DOMAIN.md 3.5). Flags never change an outcome; {@code action} says
 * what the care team does about it.
 */
public record MedicationFlag(String code, MedicationClass medicationClass, String action, String source) {

    public MedicationFlag {
        check(code != null && code.matches("[a-z0-9]+(-[a-z0-9]+)*"), "flag code must be kebab-case");
        required(medicationClass, "medicationClass");
        check(action != null && !action.isBlank(), "flag action is required");
        check(source != null && !source.isBlank(), "flag source is required");
    }
}
