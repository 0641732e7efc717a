package org.carepath.intake.plan.domain;

import java.util.EnumSet;
import java.util.Set;

import org.carepath.intake.eligibility.domain.Route;

/** The molecule a plan prescribes; each is given only by its own routes. */
public enum Drug {
    /** Esketamine nasal spray (Spravato), one 28 mg device at a time [S1][S13]. */
    ESKETAMINE(EnumSet.of(Route.ESKETAMINE_INTRANASAL)),
    /** Racemic ketamine, off-label by infusion, injection or mouth [S15][S16]. */
    RACEMIC_KETAMINE(EnumSet.of(Route.IV, Route.IM, Route.ORAL));

    private final Set<Route> routes;

    Drug(Set<Route> routes) {
        this.routes = routes;
    }

    public boolean givenBy(Route route) {
        return routes.contains(route);
    }
}
