package org.carepath.intake.plan.domain;

import static org.carepath.platform.domain.Checks.check;

/**
 * A rule the proposed plan breaks. {@code code} is a stable kebab-case identifier clients may key on;
 * {@code field} is the request field to change; {@code source} holds DOMAIN.md source tags; {@code message}
 * states the rule, never patient data.
 */
public record PlanViolation(String code, String field, String message, String source) {

    public PlanViolation {
        check(code != null && code.matches("[a-z0-9]+(-[a-z0-9]+)*"), "violation code must be kebab-case");
        check(field != null && !field.isBlank(), "violation field is required");
        check(message != null && !message.isBlank(), "violation message is required");
        check(source != null && !source.isBlank(), "violation source is required");
    }
}
