package org.carepath.platform.security;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.problem.ProblemType;

/** A patient token acts only for its own patient; staff act for any patient of their clinic. */
@ApplicationScoped
public class PatientAccess {

    @Inject
    CallerContext caller;

    public boolean isPatient() {
        return caller.hasRole(Roles.PATIENT) && caller.roles().stream().noneMatch(Roles.CLINIC_ROLES::contains);
    }

    /** Before acting for a patient: a patient token naming someone else is refused. */
    public void requireMayActFor(UUID patientId) {
        if (isPatient() && !caller.patientId().map(patientId::equals).orElse(false)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "other-patient", "A patient token acts only for its own patient");
        }
    }

    /** Before showing a patient's record: someone else's answers 404, as if it did not exist. */
    public void requireMaySee(UUID patientId, String resourceType) {
        if (isPatient() && !caller.patientId().map(patientId::equals).orElse(false)) {
            throw ProblemException.notFound(resourceType);
        }
    }

    /** The patient a patient token is for, or the one asked for by staff. */
    public UUID patientFor(UUID requested) {
        if (isPatient()) {
            UUID own = caller.patientId().orElseThrow(() -> ProblemException.notFound("Patient"));
            if (requested != null && !requested.equals(own)) {
                throw ProblemException.notFound("Patient");
            }
            return own;
        }
        return requested;
    }
}
