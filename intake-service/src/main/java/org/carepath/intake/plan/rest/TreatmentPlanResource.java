package org.carepath.intake.plan.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.carepath.intake.plan.domain.PlanStatus;
import org.carepath.intake.plan.persistence.TreatmentPlanEntity;
import org.carepath.intake.plan.service.TreatmentPlanService;
import org.carepath.platform.audit.AuditAction;
import org.carepath.platform.audit.Audited;
import org.carepath.platform.http.ETags;
import org.carepath.platform.problem.Problem;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/treatment-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Treatment plans")
public class TreatmentPlanResource {

    @Schema(name = "PlanDiscontinuation")
    public record Discontinuation(@NotBlank @Size(max = 2000) @Schema(examples = "Intolerable dissociation") String reason) {
    }

    @Inject
    TreatmentPlanService plans;

    @POST
    @RolesAllowed({ Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "TreatmentPlan", action = AuditAction.CREATE)
    @Operation(summary = "Draft a treatment plan", description = "Checked against the dosing rules (DOMAIN.md rule 4"
            + " and the clinic's plan policy); each broken rule is one entry in errors.")
    @APIResponse(responseCode = "201", description = "Drafted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TreatmentPlanView.class)))
    @APIResponse(responseCode = "422", description = "The plan breaks dosing rules, or the patient was not screened",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response draft(@NotNull @Valid TreatmentPlanRequest request) {
        TreatmentPlanEntity plan = plans.draft(request.patientId(), request.toDosing());
        return Response.created(URI.create("/v1/treatment-plans/" + plan.id))
                .header(HttpHeaders.ETAG, ETags.of(plan.version)).entity(TreatmentPlanView.of(plan)).build();
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "TreatmentPlan", action = AuditAction.LIST)
    @Operation(summary = "A patient's treatment plans, oldest first")
    public List<TreatmentPlanView> ofPatient(@QueryParam("patientId") @NotNull UUID patientId) {
        return plans.ofPatient(patientId).stream().map(TreatmentPlanView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "TreatmentPlan", action = AuditAction.READ)
    @Operation(summary = "Read a treatment plan")
    public Response get(@PathParam("id") UUID id) {
        TreatmentPlanEntity plan = plans.get(id);
        return Response.ok(TreatmentPlanView.of(plan)).header(HttpHeaders.ETAG, ETags.of(plan.version)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "TreatmentPlan", action = AuditAction.UPDATE)
    @Operation(summary = "Change a plan's doses or schedules", description = "Send the ETag as If-Match. A draft may be"
            + " changed by any clinician; an approved or active plan only by a prescriber, and the change must pass"
            + " approval's checks again.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag is returned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TreatmentPlanView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A completed or discontinued plan cannot change (code"
            + " plan-closed); a plan's route and drug cannot change, draft a new plan (plan-route-fixed)")
    public Response change(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TreatmentPlanRequest request) {
        TreatmentPlanEntity plan = plans.change(id, ifMatch, request.patientId(), request.toDosing());
        return Response.ok(TreatmentPlanView.of(plan)).header(HttpHeaders.ETAG, ETags.of(plan.version)).build();
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Roles.PRESCRIBER)
    @Audited(resource = "TreatmentPlan", action = AuditAction.UPDATE)
    @Operation(summary = "Approve a draft plan", description = "Prescribers only. The patient must be eligible (or"
            + " signed off) for the plan's route with treatment consent on file, and for esketamine REMS enrollment.")
    @APIResponse(responseCode = "200", description = "Approved; TreatmentPlanApproved is published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TreatmentPlanView.class)))
    @APIResponse(responseCode = "409", description = "The plan is not a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not eligible, consent or REMS enrollment missing, or rules broken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TreatmentPlanView approve(@PathParam("id") UUID id) {
        return TreatmentPlanView.of(plans.approve(id));
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed({ Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "TreatmentPlan", action = AuditAction.UPDATE)
    @Operation(summary = "Start an approved plan")
    @APIResponse(responseCode = "409", description = "The plan's status does not allow this step (code"
            + " plan-transition-not-allowed): draft -> approved -> active -> completed, or discontinued from any open status")
    @APIResponse(responseCode = "200", description = "Active",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TreatmentPlanView.class)))
    public TreatmentPlanView activate(@PathParam("id") UUID id) {
        return TreatmentPlanView.of(plans.transition(id, PlanStatus.ACTIVE, null));
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({ Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "TreatmentPlan", action = AuditAction.UPDATE)
    @Operation(summary = "Complete an active plan")
    @APIResponse(responseCode = "409", description = "The plan's status does not allow this step (code"
            + " plan-transition-not-allowed): draft -> approved -> active -> completed, or discontinued from any open status")
    @APIResponse(responseCode = "200", description = "Completed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TreatmentPlanView.class)))
    public TreatmentPlanView complete(@PathParam("id") UUID id) {
        return TreatmentPlanView.of(plans.transition(id, PlanStatus.COMPLETED, null));
    }

    @POST
    @Path("{id}/discontinue")
    @RolesAllowed({ Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "TreatmentPlan", action = AuditAction.UPDATE)
    @Operation(summary = "Discontinue a plan with a reason")
    @APIResponse(responseCode = "409", description = "The plan's status does not allow this step (code"
            + " plan-transition-not-allowed): draft -> approved -> active -> completed, or discontinued from any open status")
    @APIResponse(responseCode = "200", description = "Discontinued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TreatmentPlanView.class)))
    public TreatmentPlanView discontinue(@PathParam("id") UUID id, @NotNull @Valid Discontinuation request) {
        return TreatmentPlanView.of(plans.transition(id, PlanStatus.DISCONTINUED, request.reason()));
    }
}
