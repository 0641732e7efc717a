package org.carepath.intake.eligibility.domain;

import java.util.List;

import org.carepath.platform.domain.Checks;

/** A route's outcome as it stands in a decision, with the reasons behind it. */
public record RouteOutcome(Route route, Outcome outcome, List<Reason> reasons) {

    public RouteOutcome {
        Checks.required(route, "route");
        Checks.required(outcome, "outcome");
        reasons = List.copyOf(Checks.required(reasons, "reasons"));
    }

    public static RouteOutcome of(RouteDecision decision) {
        return new RouteOutcome(decision.route(), decision.outcome(), decision.reasons());
    }
}
