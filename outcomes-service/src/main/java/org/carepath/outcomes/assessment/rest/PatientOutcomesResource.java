package org.carepath.outcomes.assessment.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.carepath.outcomes.assessment.domain.OutcomePolicy;
import org.carepath.outcomes.assessment.domain.Trajectory;
import org.carepath.outcomes.assessment.service.AssessmentService;
import org.carepath.outcomes.assessment.service.OutcomePolicies;
import org.carepath.outcomes.patient.persistence.PatientProfile;
import org.carepath.outcomes.session.service.DosingSessionService;
import org.carepath.platform.audit.AuditAction;
import org.carepath.platform.audit.Audited;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.PatientAccess;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/patients/{id}/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcomes")
public class PatientOutcomesResource {

    @Schema(name = "PatientOutcomes")
    public record OutcomesView(UUID patientId,
            @Schema(nullable = true, description = "Null until the first dose") OffsetDateTime firstDoseAt,
            List<TrajectoryView> trajectories) {
    }

    @Inject
    AssessmentService assessments;

    @Inject
    OutcomePolicies policies;

    @Inject
    PatientAccess access;

    @GET
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN, Roles.PATIENT })
    @Audited(resource = "PatientOutcomes", action = AuditAction.READ)
    @Operation(summary = "Trajectories per instrument", description = "For PHQ-9, GAD-7, PCL-5, MADRS and QIDS-SR16:"
            + " baseline (the last score at or before the first dose, the screening's PHQ-9 and GAD-7 included),"
            + " latest, change and percent change, MCID, response (at least 50% drop), remission (PHQ-9 < 5, MADRS <="
            + " 12 by default), relapse (MADRS >= 22 twice 5-15 days apart after response) and worsening. Without a"
            + " score before the first dose and one after it these are not assessable: null, with the reason in"
            + " assessability. A patient token reads its own.")
    public OutcomesView outcomes(@PathParam("id") UUID patientId) {
        access.requireMaySee(patientId, "Patient");
        PatientProfile patient = PatientProfile.findById(patientId);
        if (patient == null) {
            throw ProblemException.notFound("Patient");
        }
        OutcomePolicy policy = policies.forClinic(patient.clinicId);
        OffsetDateTime firstDose = DosingSessionService.firstDoseAt(patientId);
        List<TrajectoryView> trajectories = assessments.outcomeScores(patientId).values().stream()
                .map(scores -> TrajectoryView.of(Trajectory.of(scores, firstDose, policy))).toList();
        return new OutcomesView(patientId, firstDose, trajectories);
    }
}
