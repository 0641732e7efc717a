package org.carepath.outcomes.alert.rest;

import java.time.OffsetDateTime;
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
import jakarta.ws.rs.core.MediaType;

import org.carepath.outcomes.alert.persistence.SafetyAlertEntity;
import org.carepath.outcomes.alert.persistence.SafetyAlertEntity.Status;
import org.carepath.outcomes.alert.service.SafetyAlertService;
import org.carepath.platform.audit.AuditAction;
import org.carepath.platform.audit.Audited;
import org.carepath.platform.audit.HasId;
import org.carepath.platform.http.Cursors;
import org.carepath.platform.http.Page;
import org.carepath.platform.http.QueryParams;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/safety-alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Safety alerts")
public class SafetyAlertResource {

    @Schema(name = "SafetyAlert")
    public record AlertView(UUID id, UUID patientId, SafetyAlertEntity.Level level, String reasonCode,
            SafetyAlertEntity.Source source, UUID sourceId, SafetyAlertEntity.Channel channel, Status status,
            OffsetDateTime raisedAt, OffsetDateTime acknowledgedAt, String acknowledgedBy, OffsetDateTime resolvedAt,
            String resolvedBy, String resolutionNote) implements HasId {

        static AlertView of(SafetyAlertEntity a) {
            return new AlertView(a.id, a.patientId, a.level, a.reasonCode, a.source, a.sourceId, a.channel, a.status,
                    a.raisedAt, a.acknowledgedAt, a.acknowledgedBy, a.resolvedAt, a.resolvedBy, a.resolutionNote);
        }
    }

    @Schema(name = "AlertResolution")
    public record Resolution(@NotBlank @Size(max = 2000) @Schema(examples = "Safety plan reviewed with the patient") String note) {
    }

    @Inject
    SafetyAlertService alerts;

    @GET
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "SafetyAlert", action = AuditAction.LIST)
    @Operation(summary = "Safety alerts, newest first", description = "Filter by patientId and status (OPEN,"
            + " ACKNOWLEDGED, RESOLVED); paged with cursor and limit.")
    public Page<AlertView> list(@QueryParam("patientId") String patientId, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        int pageSize = Cursors.limit(limit);
        return Page.of(alerts.list(QueryParams.uuid("patientId", patientId),
                QueryParams.enumValue("status", status, Status.class), Cursors.decode(cursor), pageSize), pageSize,
                AlertView::of, AlertView::id);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "SafetyAlert", action = AuditAction.READ)
    @Operation(summary = "Read a safety alert")
    public AlertView get(@PathParam("id") UUID id) {
        return AlertView.of(alerts.get(id));
    }

    @POST
    @Path("{id}/acknowledge")
    @RolesAllowed({ Roles.CLINICIAN, Roles.PRESCRIBER })
    @Audited(resource = "SafetyAlert", action = AuditAction.UPDATE)
    @Operation(summary = "A clinician has seen the alert and is acting on it")
    @APIResponse(responseCode = "409", description = "Only an OPEN alert can be acknowledged (code alert-not-open)")
    @APIResponse(responseCode = "200", description = "Acknowledged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertView.class)))
    public AlertView acknowledge(@PathParam("id") UUID id) {
        return AlertView.of(alerts.acknowledge(id));
    }

    @POST
    @Path("{id}/resolve")
    @RolesAllowed({ Roles.CLINICIAN, Roles.PRESCRIBER })
    @Audited(resource = "SafetyAlert", action = AuditAction.UPDATE)
    @Operation(summary = "Resolve the alert with a note", description = "Publishes SafetyAlertResolved: intake and"
            + " scheduling lift their holds. A second resolve is 409 alert-already-resolved.")
    @APIResponse(responseCode = "409", description = "The alert was already resolved (code alert-already-resolved)")
    @APIResponse(responseCode = "200", description = "Resolved; SafetyAlertResolved is published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertView.class)))
    public AlertView resolve(@PathParam("id") UUID id, @NotNull @Valid Resolution request) {
        return AlertView.of(alerts.resolve(id, request.note()));
    }
}
