package org.carepath.intake.eligibility.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.carepath.intake.eligibility.domain.Outcome;
import org.carepath.intake.eligibility.domain.Review;
import org.carepath.intake.eligibility.domain.Route;
import org.carepath.intake.eligibility.service.EligibilityReviewService;
import org.carepath.intake.screening.service.ScreeningService;
import org.carepath.platform.audit.AuditAction;
import org.carepath.platform.audit.Audited;
import org.carepath.platform.problem.Problem;
import org.carepath.platform.problem.ProblemException;
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

    @Schema(name = "EligibilityReviewRequest")
    public record ReviewRequest(
            @NotNull @Schema(description = "The current decision being reviewed") UUID decisionId,
            @NotNull @Schema(examples = "SIGN_OFF") Review.Action action,
            @NotBlank @Size(max = 2000) @Schema(examples = "Psychosis history remote (2009), stable; benefit outweighs risk")
            String reason,
            @Schema(description = "OVERRIDE only: the outcome to set per route") Map<Route, Outcome> outcomes) {
    }

    @Inject
    ScreeningService screenings;

    @Inject
    EligibilityReviewService reviews;

    @POST
    @Path("reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRESCRIBER)
    @Audited(resource = "PatientEligibility", action = AuditAction.UPDATE)
    @Operation(summary = "Sign off or override the current decision",
            description = "Prescribers only, with a reason. SIGN_OFF makes every route awaiting review eligible;"
                    + " OVERRIDE sets outcomes per route. Neither can lift a hard contraindication or an unmet"
                    + " criterion. The result is a new decision; the history is never changed.")
    @APIResponse(responseCode = "201", description = "The decision now in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityView.class)))
    @APIResponse(responseCode = "409", description = "decisionId is not the current decision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The review cannot apply (nothing to sign off, a block to lift)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response review(@PathParam("id") UUID patientId, @NotNull @Valid ReviewRequest request) {
        if (request.action() == Review.Action.OVERRIDE && (request.outcomes() == null || request.outcomes().isEmpty())) {
            throw ProblemException.invalidField("outcomes", "an override must set at least one route's outcome");
        }
        if (request.action() == Review.Action.SIGN_OFF && request.outcomes() != null && !request.outcomes().isEmpty()) {
            throw ProblemException.invalidField("outcomes", "a sign-off sets no outcomes; use OVERRIDE");
        }
        EligibilityView decided = EligibilityView.of(reviews.review(patientId, request.decisionId(), request.action(),
                request.outcomes() == null ? Map.of() : request.outcomes(), request.reason()));
        return Response.status(Response.Status.CREATED).entity(decided).build();
    }

    @GET
    @Path("history")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "PatientEligibility", action = AuditAction.LIST)
    @Operation(summary = "Every eligibility decision of the patient, newest first")
    public List<EligibilityView> history(@PathParam("id") UUID patientId) {
        return reviews.history(patientId).stream().map(EligibilityView::of).toList();
    }

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
