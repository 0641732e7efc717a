package org.carepath.intake.eligibility.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A prescriber's review of an eligibility decision (DOMAIN.md rule 6: relative contraindications need
 * documented prescriber sign-off). Sign-off clears routes awaiting review; an override sets outcomes route
 * by route. Neither can lift a block: a hard contraindication or an unmet criterion (rule 7) stays ineligible.
 */
public final class Review {

    /** What the prescriber did. */
    public enum Action {
        SIGN_OFF, OVERRIDE
    }

    /** The review cannot be applied; {@code code} says why. */
    public static final class RefusedException extends RuntimeException {
        private final String code;

        RefusedException(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private Review() {
    }

    /** Every REVIEW_REQUIRED route becomes ELIGIBLE; there must be at least one. */
    public static List<RouteOutcome> signOff(List<RouteOutcome> current) {
        if (current.stream().noneMatch(route -> route.outcome() == Outcome.REVIEW_REQUIRED)) {
            throw new RefusedException("nothing-to-sign-off", "No route of this decision awaits review");
        }
        return current.stream().map(route -> route.outcome() == Outcome.REVIEW_REQUIRED
                ? new RouteOutcome(route.route(), Outcome.ELIGIBLE, route.reasons()) : route).toList();
    }

    /** Sets the given routes' outcomes; routes not named keep theirs. */
    public static List<RouteOutcome> override(List<RouteOutcome> current, Map<Route, Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            throw new RefusedException("override-names-no-route", "An override must set at least one route's outcome");
        }
        List<RouteOutcome> reviewed = new ArrayList<>();
        for (Route route : outcomes.keySet()) {
            if (current.stream().noneMatch(r -> r.route() == route)) {
                throw new RefusedException("route-not-decided", route + " was not part of this decision");
            }
        }
        for (RouteOutcome route : current) {
            Outcome next = outcomes.getOrDefault(route.route(), route.outcome());
            if (next.compareTo(route.outcome()) < 0 && isBlocked(route)) {
                throw new RefusedException("block-cannot-be-overridden", route.route()
                        + " is ineligible for a hard contraindication or an unmet criterion, which no review can lift");
            }
            reviewed.add(new RouteOutcome(route.route(), next, route.reasons()));
        }
        return reviewed;
    }

    private static boolean isBlocked(RouteOutcome route) {
        return route.reasons().stream().anyMatch(reason -> reason.severity().outcome() == Outcome.INELIGIBLE);
    }
}
