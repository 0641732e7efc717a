package org.carepath.outcomes.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.outcomes.assessment.domain.OutcomePolicy;
import org.carepath.platform.policy.ClinicPolicies;

/** A clinic's scoring and outcome policy: DOMAIN.md's defaults, then {@code carepath.outcomes.*} configuration. */
@ApplicationScoped
public class OutcomePolicies {

    static final String PREFIX = "carepath.outcomes";

    @Inject
    ClinicPolicies policies;

    public OutcomePolicy forClinic(String clinicId) {
        return policies.forClinic(PREFIX, clinicId, OutcomePolicy.defaults());
    }
}
