package org.carepath.intake.eligibility.domain;

import static org.carepath.platform.domain.Checks.required;

import java.util.Comparator;
import java.util.List;

/** The decision for one requested route, derived from its reasons so the two cannot disagree. */
public record RouteDecision(Route route, List<Reason> reasons) {

    public RouteDecision {
        required(route, "route");
        reasons = required(reasons, "reasons").stream().sorted(Comparator.comparing(Reason::severity)).toList();
    }

    /** The most restrictive outcome among the reasons: INELIGIBLE over REVIEW_REQUIRED over ELIGIBLE. */
    public Outcome outcome() {
        return reasons.stream().map(reason -> reason.severity().outcome())
                .max(Comparator.naturalOrder()).orElse(Outcome.ELIGIBLE);
    }
}
