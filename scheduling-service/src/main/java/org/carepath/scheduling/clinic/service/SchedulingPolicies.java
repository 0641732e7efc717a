package org.carepath.scheduling.clinic.service;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.platform.policy.ClinicPolicies;
import org.carepath.scheduling.appointment.domain.SchedulingPolicy;
import org.carepath.scheduling.clinic.persistence.Clinic;

/** A clinic's scheduling policy: DOMAIN.md's defaults, then configuration, then what the clinic stored. */
@ApplicationScoped
public class SchedulingPolicies {

    static final String PREFIX = "carepath.scheduling";

    @Inject
    ClinicPolicies policies;

    public SchedulingPolicy of(Clinic clinic) {
        return of(clinic.clinicId, clinic.policyOverrides);
    }

    public SchedulingPolicy of(String clinicId, Map<String, Object> overrides) {
        return ClinicPolicies.withOverrides(configured(clinicId), overrides);
    }

    /** Without the clinic's stored overrides: the base a stored override is validated against. */
    public SchedulingPolicy configured(String clinicId) {
        return policies.forClinic(PREFIX, clinicId, SchedulingPolicy.defaults());
    }
}
