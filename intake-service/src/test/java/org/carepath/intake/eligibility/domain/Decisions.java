package org.carepath.intake.eligibility.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

/** Assertions on a decision, one route at a time. */
final class Decisions {

    private Decisions() {
    }

    static List<String> codes(EligibilityDecision decision, Route route) {
        return decision.route(route).reasons().stream().map(Reason::code).toList();
    }

    static Optional<Reason> reason(EligibilityDecision decision, Route route, String code) {
        return decision.route(route).reasons().stream().filter(reason -> reason.code().equals(code)).findFirst();
    }

    static void assertOutcome(EligibilityDecision decision, Route route, Outcome expected) {
        assertEquals(expected, decision.route(route).outcome(), () -> route + " reasons " + codes(decision, route));
    }

    static void assertReason(EligibilityDecision decision, Route route, String code, Severity severity) {
        Reason reason = reason(decision, route, code)
                .orElseThrow(() -> new AssertionError(route + " lacks " + code + ", has " + codes(decision, route)));
        assertEquals(severity, reason.severity(), () -> route + " " + code);
    }

    static void assertDecided(EligibilityDecision decision, Route route, Outcome outcome, String code,
            Severity severity) {
        assertOutcome(decision, route, outcome);
        assertReason(decision, route, code, severity);
    }

    static void assertNoReason(EligibilityDecision decision, Route route, String code) {
        assertFalse(reason(decision, route, code).isPresent(), () -> route + " should not have " + code);
    }

    static void assertCleanlyEligible(EligibilityDecision decision, Route route) {
        assertOutcome(decision, route, Outcome.ELIGIBLE);
        assertTrue(decision.route(route).reasons().isEmpty(), () -> route + " reasons " + codes(decision, route));
    }
}
