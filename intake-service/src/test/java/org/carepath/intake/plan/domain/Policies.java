package org.carepath.intake.plan.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.carepath.platform.policy.ClinicPolicies;

/** The default policy with one component overridden, as a clinic's configuration would. */
final class Policies {

    private Policies() {
    }

    static PlanPolicy eu() {
        return with("euProfile", true);
    }

    static PlanPolicy with(String component, Object value) {
        return with(PlanPolicy.defaults(), component, value);
    }

    static PlanPolicy with(PlanPolicy base, String component, Object value) {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put(component, value);
        return with(base, overrides);
    }

    /** A clinic IM protocol range; both ends are set together. */
    static PlanPolicy imRange(String minMgPerKg, String maxMgPerKg) {
        return with(PlanPolicy.defaults(), Map.of("imMinMgPerKg", new BigDecimal(minMgPerKg), "imMaxMgPerKg",
                new BigDecimal(maxMgPerKg)));
    }

    static PlanPolicy with(PlanPolicy base, Map<String, Object> overrides) {
        Map<String, Object> byName = new HashMap<>();
        overrides.forEach((component, value) -> byName.put(ClinicPolicies.kebab(component), value));
        return ClinicPolicies.withOverrides(base, byName);
    }
}
