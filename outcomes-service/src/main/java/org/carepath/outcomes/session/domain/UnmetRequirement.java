package org.carepath.outcomes.session.domain;

import static org.carepath.platform.domain.Checks.required;

/**
 * A discharge requirement not yet met: the stable code clients switch on, and what staff must do about it. Why: a
 * code alone does not say that a reading or assessment was recorded but does not count.
 *
 * @param detail times are given in minutes from the first device or the infusion's end, never as dates (no PHI)
 */
public record UnmetRequirement(String code, String detail) {

    public UnmetRequirement {
        required(code, "code");
        required(detail, "detail");
    }
}
