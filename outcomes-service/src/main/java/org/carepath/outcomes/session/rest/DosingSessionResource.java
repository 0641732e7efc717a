package org.carepath.outcomes.session.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.Response;

import org.carepath.outcomes.session.domain.ConcomitantMedications;
import org.carepath.outcomes.session.domain.PreDoseChecklist;
import org.carepath.outcomes.session.domain.Route;
import org.carepath.outcomes.session.persistence.DosingSessionEntity;
import org.carepath.outcomes.session.persistence.SessionObservationEntity;
import org.carepath.outcomes.session.persistence.SessionVitalsEntity;
import org.carepath.outcomes.session.service.DosingSessionService;
import org.carepath.outcomes.session.service.DosingSessionService.Dose;
import org.carepath.platform.audit.AuditAction;
import org.carepath.platform.audit.Audited;
import org.carepath.platform.http.QueryParams;
import org.carepath.platform.problem.Problem;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/dosing-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dosing sessions")
public class DosingSessionResource {

    @Schema(name = "VitalsRequest")
    public record VitalsRequest(@Schema(description = "Default now") OffsetDateTime takenAt, Integer systolic,
            Integer diastolic, Integer heartRate, Integer spo2, Integer respiratoryRate) {
    }

    @Schema(name = "DoseRequest")
    public record DoseRequest(@NotNull Route route,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") BigDecimal doseMg,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("20") BigDecimal doseMgPerKg,
            @Min(1) @Max(3) @Schema(description = "Esketamine: 28 mg nasal devices used (56 mg = 2, 84 mg = 3)") Integer devices,
            @Size(max = 64) String lotNumber,
            @Schema(description = "Esketamine: the REMS form's concomitant medication answers") ConcomitantMedications concomitantMedications,
            @Schema(description = "First device or infusion start; default now") OffsetDateTime administeredAt) {
    }

    @Schema(name = "ObservationRequest")
    public record ObservationRequest(OffsetDateTime observedAt, @NotNull @Schema(description = "MOAA/S 0-5") Integer moaas,
            boolean dissociation, boolean respiratoryDepression, @Size(max = 2000) String note) {
    }

    @Schema(name = "ReadinessRequest")
    public record ReadinessRequest(OffsetDateTime assessedAt,
            @Min(0) @Schema(description = "REMS: minutes until ready to leave were there no 2-hour rule") Integer readyWithoutRuleMinutes) {
    }

    @Schema(name = "BpOverrideRequest")
    public record OverrideRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "InfusionEndRequest")
    public record InfusionEndRequest(OffsetDateTime endedAt) {
    }

    @Schema(name = "ChecklistResult")
    public record ChecklistResult(List<String> unmet) {
    }

    @Schema(name = "SessionVitals")
    public record VitalsView(UUID id, OffsetDateTime takenAt, Integer systolic, Integer diastolic, Integer heartRate,
            Integer spo2, Integer respiratoryRate, String recordedBy) {

        static VitalsView of(SessionVitalsEntity v) {
            return new VitalsView(v.id, v.takenAt, v.systolic, v.diastolic, v.heartRate, v.spo2, v.respiratoryRate,
                    v.recordedBy);
        }
    }

    @Schema(name = "SessionObservation")
    public record ObservationView(UUID id, OffsetDateTime observedAt, int moaas, boolean dissociation,
            boolean respiratoryDepression, String note, String recordedBy) {

        static ObservationView of(SessionObservationEntity o) {
            return new ObservationView(o.id, o.observedAt, o.moaas, o.dissociation, o.respiratoryDepression, o.note,
                    o.recordedBy);
        }
    }

    @Schema(name = "DosingSession")
    public record SessionView(UUID id, UUID patientId, UUID appointmentId, UUID planId, Route route,
            BigDecimal plannedDoseMg, BigDecimal plannedDoseMgPerKg, DosingSessionEntity.Status status,
            OffsetDateTime openedAt, PreDoseChecklist preDoseChecklist, String bpOverrideBy, String bpOverrideReason,
            OffsetDateTime administeredAt, BigDecimal doseMg, BigDecimal doseMgPerKg, Integer devices, String lotNumber,
            OffsetDateTime infusionEndedAt, OffsetDateTime readinessAssessedAt, Integer readyWithoutRuleMinutes,
            OffsetDateTime dischargedAt, List<VitalsView> vitals, List<ObservationView> observations) {

        static SessionView of(DosingSessionEntity s) {
            return new SessionView(s.id, s.patientId, s.appointmentId, s.planId, s.route, s.plannedDoseMg,
                    s.plannedDoseMgPerKg, s.status, s.openedAt, s.preDoseChecklist, s.bpOverrideBy, s.bpOverrideReason,
                    s.administeredAt, s.doseMg, s.doseMgPerKg, s.devices, s.lotNumber, s.infusionEndedAt,
                    s.readinessAssessedAt, s.readyWithoutRuleMinutes, s.dischargedAt,
                    SessionVitalsEntity.of(s.id).stream().map(VitalsView::of).toList(),
                    SessionObservationEntity.of(s.id).stream().map(ObservationView::of).toList());
        }
    }

    @Inject
    DosingSessionService sessions;

    @GET
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "DosingSession", action = AuditAction.LIST)
    @Operation(summary = "A patient's sessions, newest first, or the session of one appointment")
    public List<SessionView> list(@QueryParam("patientId") String patientId,
            @QueryParam("appointmentId") String appointmentId) {
        UUID appointment = QueryParams.uuid("appointmentId", appointmentId);
        if (appointment != null) {
            return DosingSessionEntity.<DosingSessionEntity>list("appointmentId", appointment).stream()
                    .map(SessionView::of).toList();
        }
        UUID patient = QueryParams.uuid("patientId", patientId);
        if (patient == null) {
            throw ProblemException.invalidField("patientId", "give patientId or appointmentId");
        }
        return DosingSessionEntity.<DosingSessionEntity>list("patientId = ?1 order by openedAt desc, id desc", patient)
                .stream().map(SessionView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "DosingSession", action = AuditAction.READ)
    @Operation(summary = "Read a session with its vitals and observations")
    public SessionView get(@PathParam("id") UUID id) {
        return SessionView.of(sessions.get(id));
    }

    @POST
    @Path("{id}/vitals")
    @RolesAllowed({ Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "DosingSession", action = AuditAction.UPDATE)
    @Operation(summary = "Record vital signs", description = "Values outside physiological ranges are refused. A"
            + " post-dose BP over the clinic's limit raises a safety alert in the same transaction.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VitalsView.class)))
    @APIResponse(responseCode = "400", description = "Out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session was discharged (code session-closed)")
    public Response vitals(@PathParam("id") UUID id, @NotNull @Valid VitalsRequest request) {
        SessionVitalsEntity reading = sessions.recordVitals(id, request.takenAt(), request.systolic(),
                request.diastolic(), request.heartRate(), request.spo2(), request.respiratoryRate());
        return Response.created(URI.create("/v1/dosing-sessions/" + id)).entity(VitalsView.of(reading)).build();
    }

    @POST
    @Path("{id}/pre-dose-checklist")
    @RolesAllowed({ Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "DosingSession", action = AuditAction.UPDATE)
    @Operation(summary = "Record the pre-dose checklist", description = "Fasting (food 2 h, fluids 30 min) and nasal"
            + " steroid or decongestant at least 1 h before esketamine [S12]; answers what is not met.")
    @APIResponse(responseCode = "409", description = "The session was discharged (code session-closed)")
    @APIResponse(responseCode = "200", description = "Recorded; what is not met is listed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChecklistResult.class)))
    public ChecklistResult checklist(@PathParam("id") UUID id, @NotNull @Valid PreDoseChecklist request) {
        return new ChecklistResult(sessions.recordChecklist(id, request));
    }

    @POST
    @Path("{id}/bp-override")
    @RolesAllowed(Roles.PRESCRIBER)
    @Audited(resource = "DosingSession", action = AuditAction.UPDATE)
    @Operation(summary = "Dose despite a pre-dose BP hold", description = "Rule 5: prescribers only, with a reason.")
    @APIResponse(responseCode = "409", description = "The dose was already recorded (code already-administered), or the"
            + " session was discharged (session-closed)")
    @APIResponse(responseCode = "200", description = "Recorded; the dose may be given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    public SessionView overrideBpHold(@PathParam("id") UUID id, @NotNull @Valid OverrideRequest request) {
        return SessionView.of(sessions.overrideBpHold(id, request.reason()));
    }

    @POST
    @Path("{id}/dose")
    @RolesAllowed({ Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "DosingSession", action = AuditAction.UPDATE)
    @Operation(summary = "Record the dose administered", description = "The route must be the session's. Esketamine:"
            + " whole 28 mg devices with the lot, the checklist met, and a pre-dose BP within the hold limits or a"
            + " prescriber override (409 bp-hold-override-required).")
    @APIResponse(responseCode = "409", description = "A pre-dose BP over the hold limits needs a prescriber's override (code"
            + " bp-hold-override-required) or no pre-dose BP was taken (pre-dose-vitals-missing), each reason in errors;"
            + " the dose was already recorded (already-administered), or the session was discharged (session-closed)")
    @APIResponse(responseCode = "422", description = "The route is not the plan's (code route-mismatch), the pre-dose checklist was not"
            + " recorded (pre-dose-checklist-missing) or is not met (pre-dose-checklist-unmet, each item in errors)")
    @APIResponse(responseCode = "200", description = "The dose is recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    public SessionView dose(@PathParam("id") UUID id, @NotNull @Valid DoseRequest request) {
        return SessionView.of(sessions.administer(id, new Dose(request.route(), request.doseMg(), request.doseMgPerKg(),
                request.devices(), request.lotNumber(), request.concomitantMedications(), request.administeredAt())));
    }

    @POST
    @Path("{id}/infusion-end")
    @RolesAllowed({ Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "DosingSession", action = AuditAction.UPDATE)
    @Operation(summary = "Record the end of an IV infusion")
    @APIResponse(responseCode = "409", description = "Not an IV infusion (code not-an-infusion), or the session was discharged"
            + " (session-closed)")
    @APIResponse(responseCode = "200", description = "The infusion's end is recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    public SessionView infusionEnd(@PathParam("id") UUID id,
            @RequestBody(required = false) @Valid InfusionEndRequest request) {
        return SessionView.of(sessions.endInfusion(id, request == null ? null : request.endedAt()));
    }

    @POST
    @Path("{id}/observations")
    @RolesAllowed({ Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "DosingSession", action = AuditAction.UPDATE)
    @Operation(summary = "Record sedation and dissociation", description = "MOAA/S 0 raises an urgent safety alert.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ObservationView.class)))
    @APIResponse(responseCode = "409", description = "The session was discharged (code session-closed)")
    public Response observe(@PathParam("id") UUID id, @NotNull @Valid ObservationRequest request) {
        SessionObservationEntity observation = sessions.observe(id, request.observedAt(), request.moaas(),
                request.dissociation(), request.respiratoryDepression(), request.note());
        return Response.created(URI.create("/v1/dosing-sessions/" + id)).entity(ObservationView.of(observation)).build();
    }

    @POST
    @Path("{id}/readiness")
    @RolesAllowed({ Roles.CLINICIAN, Roles.PRESCRIBER })
    @Audited(resource = "DosingSession", action = AuditAction.UPDATE)
    @Operation(summary = "A clinician judges the patient ready to leave")
    @APIResponse(responseCode = "409", description = "Readiness is assessed after the dose (code not-administered), or the"
            + " session was discharged (session-closed)")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    public SessionView readiness(@PathParam("id") UUID id, @NotNull @Valid ReadinessRequest request) {
        return SessionView.of(sessions.assessReadiness(id, request.assessedAt(), request.readyWithoutRuleMinutes()));
    }

    @POST
    @Path("{id}/discharge")
    @RolesAllowed({ Roles.CLINICIAN, Roles.PRESCRIBER })
    @Audited(resource = "DosingSession", action = AuditAction.UPDATE)
    @Operation(summary = "Discharge the patient", description = "Rule 2: refused (409 discharge-refused, each unmet"
            + " requirement in errors) until the route's rules hold; for esketamine at least 120 minutes since the"
            + " first device, BP before the dose, at about 40 minutes and before discharge, readiness assessed and the"
            + " REMS evaluation answered (then its Patient Monitoring Form is due in 7 days)."
            + " Publishes DosingSessionCompleted; scheduling completes the appointment.")
    @APIResponse(responseCode = "409", description = "Not yet (code discharge-refused): each unmet requirement in errors, such as"
            + " readiness-not-assessed or rems-evaluation-missing; readiness and the REMS evaluation count only when"
            + " recorded after the route's monitoring window; or the dose was not recorded (not-administered), or the"
            + " session was already discharged (session-closed)")
    @APIResponse(responseCode = "200", description = "Discharged; DosingSessionCompleted is published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    public SessionView discharge(@PathParam("id") UUID id) {
        return SessionView.of(sessions.discharge(id));
    }
}
