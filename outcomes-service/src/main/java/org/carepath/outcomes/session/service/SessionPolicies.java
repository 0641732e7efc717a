package org.carepath.outcomes.session.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.outcomes.session.domain.SessionPolicy;
import org.carepath.platform.policy.ClinicPolicies;

/** A clinic's session-monitoring policy: DOMAIN.md's defaults, then {@code carepath.sessions.*} configuration. */
@ApplicationScoped
public class SessionPolicies {

    static final String PREFIX = "carepath.sessions";

    @Inject
    ClinicPolicies policies;

    public SessionPolicy forClinic(String clinicId) {
        return policies.forClinic(PREFIX, clinicId, SessionPolicy.defaults());
    }
}
