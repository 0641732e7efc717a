package org.carepath.outcomes.rems.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.carepath.outcomes.rems.persistence.MonitoringFormEntity;
import org.carepath.outcomes.rems.service.MonitoringForms;
import org.carepath.outcomes.session.domain.MonitoringForm;
import org.carepath.outcomes.session.domain.MonitoringFormStatus;
import org.carepath.platform.audit.AuditAction;
import org.carepath.platform.audit.Audited;
import org.carepath.platform.http.QueryParams;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/rems/monitoring-forms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "REMS monitoring forms")
public class MonitoringFormResource {

    @Inject
    Clock clock;

    @Schema(name = "MonitoringFormView")
    public record FormView(UUID sessionId, UUID patientId, LocalDate treatmentDate, LocalDate alertOn, LocalDate dueOn,
            MonitoringFormStatus status, MonitoringForm form, LocalDate submittedOn, String submittedBy,
            String reference) {

        static FormView of(MonitoringFormEntity f, LocalDate today) {
            return new FormView(f.sessionId, f.patientId, f.treatmentDate, f.alertOn, f.dueOn, f.status(today), f.form,
                    f.submittedOn, f.submittedBy, f.reference);
        }
    }

    @Schema(name = "MonitoringFormSubmission")
    public record Submission(@Schema(description = "Default today") LocalDate submittedOn,
            @Size(max = 100) @Schema(description = "The REMS portal's confirmation or fax reference") String reference) {
    }

    @Inject
    MonitoringForms forms;

    @GET
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "MonitoringForm", action = AuditAction.LIST)
    @Operation(summary = "Patient Monitoring Forms to submit", description = "Unsubmitted forms in due-date order, or"
            + " one status: DUE, ALERT (day 5 reached), OVERDUE (past day 7) or SUBMITTED. The form carries the session"
            + " facts of DOMAIN.md 2.4; patient identity is added from intake when the clinic submits.")
    public List<FormView> list(@QueryParam("status") String status) {
        LocalDate today = LocalDate.now(clock);
        return forms.list(QueryParams.enumValue("status", status, MonitoringFormStatus.class), today).stream()
                .map(f -> FormView.of(f, today)).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "MonitoringForm", action = AuditAction.READ)
    @Operation(summary = "The monitoring form of one session")
    public FormView get(@PathParam("id") UUID sessionId) {
        return FormView.of(forms.get(sessionId), LocalDate.now(clock));
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "MonitoringForm", action = AuditAction.UPDATE)
    @Operation(summary = "Mark the form submitted to the REMS", description = "Once: a second time is 409.")
    @APIResponse(responseCode = "409", description = "The form was already marked submitted (code form-already-submitted)")
    @APIResponse(responseCode = "200", description = "Marked submitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FormView.class)))
    public FormView submit(@PathParam("id") UUID sessionId,
            @RequestBody(required = false) @Valid Submission request) {
        return FormView.of(forms.submit(sessionId, request == null ? null : request.submittedOn(),
                request == null ? null : request.reference()), LocalDate.now(clock));
    }
}
