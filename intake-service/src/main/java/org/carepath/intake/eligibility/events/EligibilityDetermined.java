package org.carepath.intake.eligibility.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.carepath.intake.eligibility.domain.Outcome;
import org.carepath.intake.eligibility.domain.Reason;
import org.carepath.intake.eligibility.domain.Route;
import org.carepath.intake.eligibility.domain.SuicideRiskLevel;

/**
 * {@code org.carepath.intake.EligibilityDetermined.v1}: the engine's decision per route, with reason codes,
 * for scheduling's dosing gates.
 */
public record EligibilityDetermined(UUID decisionId, UUID patientId, String clinicId, UUID screeningId,
        List<RouteOutcome> routes, SuicideRiskLevel suicideRisk, boolean urgent, OffsetDateTime decidedAt) {

    public static final String TYPE = "org.carepath.intake.EligibilityDetermined.v1";

    /** A route's outcome with its reasons' codes: what a consumer needs to gate on, no explanations. */
    public record RouteOutcome(Route route, Outcome outcome, List<String> reasonCodes) {

        public static List<RouteOutcome> of(List<org.carepath.intake.eligibility.domain.RouteOutcome> routes) {
            return routes.stream().map(route -> new RouteOutcome(route.route(), route.outcome(),
                    route.reasons().stream().map(Reason::code).toList())).toList();
        }
    }
}
