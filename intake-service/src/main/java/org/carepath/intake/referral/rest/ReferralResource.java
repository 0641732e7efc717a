package org.carepath.intake.referral.rest;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.carepath.intake.referral.domain.ReferralStatus;
import org.carepath.intake.referral.persistence.ReferralEntity;
import org.carepath.intake.referral.service.ReferralService;
import org.carepath.platform.audit.AuditAction;
import org.carepath.platform.audit.Audited;
import org.carepath.platform.http.Cursors;
import org.carepath.platform.http.ETags;
import org.carepath.platform.http.Page;
import org.carepath.platform.http.QueryParams;
import org.carepath.platform.problem.Problem;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
public class ReferralResource {

    public record AcceptReferral(@Schema(description = "Link this existing patient instead of registering the candidate")
    UUID patientId) {
    }

    public record DeclineReferral(@NotBlank @Size(max = 2000) @Schema(examples = "Active psychosis; referred back")
    String reason) {
    }

    @Inject
    ReferralService referrals;

    @POST
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "Referral", action = AuditAction.CREATE)
    @Operation(summary = "Send a referral to the caller's clinic", description = "The referral starts as RECEIVED."
            + " Send an Idempotency-Key header to retry safely.")
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", description = "Invalid referral",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "patientId names no patient of this clinic",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(@NotNull @Valid ReferralRequest request) {
        ReferralEntity referral = referrals.receive(request.toNewReferral());
        return Response.created(URI.create("/v1/referrals/" + referral.id))
                .header(HttpHeaders.ETAG, ETags.of(referral.version)).entity(ReferralView.of(referral)).build();
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "Referral", action = AuditAction.LIST)
    @Operation(summary = "List the clinic's referrals, oldest first, optionally by status")
    @APIResponse(responseCode = "200", description = "One page of referrals")
    public Page<ReferralView> list(@QueryParam("status") @Parameter(example = "RECEIVED") String status,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int pageSize = Cursors.limit(limit);
        List<ReferralEntity> found = referrals.list(QueryParams.enumValue("status", status, ReferralStatus.class),
                Cursors.decode(cursor), pageSize + 1);
        return Page.of(found, pageSize, ReferralView::of, ReferralView::id);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "Referral", action = AuditAction.READ)
    @Operation(summary = "Read a referral")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", description = "No such referral in the caller's clinic",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        ReferralEntity referral = referrals.get(id);
        return Response.ok(ReferralView.of(referral)).header(HttpHeaders.ETAG, ETags.of(referral.version)).build();
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed({ Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "Referral", action = AuditAction.UPDATE)
    @Operation(summary = "Accept a referral", description = "Links the given patient, the patient the referral named,"
            + " or registers a new patient from the referral's candidate details.")
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "The referral was already accepted or declined",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No patient to link and no complete candidate details",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReferralView accept(@PathParam("id") UUID id,
            @RequestBody(required = false) @Valid AcceptReferral request) {
        return ReferralView.of(referrals.accept(id, request == null ? null : request.patientId()));
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed({ Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "Referral", action = AuditAction.UPDATE)
    @Operation(summary = "Decline a referral with a reason")
    @APIResponse(responseCode = "200", description = "Declined",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "The referral was already accepted or declined",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReferralView decline(@PathParam("id") UUID id, @NotNull @Valid DeclineReferral request) {
        return ReferralView.of(referrals.decline(id, request.reason()));
    }
}
