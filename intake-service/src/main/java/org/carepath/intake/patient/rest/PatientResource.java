package org.carepath.intake.patient.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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

import org.carepath.intake.patient.persistence.PatientEntity;
import org.carepath.intake.patient.service.PatientSearch;
import org.carepath.intake.patient.service.PatientService;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/patients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
@Tag(name = "Patients")
public class PatientResource {

    @Inject
    PatientService patients;

    @POST
    @Audited(resource = "Patient", action = AuditAction.CREATE)
    @Operation(summary = "Register a patient with the caller's clinic",
            description = "Send an Idempotency-Key header to retry safely: a retry with the same key and body"
                    + " returns the first response and registers nobody new.")
    @Parameter(name = "Idempotency-Key", in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 255))
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The clinic MRN is already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull @Valid PatientRequest request) {
        PatientEntity patient = patients.register(request.toNewPatient());
        return Response.created(URI.create("/v1/patients/" + patient.id))
                .header(HttpHeaders.ETAG, ETags.of(patient.version))
                .entity(PatientView.of(patient)).build();
    }

    @GET
    @Audited(resource = "Patient", action = AuditAction.LIST)
    @Operation(summary = "List or search the clinic's patients",
            description = "Oldest first. Filters combine: name matches the start of the given name, the family name"
                    + " or the full name, case-insensitively. Page with limit and the nextCursor of the previous page.")
    @APIResponse(responseCode = "200", description = "One page of patients")
    @APIResponse(responseCode = "400", description = "Invalid filter, limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<PatientView> list(
            @QueryParam("name") @Size(min = 1, max = 100) @Parameter(example = "Riv") String name,
            @QueryParam("dateOfBirth") @Parameter(example = "1984-03-09") String dateOfBirth,
            @QueryParam("clinicMrn") @Size(min = 1, max = 64) String clinicMrn,
            @QueryParam("limit") @Parameter(description = "1 to 200, default 50") String limit,
            @QueryParam("cursor") String cursor) {
        int pageSize = Cursors.limit(limit);
        List<PatientEntity> found = patients.search(new PatientSearch(name,
                QueryParams.date("dateOfBirth", dateOfBirth), clinicMrn,
                Cursors.decode(cursor), pageSize + 1));
        return Page.of(found, pageSize, PatientView::of, PatientView::id);
    }

    @PUT
    @Path("{id}")
    @Audited(resource = "Patient", action = AuditAction.UPDATE)
    @Operation(summary = "Replace a patient's details",
            description = "Send the ETag of the version you read as If-Match; a stale one is refused with 412.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientView.class)))
    @APIResponse(responseCode = "412", description = "The patient changed since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PatientRequest request) {
        PatientEntity patient = patients.update(id, ifMatch, request.toNewPatient());
        return Response.ok(PatientView.of(patient)).header(HttpHeaders.ETAG, ETags.of(patient.version)).build();
    }

    @GET
    @Path("{id}")
    @Audited(resource = "Patient", action = AuditAction.READ)
    @Operation(summary = "Read one of the clinic's patients")
    @APIResponse(responseCode = "200", description = "The patient",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientView.class)))
    @APIResponse(responseCode = "404", description = "No such patient in the caller's clinic",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        PatientEntity patient = patients.get(id);
        return Response.ok(PatientView.of(patient)).header(HttpHeaders.ETAG, ETags.of(patient.version)).build();
    }
}
