package org.carepath.intake.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Assertions on the violations of one plan check. */
final class Violations {

    private Violations() {
    }

    static List<String> codes(List<PlanViolation> violations) {
        return violations.stream().map(PlanViolation::code).toList();
    }

    static void assertValid(List<PlanViolation> violations) {
        assertTrue(violations.isEmpty(), () -> "expected no violations, got " + violations);
    }

    /** Exactly one violation, with this code on this field. */
    static void assertOnly(List<PlanViolation> violations, String code, String field) {
        assertEquals(1, violations.size(), () -> "expected only " + code + ", got " + violations);
        assertEquals(code, violations.get(0).code());
        assertEquals(field, violations.get(0).field());
    }

    static void assertHas(List<PlanViolation> violations, String code, String field) {
        assertTrue(violations.stream().anyMatch(v -> v.code().equals(code) && v.field().equals(field)),
                () -> "expected " + code + " on " + field + ", got " + violations);
    }

    static void assertLacks(List<PlanViolation> violations, String code) {
        assertTrue(violations.stream().noneMatch(v -> v.code().equals(code)),
                () -> "expected no " + code + ", got " + violations);
    }
}
