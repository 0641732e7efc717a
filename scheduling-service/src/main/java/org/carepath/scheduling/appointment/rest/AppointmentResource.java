package org.carepath.scheduling.appointment.rest;

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

import org.carepath.platform.audit.AuditAction;
import org.carepath.platform.audit.Audited;
import org.carepath.platform.http.Cursors;
import org.carepath.platform.http.Page;
import org.carepath.platform.http.QueryParams;
import org.carepath.platform.problem.Problem;
import org.carepath.platform.security.PatientAccess;
import org.carepath.platform.security.Roles;
import org.carepath.scheduling.appointment.domain.AppointmentStatus;
import org.carepath.scheduling.appointment.persistence.Appointment;
import org.carepath.scheduling.appointment.persistence.AppointmentTransition;
import org.carepath.scheduling.appointment.service.AppointmentBook;
import org.carepath.scheduling.appointment.service.AppointmentLifecycle;
import org.carepath.scheduling.appointment.service.AppointmentQueries.Scope;
import org.carepath.scheduling.appointment.service.AppointmentQueries;
import org.carepath.scheduling.availability.rest.TimeRange;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
public class AppointmentResource {

    @Inject
    AppointmentBook book;

    @Inject
    AppointmentLifecycle lifecycle;

    @Inject
    AppointmentQueries queries;

    @Inject
    AppointmentViews views;

    @Inject
    PatientAccess access;

    @POST
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN, Roles.PATIENT })
    @Audited(resource = "Appointment", action = AuditAction.CREATE)
    @Operation(summary = "Book an appointment", description = "Checks the provider's role and duty hours, the room's"
            + " capability, opening hours and closures, and for dosing: a prescriber on site for the whole window, the"
            + " patient eligible with an approved plan for the route, REMS for esketamine, the plan's frequency and the"
            + " label's caps, and no open safety alert. The database refuses double bookings. A patient token books"
            + " only for its patient. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Booked; AppointmentBooked is published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, an unknown provider, room or patient",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "provider-double-booked, room-double-booked,"
            + " patient-double-booked or safety-hold",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A gate refused it: outside-opening-hours, clinic-closed,"
            + " provider-off-duty, provider-on-leave, no-prescriber-on-site, patient-not-eligible, no-approved-plan,"
            + " rems-enrollment-missing, clinic-not-rems-certified, frequency-cap-exceeded, dose-interval-too-short, ...",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response book(@NotNull @Valid AppointmentRequests.Booking request) {
        return created(book.book(request.toRequest()));
    }

    @POST
    @Path("holds")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN, Roles.PATIENT })
    @Audited(resource = "Appointment", action = AuditAction.CREATE)
    @Operation(summary = "Hold a slot while the patient confirms", description = "The same checks as booking; the slot"
            + " is reserved until holdExpiresAt (clinic policy, 10 minutes by default), then frees itself."
            + " Confirm with POST /v1/appointments/{id}/confirm.")
    @APIResponse(responseCode = "201", description = "Held",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    public Response hold(@NotNull @Valid AppointmentRequests.Booking request) {
        return created(book.hold(request.toRequest()));
    }

    @POST
    @Path("{id}/confirm")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN, Roles.PATIENT })
    @Audited(resource = "Appointment", action = AuditAction.UPDATE)
    @Operation(summary = "Confirm a held slot", description = "Dosing gates run again. 409 hold-expired after the hold's time.")
    @APIResponse(responseCode = "409", description = "The hold's time is over (code hold-expired), it is no longer held"
            + " (invalid-transition), or a dosing gate now refuses (safety-hold and the booking's gate codes)")
    @APIResponse(responseCode = "200", description = "Booked; AppointmentBooked is published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    public AppointmentView confirm(@PathParam("id") UUID id) {
        return views.of(book.confirm(id));
    }

    @POST
    @Path("{id}/release")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN, Roles.PATIENT })
    @Audited(resource = "Appointment", action = AuditAction.UPDATE)
    @Operation(summary = "Give a held slot back")
    @APIResponse(responseCode = "409", description = "Only a held slot can be released (code invalid-transition)")
    @APIResponse(responseCode = "200", description = "Released; the slot is free again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    public AppointmentView release(@PathParam("id") UUID id) {
        return views.of(book.release(id));
    }

    @POST
    @Path("{id}/reschedule")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN, Roles.PATIENT })
    @Audited(resource = "Appointment", action = AuditAction.UPDATE)
    @Operation(summary = "Move a booked appointment", description = "Creates the new appointment (rescheduledFrom names"
            + " the original, which becomes RESCHEDULED with rescheduledTo). Provider, room and length carry over"
            + " unless given; every booking check runs again. Other occurrences of a series are untouched.")
    @APIResponse(responseCode = "409", description = "Only a booked appointment moves (code invalid-transition); the new slot"
            + " overlaps (provider-double-booked, room-double-booked, patient-double-booked) or a dosing gate refuses")
    @APIResponse(responseCode = "201", description = "The new appointment; AppointmentRescheduled is published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    public Response reschedule(@PathParam("id") UUID id, @NotNull @Valid AppointmentRequests.Reschedule request) {
        return created(book.reschedule(id, request.start(), request.end(), request.providerId(), request.roomId(),
                request.reason()));
    }

    @POST
    @Path("{id}/check-in")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "Appointment", action = AuditAction.UPDATE)
    @Operation(summary = "Check the patient in", description = "From an hour before the start (clinic policy) until the"
            + " end. Dosing needs escortName and noDrivingAcknowledged=true, no open safety alert (409 safety-hold) and"
            + " the patient still eligible with the plan in force. PatientCheckedIn carries the planned dose so the"
            + " outcomes service can open the dosing session.")
    @APIResponse(responseCode = "409", description = "Outside the check-in window (code outside-check-in-window), an open"
            + " safety alert holds dosing (safety-hold), the patient is no longer eligible or the plan not in force,"
            + " or the appointment is not booked (invalid-transition)")
    @APIResponse(responseCode = "200", description = "Checked in; PatientCheckedIn is published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    public AppointmentView checkIn(@PathParam("id") UUID id, @NotNull @Valid AppointmentRequests.CheckIn request) {
        return views.of(lifecycle.checkIn(id, request.escortName(), request.noDrivingAcknowledged()));
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN, Roles.PATIENT })
    @Audited(resource = "Appointment", action = AuditAction.UPDATE)
    @Operation(summary = "Cancel an appointment with a reason", description = "lateCancellation is set when it is"
            + " closer to the start than the clinic's policy (24 hours by default).")
    @APIResponse(responseCode = "409", description = "The appointment is already closed (code invalid-transition)")
    @APIResponse(responseCode = "200", description = "Cancelled; AppointmentCancelled is published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    public AppointmentView cancel(@PathParam("id") UUID id, @NotNull @Valid AppointmentRequests.Cancel request) {
        return views.of(lifecycle.cancel(id, request.reason(), request.note()));
    }

    @POST
    @Path("{id}/no-show")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "Appointment", action = AuditAction.UPDATE)
    @Operation(summary = "Record that the patient did not come", description = "Only after the start time.")
    @APIResponse(responseCode = "409", description = "Before the start time (code not-started), or the appointment is not"
            + " booked (invalid-transition)")
    @APIResponse(responseCode = "200", description = "Marked a no-show; AppointmentNoShow is published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    public AppointmentView noShow(@PathParam("id") UUID id,
            @RequestBody(required = false) @Valid AppointmentRequests.Note request) {
        return views.of(lifecycle.noShow(id, request == null ? null : request.note()));
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "Appointment", action = AuditAction.UPDATE)
    @Operation(summary = "Complete a checked-in visit", description = "Not for dosing: a dosing appointment completes"
            + " when the outcomes service discharges its session (DosingSessionCompleted).")
    @APIResponse(responseCode = "409", description = "A dosing appointment completes with its session (code"
            + " completes-with-dosing-session), or the patient is not checked in (invalid-transition)")
    @APIResponse(responseCode = "200", description = "Completed; AppointmentCompleted is published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    public AppointmentView complete(@PathParam("id") UUID id,
            @RequestBody(required = false) @Valid AppointmentRequests.Note request) {
        return views.of(lifecycle.complete(id, request == null ? null : request.note()));
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN, Roles.PATIENT })
    @Audited(resource = "Appointment", action = AuditAction.LIST)
    @Operation(summary = "Appointments in start order", description = "A patient's (patientId; a patient token sees only"
            + " its own), or the clinic's. from/to are ISO-8601 times with offset, by default the next 90 days; status"
            + " filters (repeatable). Paged with cursor and limit.")
    public Page<AppointmentView> list(@QueryParam("patientId") String patientId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("status") List<String> statuses,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        UUID patient = access.patientFor(QueryParams.uuid("patientId", patientId));
        TimeRange range = TimeRange.parse(from, to, 366);
        int pageSize = Cursors.limit(limit);
        Scope scope = patient == null ? Scope.clinic() : Scope.patient(patient);
        return views.page(queries.list(scope, range.start(), range.end(), statuses(statuses), cursor, pageSize), pageSize);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN, Roles.PATIENT })
    @Audited(resource = "Appointment", action = AuditAction.READ)
    @Operation(summary = "Read an appointment")
    public AppointmentView get(@PathParam("id") UUID id) {
        return views.of(book.find(id));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "Appointment", action = AuditAction.READ)
    @Operation(summary = "Every status change of an appointment: who, when, why")
    public List<TransitionView> history(@PathParam("id") UUID id) {
        Appointment appointment = book.find(id);
        return AppointmentTransition.of(appointment.id).stream().map(TransitionView::of).toList();
    }

    /** Status filters from query parameters; none means everything on the books. */
    public static List<AppointmentStatus> statuses(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(v -> QueryParams.enumValue("status", v, AppointmentStatus.class)).toList();
    }

    private Response created(Appointment appointment) {
        return Response.created(URI.create("/v1/appointments/" + appointment.id)).entity(views.of(appointment)).build();
    }
}
