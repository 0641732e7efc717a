package org.carepath.intake.eligibility.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * An open safety alert (a suicide-risk answer, a serious adverse event) holds every route at least at
 * review-required until a clinician resolves it (DOMAIN.md rule 9; ARCHITECTURE journey step 4).
 */
public final class SafetyHold {

    public static final String REASON_CODE = "safety-alert-open";

    static final Reason REASON = new Reason(REASON_CODE, Severity.URGENT, "[S28][S37]",
            "An open safety alert holds treatment until a clinician resolves it");

    private SafetyHold() {
    }

    public static List<RouteOutcome> apply(List<RouteOutcome> routes) {
        return routes.stream().map(route -> {
            List<Reason> reasons = new ArrayList<>(route.reasons());
            if (reasons.stream().noneMatch(reason -> reason.code().equals(REASON_CODE))) {
                reasons.add(REASON);
            }
            Outcome outcome = route.outcome().compareTo(Outcome.REVIEW_REQUIRED) >= 0 ? route.outcome()
                    : Outcome.REVIEW_REQUIRED;
            return new RouteOutcome(route.route(), outcome, reasons);
        }).toList();
    }
}
