package org.carepath.intake.eligibility.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.required;

/**
 * Why a route got its outcome. {@code code} is a stable kebab-case identifier clients may key on; {@code source}
 * holds DOMAIN.md source tags; {@code explanation} states the rule only, never patient data.
 */
public record Reason(String code, Severity severity, String source, String explanation) {

    public Reason {
        check(code != null && code.matches("[a-z0-9]+(-[a-z0-9]+)*"), "reason code must be kebab-case");
        required(severity, "severity");
        check(source != null && !source.isBlank(), "reason source is required");
        check(explanation != null && !explanation.isBlank(), "reason explanation is required");
    }
}
