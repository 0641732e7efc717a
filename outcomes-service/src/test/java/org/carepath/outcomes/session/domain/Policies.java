package org.carepath.outcomes.session.domain;

import java.util.HashMap;
import java.util.Map;

import org.carepath.platform.policy.ClinicPolicies;

/** The default policy with components overridden, as a clinic's configuration would. */
final class Policies {

    private Policies() {
    }

    static SessionPolicy eu() {
        return with("euProfile", true);
    }

    static SessionPolicy with(String component, Object value) {
        return with(SessionPolicy.defaults(), component, value);
    }

    static SessionPolicy with(SessionPolicy base, String component, Object value) {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put(component, value);
        return with(base, overrides);
    }

    static SessionPolicy with(SessionPolicy base, Map<String, Object> overrides) {
        Map<String, Object> byName = new HashMap<>();
        overrides.forEach((component, value) -> byName.put(ClinicPolicies.kebab(component), value));
        return ClinicPolicies.withOverrides(base, byName);
    }
}
