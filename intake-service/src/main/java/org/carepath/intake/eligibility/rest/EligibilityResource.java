package org.carepath.intake.eligibility.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.carepath.intake.screening.service.ScreeningService;
import org.carepath.platform.audit.AuditAction;
import org.carepath.platform.audit.Audited;
import org.carepath.platform.problem.Problem;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/patients/{id}/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Screening and eligibility")
public class EligibilityResource {

    @Inject
    ScreeningService screenings;

    @GET
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "PatientEligibility", action = AuditAction.READ)
    @Operation(summary = "The patient's current eligibility decision")
    @APIResponse(responseCode = "200", description = "The latest decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityView.class)))
    @APIResponse(responseCode = "404", description = "No such patient, or not screened yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EligibilityView current(@PathParam("id") UUID patientId) {
        return EligibilityView.of(screenings.currentEligibility(patientId));
    }
}
