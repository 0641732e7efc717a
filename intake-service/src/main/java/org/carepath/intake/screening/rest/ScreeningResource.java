package org.carepath.intake.screening.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.carepath.intake.eligibility.rest.EligibilityView;
import org.carepath.intake.screening.persistence.ScreeningEntity;
import org.carepath.intake.screening.service.ScreeningService;
import org.carepath.platform.audit.AuditAction;
import org.carepath.platform.audit.Audited;
import org.carepath.platform.http.Cursors;
import org.carepath.platform.http.Page;
import org.carepath.platform.problem.Problem;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/patients/{patientId}/screenings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Screening and eligibility")
public class ScreeningResource {

    @Inject
    ScreeningService screenings;

    @POST
    @RolesAllowed({ Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "Screening", action = AuditAction.CREATE)
    @Operation(summary = "Record a screening and decide eligibility",
            description = "Returns the screening with the eligibility decision made from it: one outcome per requested"
                    + " route (ELIGIBLE, INELIGIBLE or REVIEW_REQUIRED) with reasons and medication flags.")
    @APIResponse(responseCode = "201", description = "Recorded and decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningView.class)))
    @APIResponse(responseCode = "400", description = "Incomplete or out-of-range answers, unknown codes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Answers that contradict each other",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("patientId") UUID patientId, @NotNull @Valid ScreeningRequest request) {
        ScreeningService.Recorded recorded = screenings.record(patientId, request.toInput());
        return Response.created(URI.create("/v1/patients/" + patientId + "/screenings/" + recorded.screening().id))
                .entity(ScreeningView.of(recorded.screening(), EligibilityView.of(recorded.decision()))).build();
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "Screening", action = AuditAction.LIST)
    @Operation(summary = "List a patient's screenings, oldest first")
    public Page<ScreeningView> list(@PathParam("patientId") UUID patientId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int pageSize = Cursors.limit(limit);
        List<ScreeningEntity> found = screenings.list(patientId, Cursors.decode(cursor), pageSize + 1);
        return Page.of(found, pageSize, screening -> ScreeningView.of(screening, null), ScreeningView::id);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "Screening", action = AuditAction.READ)
    @Operation(summary = "Read a screening")
    @APIResponse(responseCode = "200", description = "The screening",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScreeningView.class)))
    @APIResponse(responseCode = "404", description = "No such screening of this patient in the caller's clinic",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScreeningView get(@PathParam("patientId") UUID patientId, @PathParam("id") UUID id) {
        return ScreeningView.of(screenings.get(patientId, id), null);
    }
}
