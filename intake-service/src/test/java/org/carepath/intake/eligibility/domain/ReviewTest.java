package org.carepath.intake.eligibility.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReviewTest {

    static final Reason SIGN_OFF_NEEDED = new Reason("psychosis-history", Severity.REQUIRES_SIGN_OFF, "[S4a]", "rule");
    static final Reason HARD = new Reason("intracerebral-hemorrhage", Severity.HARD_CONTRAINDICATION, "[S5]", "rule");
    static final Reason UNMET = new Reason("trd-evidence-insufficient", Severity.CRITERION_NOT_MET, "[S27]", "rule");

    static RouteOutcome route(Route route, Outcome outcome, Reason... reasons) {
        return new RouteOutcome(route, outcome, List.of(reasons));
    }

    static String code(Runnable review) {
        return assertThrows(Review.RefusedException.class, review::run).code();
    }

    @Test
    void signOffClearsOnlyRoutesAwaitingReview() {
        List<RouteOutcome> reviewed = Review.signOff(List.of(
                route(Route.IV, Outcome.REVIEW_REQUIRED, SIGN_OFF_NEEDED),
                route(Route.ESKETAMINE_INTRANASAL, Outcome.INELIGIBLE, UNMET),
                route(Route.ORAL, Outcome.ELIGIBLE)));
        assertEquals(List.of(Outcome.ELIGIBLE, Outcome.INELIGIBLE, Outcome.ELIGIBLE),
                reviewed.stream().map(RouteOutcome::outcome).toList());
        assertEquals(List.of(SIGN_OFF_NEEDED), reviewed.get(0).reasons(), "the reasons signed off stay on record");
    }

    @Test
    void signOffWithNothingAwaitingReviewIsRefused() {
        assertEquals("nothing-to-sign-off", code(() -> Review.signOff(List.of(route(Route.IV, Outcome.ELIGIBLE)))));
    }

    @Test
    void anOverrideMayAlwaysRestrict() {
        List<RouteOutcome> reviewed = Review.override(List.of(route(Route.IV, Outcome.ELIGIBLE),
                route(Route.IM, Outcome.REVIEW_REQUIRED, SIGN_OFF_NEEDED)),
                Map.of(Route.IV, Outcome.INELIGIBLE));
        assertEquals(List.of(Outcome.INELIGIBLE, Outcome.REVIEW_REQUIRED), reviewed.stream().map(RouteOutcome::outcome).toList());
    }

    @Test
    void anOverrideMayClearAReviewAndLiftItsOwnEarlierRestriction() {
        assertEquals(Outcome.ELIGIBLE, Review.override(List.of(route(Route.IM, Outcome.REVIEW_REQUIRED, SIGN_OFF_NEEDED)),
                Map.of(Route.IM, Outcome.ELIGIBLE)).get(0).outcome());
        assertEquals(Outcome.ELIGIBLE, Review.override(List.of(route(Route.IV, Outcome.INELIGIBLE)),
                Map.of(Route.IV, Outcome.ELIGIBLE)).get(0).outcome());
    }

    @Test
    void noOverrideLiftsAHardContraindicationOrAnUnmetCriterion() {
        assertEquals("block-cannot-be-overridden", code(() -> Review.override(
                List.of(route(Route.IV, Outcome.INELIGIBLE, HARD)), Map.of(Route.IV, Outcome.REVIEW_REQUIRED))));
        assertEquals("block-cannot-be-overridden", code(() -> Review.override(
                List.of(route(Route.ESKETAMINE_INTRANASAL, Outcome.INELIGIBLE, UNMET)),
                Map.of(Route.ESKETAMINE_INTRANASAL, Outcome.ELIGIBLE))));
    }

    @Test
    void anOverrideMustNameDecidedRoutes() {
        assertEquals("override-names-no-route", code(() -> Review.override(List.of(route(Route.IV, Outcome.ELIGIBLE)),
                Map.of())));
        assertEquals("route-not-decided", code(() -> Review.override(List.of(route(Route.IV, Outcome.ELIGIBLE)),
                Map.of(Route.ORAL, Outcome.INELIGIBLE))));
    }
}
