package org.carepath.outcomes.assessment.rest;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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

import org.carepath.outcomes.alert.persistence.SafetyAlertEntity.Channel;
import org.carepath.outcomes.assessment.domain.Band;
import org.carepath.outcomes.assessment.domain.Flag;
import org.carepath.outcomes.assessment.domain.Instrument;
import org.carepath.outcomes.assessment.persistence.AssessmentDueEntity;
import org.carepath.outcomes.assessment.persistence.AssessmentEntity;
import org.carepath.outcomes.assessment.service.AssessmentSchedule;
import org.carepath.outcomes.assessment.service.AssessmentService;
import org.carepath.platform.audit.AuditAction;
import org.carepath.platform.audit.Audited;
import org.carepath.platform.audit.HasId;
import org.carepath.platform.http.Cursors;
import org.carepath.platform.http.Page;
import org.carepath.platform.http.QueryParams;
import org.carepath.platform.problem.Problem;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.PatientAccess;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class AssessmentResource {

    @Schema(name = "AssessmentRequest")
    public record AssessmentRequest(
            @Schema(description = "Required for staff; a patient token answers for its own patient") UUID patientId,
            @NotNull @Schema(examples = "PHQ_9") Instrument instrument,
            @NotNull @Size(max = 30) @Schema(description = "One answer per item in the instrument's order; null for an"
                    + " unanswered or skipped item", examples = "[1, 2, 1, 0, 1, 2, 1, 0, 0]") List<Integer> answers,
            @Schema(description = "When the patient answered; default now") OffsetDateTime takenAt,
            @Schema(description = "The dosing session it belongs to, if any") UUID dosingSessionId) {
    }

    @Schema(name = "Assessment")
    public record AssessmentView(UUID id, UUID patientId, Instrument instrument, String version,
            @Schema(description = "LOINC panel code where DOMAIN.md confirms one") String loincPanel,
            @Schema(description = "LOINC total score code where confirmed") String loincTotal, List<Integer> answers,
            Integer total,
            @Schema(description = "Stable code of the severity band, C-SSRS risk level or MOAA/S level, to switch on;"
                    + " null for PCL-5, CADSS and CADSS-6, which have no bands") Band band,
            @Schema(description = "The instrument's wording of the band, for display (PHQ-9 MINIMAL is"
                    + " \"minimal/none\", GAD-7 MINIMAL is \"minimal\"); null without a band") String bandLabel,
            Set<Flag> flags, boolean prorated, OffsetDateTime takenAt, Channel channel,
            UUID dosingSessionId, String enteredBy, OffsetDateTime recordedAt) implements HasId {

        static AssessmentView of(AssessmentEntity a) {
            return new AssessmentView(a.id, a.patientId, a.instrument, a.version, a.instrument.loincPanel(),
                    a.instrument.loincTotal(), a.answers, a.total, a.band, a.bandLabel(), a.flags, a.prorated,
                    a.takenAt, a.channel, a.dosingSessionId, a.enteredBy, a.recordedAt);
        }
    }

    @Inject
    AssessmentService assessments;

    @Inject
    PatientAccess access;

    @Inject
    AssessmentSchedule schedule;

    @POST
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN, Roles.PATIENT })
    @Audited(resource = "Assessment", action = AuditAction.CREATE)
    @Operation(summary = "Score and store an assessment", description = "PHQ-9, GAD-7, PCL-5, MADRS, C-SSRS screener,"
            + " CADSS, CADSS-6, QIDS-SR16 or MOAA/S, scored exactly with bands and flags. Incomplete forms are refused"
            + " unless the clinic enables prorating (then flagged). A suicide-risk answer (PHQ-9 item 9 >= 1, C-SSRS"
            + " rules) or MOAA/S 0 raises a safety alert and SafetyAlertRaised in the same transaction, also when the"
            + " patient app enters it. The patient app submits self-report questionnaires only (PHQ-9, GAD-7, PCL-5,"
            + " QIDS-SR16).")
    @APIResponse(responseCode = "201", description = "Scored; AssessmentScored is published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Wrong item count, an answer out of range, an incomplete form",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such patient in the caller's clinic (code patient-not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The patient app submits self-report questionnaires only (code"
            + " instrument-not-self-report), or the Idempotency-Key was used with another body (idempotency-key-reused)")
    public Response record(@NotNull @Valid AssessmentRequest request) {
        UUID patient = request.patientId() != null ? request.patientId() : access.patientFor(null);
        if (patient == null) {
            throw ProblemException.invalidField("patientId", "is required");
        }
        AssessmentEntity assessment = assessments.record(patient, request.instrument(), request.answers(),
                request.takenAt(), request.dosingSessionId());
        return Response.created(URI.create("/v1/assessments/" + assessment.id)).entity(AssessmentView.of(assessment))
                .build();
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN, Roles.PATIENT })
    @Audited(resource = "Assessment", action = AuditAction.LIST)
    @Operation(summary = "A patient's assessments, newest first", description = "patientId is required for staff; a"
            + " patient token sees its own. Optional instrument; paged with cursor and limit.")
    public Page<AssessmentView> list(@QueryParam("patientId") String patientId, @QueryParam("instrument") String instrument,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        UUID patient = access.patientFor(QueryParams.uuid("patientId", patientId));
        if (patient == null) {
            throw ProblemException.invalidField("patientId", "is required");
        }
        int pageSize = Cursors.limit(limit);
        return Page.of(assessments.list(patient, QueryParams.enumValue("instrument", instrument, Instrument.class),
                Cursors.decode(cursor), pageSize), pageSize, AssessmentView::of, AssessmentView::id);
    }

    @Schema(name = "AssessmentDue")
    public record DueView(UUID id, UUID patientId, Instrument instrument, AssessmentDueEntity.Reason reason,
            OffsetDateTime dueAt, UUID sessionId) {

        static DueView of(AssessmentDueEntity d) {
            return new DueView(d.id, d.patientId, d.instrument, d.reason, d.dueAt, d.sessionId);
        }
    }

    @GET
    @Path("due")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN, Roles.PATIENT })
    @Audited(resource = "Assessment", action = AuditAction.LIST)
    @Operation(summary = "Assessments a patient is due to complete", description = "For the patient app's to-do list:"
            + " PHQ-9 before each dosing session and weekly in active treatment, until one is entered. A patient token"
            + " sees its own; staff give patientId.")
    public List<DueView> due(@QueryParam("patientId") String patientId) {
        UUID patient = access.patientFor(QueryParams.uuid("patientId", patientId));
        if (patient == null) {
            throw ProblemException.invalidField("patientId", "is required");
        }
        return schedule.openFor(patient).stream().map(DueView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN, Roles.PATIENT })
    @Audited(resource = "Assessment", action = AuditAction.READ)
    @Operation(summary = "Read an assessment")
    public AssessmentView get(@PathParam("id") UUID id) {
        return AssessmentView.of(assessments.get(id));
    }
}
