package org.carepath.intake.eligibility.domain;

import static org.carepath.platform.domain.Checks.required;

import java.util.List;

/**
 * The engine's answer: one decision per requested route (in {@link Route} order), the medication flags, and the
 * suicide-risk level that drives safety routing.
 */
public record EligibilityDecision(List<RouteDecision> routes, List<MedicationFlag> medicationFlags,
        SuicideRiskLevel suicideRisk) {

    public EligibilityDecision {
        routes = List.copyOf(required(routes, "routes"));
        medicationFlags = List.copyOf(required(medicationFlags, "medicationFlags"));
        required(suicideRisk, "suicideRisk");
    }

    /** A positive (high-level) suicide-risk screen: the caller raises an urgent clinician task (rule 9). */
    public boolean urgent() {
        return suicideRisk == SuicideRiskLevel.HIGH;
    }

    public RouteDecision route(Route route) {
        return routes.stream().filter(decision -> decision.route() == route).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("route " + route + " was not requested"));
    }
}
