package org.carepath.intake.consent.rest;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.carepath.intake.consent.domain.ConsentKind;
import org.carepath.intake.consent.persistence.ConsentEntity;
import org.carepath.intake.consent.service.ConsentService;
import org.carepath.platform.audit.AuditAction;
import org.carepath.platform.audit.Audited;
import org.carepath.platform.problem.Problem;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/patients/{patientId}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
@Tag(name = "Consent")
public class ConsentResource {

    @Schema(name = "ConsentRequest")
    public record ConsentRequest(
            @NotNull @Schema(examples = "REMS_PATIENT_ENROLLMENT") ConsentKind kind,
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' or '-' only")
            @Schema(examples = "2025-01") String formVersion,
            @NotNull @Schema(description = "When the patient signed", examples = "2026-11-20T10:15:00-05:00")
            OffsetDateTime signedAt,
            @Schema(description = "When the prescriber signed; required for the REMS enrollment form")
            OffsetDateTime prescriberSignedAt,
            @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+", message = "letters, digits and '-' only")
            @Schema(description = "The REMS program's patient enrollment id, when known") String remsEnrollmentId) {
    }

    @Schema(name = "ConsentWithdrawal")
    public record Withdrawal(@Size(max = 2000) String reason) {
    }

    @Inject
    ConsentService consents;

    @POST
    @Audited(resource = "Consent", action = AuditAction.CREATE)
    @Operation(summary = "Record a signed consent", description = "Treatment, REMS patient enrollment (signed by patient"
            + " and prescriber), privacy, research, or 42 CFR Part 2 disclosure consent, with its form version.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid consent, a signature in the future, a REMS form"
            + " without the prescriber's signature",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("patientId") UUID patientId, @NotNull @Valid ConsentRequest request) {
        ConsentEntity consent = consents.record(patientId, new ConsentService.NewConsent(request.kind(),
                request.formVersion(), request.signedAt(), request.prescriberSignedAt(), request.remsEnrollmentId()));
        return Response.created(URI.create("/v1/patients/" + patientId + "/consents/" + consent.id))
                .entity(ConsentView.of(consent)).build();
    }

    @GET
    @Audited(resource = "Consent", action = AuditAction.LIST)
    @Operation(summary = "The patient's consents, active and withdrawn, oldest first")
    public List<ConsentView> list(@PathParam("patientId") UUID patientId) {
        return consents.list(patientId).stream().map(ConsentView::of).toList();
    }

    @GET
    @Path("{id}")
    @Audited(resource = "Consent", action = AuditAction.READ)
    @Operation(summary = "Read a consent")
    public ConsentView get(@PathParam("patientId") UUID patientId, @PathParam("id") UUID id) {
        return ConsentView.of(consents.get(patientId, id));
    }

    @POST
    @Path("{id}/withdraw")
    @Audited(resource = "Consent", action = AuditAction.UPDATE)
    @Operation(summary = "Record the patient's withdrawal of a consent")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "409", description = "Already withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConsentView withdraw(@PathParam("patientId") UUID patientId, @PathParam("id") UUID id,
            @RequestBody(required = false) @Valid Withdrawal withdrawal) {
        return ConsentView.of(consents.withdraw(patientId, id, withdrawal == null ? null : withdrawal.reason()));
    }
}
