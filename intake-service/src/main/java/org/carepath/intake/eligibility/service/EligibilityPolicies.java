package org.carepath.intake.eligibility.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.intake.eligibility.domain.EligibilityPolicy;
import org.carepath.platform.policy.ClinicPolicies;

/**
 * The eligibility thresholds in force for a clinic: DOMAIN.md's defaults, the suite's settings under
 * {@code carepath.eligibility.*}, and the clinic's own under {@code carepath.eligibility.clinic."ID".*}.
 */
@ApplicationScoped
public class EligibilityPolicies {

    static final String PREFIX = "carepath.eligibility";

    @Inject
    ClinicPolicies policies;

    public EligibilityPolicy forClinic(String clinicId) {
        return policies.forClinic(PREFIX, clinicId, EligibilityPolicy.defaults());
    }
}
