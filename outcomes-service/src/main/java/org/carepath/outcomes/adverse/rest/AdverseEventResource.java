package org.carepath.outcomes.adverse.rest;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.carepath.outcomes.adverse.domain.AdverseEventGrading.Outcome;
import org.carepath.outcomes.adverse.domain.AdverseEventGrading.Relation;
import org.carepath.outcomes.adverse.domain.AdverseEventGrading.SeriousnessCriterion;
import org.carepath.outcomes.adverse.domain.AdverseEventGrading.Severity;
import org.carepath.outcomes.adverse.persistence.AdverseEventEntity;
import org.carepath.outcomes.adverse.service.AdverseEventService;
import org.carepath.outcomes.adverse.service.AdverseEventService.Report;
import org.carepath.platform.audit.AuditAction;
import org.carepath.platform.audit.Audited;
import org.carepath.platform.audit.HasId;
import org.carepath.platform.http.ETags;
import org.carepath.platform.http.QueryParams;
import org.carepath.platform.problem.Problem;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/adverse-events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Adverse events")
public class AdverseEventResource {

    @Schema(name = "AdverseEventReport")
    public record ReportRequest(@NotNull UUID patientId, UUID sessionId,
            @NotBlank @Size(max = 200) @Schema(examples = "Dissociation") String term, @NotNull Severity severity,
            @NotNull @Size(max = 6) @Schema(description = "FDA criteria; none = non-serious") Set<@NotNull SeriousnessCriterion> seriousnessCriteria,
            @NotNull Outcome outcome, @NotNull Relation relationToDose, @NotNull OffsetDateTime onsetAt) {
    }

    @Schema(name = "AdverseEventOutcomeUpdate")
    public record OutcomeRequest(@NotNull Outcome outcome) {
    }

    @Schema(name = "AdverseEvent")
    public record AdverseEventView(UUID id, UUID patientId, UUID sessionId, String term, Severity severity, boolean serious,
            Set<SeriousnessCriterion> seriousnessCriteria, Outcome outcome, Relation relationToDose,
            OffsetDateTime onsetAt, String reportedBy, OffsetDateTime reportedAt, long version) implements HasId {

        static AdverseEventView of(AdverseEventEntity e) {
            return new AdverseEventView(e.id, e.patientId, e.sessionId, e.term, e.severity, e.serious,
                    e.seriousnessCriteria, e.outcome, e.relationToDose, e.onsetAt, e.reportedBy, e.reportedAt, e.version);
        }
    }

    @Inject
    AdverseEventService events;

    @POST
    @RolesAllowed({ Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "AdverseEvent", action = AuditAction.CREATE)
    @Operation(summary = "Report an adverse event", description = "Severity (mild, moderate, severe), FDA seriousness"
            + " criteria, outcome and relation to the dose. A serious event raises a safety alert in the same"
            + " transaction; AdverseEventReported is published.")
    @APIResponse(responseCode = "201", description = "Reported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdverseEventView.class)))
    @APIResponse(responseCode = "404", description = "No such patient in the caller's clinic",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@NotNull @Valid ReportRequest request) {
        AdverseEventEntity event = events.report(new Report(request.patientId(), request.sessionId(), request.term(),
                request.severity(), request.seriousnessCriteria(), request.outcome(), request.relationToDose(),
                request.onsetAt()));
        return Response.created(URI.create("/v1/adverse-events/" + event.id)).header(HttpHeaders.ETAG,
                ETags.of(event.version)).entity(AdverseEventView.of(event)).build();
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "AdverseEvent", action = AuditAction.LIST)
    @Operation(summary = "A patient's adverse events, latest onset first")
    public List<AdverseEventView> ofPatient(@QueryParam("patientId") String patientId) {
        UUID patient = QueryParams.uuid("patientId", patientId);
        if (patient == null) {
            throw ProblemException.invalidField("patientId", "is required");
        }
        return events.ofPatient(patient).stream().map(AdverseEventView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "AdverseEvent", action = AuditAction.READ)
    @Operation(summary = "Read an adverse event")
    public Response get(@PathParam("id") UUID id) {
        AdverseEventEntity event = events.get(id);
        return Response.ok(AdverseEventView.of(event)).header(HttpHeaders.ETAG, ETags.of(event.version)).build();
    }

    @POST
    @Path("{id}/outcome")
    @RolesAllowed({ Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "AdverseEvent", action = AuditAction.UPDATE)
    @Operation(summary = "Follow an adverse event up to its outcome", description = "Send the ETag as If-Match.")
    public Response updateOutcome(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OutcomeRequest request) {
        AdverseEventEntity event = events.updateOutcome(id, ifMatch, request.outcome());
        return Response.ok(AdverseEventView.of(event)).header(HttpHeaders.ETAG, ETags.of(event.version)).build();
    }
}
