package org.carepath.outcomes.assessment.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.carepath.platform.policy.ClinicPolicies;

/** The default policy with components overridden, as a clinic's configuration would. */
final class Policies {

    private Policies() {
    }

    static OutcomePolicy with(String component, Object value) {
        return with(Map.of(component, value));
    }

    static OutcomePolicy with(String component, Object value, String otherComponent, Object otherValue) {
        Map<String, Object> overrides = new LinkedHashMap<>();
        overrides.put(component, value);
        overrides.put(otherComponent, otherValue);
        return with(overrides);
    }

    /** Prorating enabled with the default limits. */
    static OutcomePolicy prorating() {
        return with("proratingEnabled", true);
    }

    static OutcomePolicy with(Map<String, Object> overrides) {
        Map<String, Object> byName = new HashMap<>();
        overrides.forEach((component, value) -> byName.put(ClinicPolicies.kebab(component), value));
        return ClinicPolicies.withOverrides(OutcomePolicy.defaults(), byName);
    }
}
