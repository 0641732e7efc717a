package org.carepath.scheduling.clinic.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import org.carepath.platform.audit.AuditAction;
import org.carepath.platform.audit.Audited;
import org.carepath.platform.http.Cursors;
import org.carepath.platform.http.ETags;
import org.carepath.platform.http.Page;
import org.carepath.platform.http.QueryParams;
import org.carepath.platform.problem.Problem;
import org.carepath.platform.security.Roles;
import org.carepath.scheduling.appointment.domain.AppointmentType;
import org.carepath.scheduling.appointment.domain.SchedulingPolicy;
import org.carepath.scheduling.appointment.rest.AppointmentResource;
import org.carepath.scheduling.appointment.rest.AppointmentView;
import org.carepath.scheduling.appointment.rest.AppointmentViews;
import org.carepath.scheduling.appointment.service.AppointmentQueries;
import org.carepath.scheduling.appointment.service.AppointmentQueries.Scope;
import org.carepath.scheduling.availability.rest.PeriodRequest;
import org.carepath.scheduling.availability.rest.PeriodView;
import org.carepath.scheduling.availability.rest.TimeRange;
import org.carepath.scheduling.clinic.persistence.Clinic;
import org.carepath.scheduling.clinic.persistence.ClinicClosure;
import org.carepath.scheduling.clinic.service.ClinicService;
import org.carepath.scheduling.clinic.service.SchedulingPolicies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/clinics/{clinicId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clinics")
public class ClinicResource {

    @Inject
    ClinicService clinics;

    @Inject
    SchedulingPolicies policies;

    @Inject
    AppointmentQueries queries;

    @Inject
    AppointmentViews views;

    @GET
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "Read the caller's clinic", description = "Another clinic's id answers 404.")
    public Response get(@PathParam("clinicId") String clinicId) {
        return view(clinics.get(clinicId), Response.Status.OK);
    }

    @PUT
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.ADMIN })
    @Operation(summary = "Set up or change the caller's clinic", description = "Time zone, weekly opening hours,"
            + " routes offered, REMS certification and policy overrides (validated against the suite's rules; for"
            + " example esketamine monitoring cannot go below 120 minutes). The first PUT creates the clinic;"
            + " later ones must send the ETag as If-Match.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClinicView.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClinicView.class)))
    @APIResponse(responseCode = "400", description = "Invalid settings",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing on a change")
    public Response put(@PathParam("clinicId") String clinicId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ClinicRequest request) {
        boolean exists = Clinic.current().isPresent();
        return view(clinics.put(clinicId, ifMatch, request.toSettings()),
                exists ? Response.Status.OK : Response.Status.CREATED);
    }

    @POST
    @Audited(resource = "ClinicClosure", action = AuditAction.CREATE)
    @Path("closures")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.ADMIN })
    @Operation(summary = "Close the clinic for a period", description = "Nothing can be booked across a closure."
            + " Appointments already booked in it are listed by the day sheet for rebooking.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodView.class)))
    public Response close(@PathParam("clinicId") String clinicId, @NotNull @Valid PeriodRequest request) {
        ClinicClosure closure = clinics.close(clinicId, request.start(), request.end(), request.reason());
        ZoneId zone = clinics.get(clinicId).zone();
        return Response.created(URI.create("/v1/clinics/" + clinicId + "/closures/" + closure.id))
                .entity(PeriodView.of(closure.id, null, closure.startsAt, closure.endsAt, closure.reason, zone)).build();
    }

    @GET
    @Path("closures")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "Closures overlapping a window", description = "from and to are ISO-8601 times with offset;"
            + " by default the next 90 days.")
    public List<PeriodView> closures(@PathParam("clinicId") String clinicId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        TimeRange range = TimeRange.parse(from, to, 366);
        ZoneId zone = clinics.get(clinicId).zone();
        return clinics.closures(clinicId, range.start(), range.end()).stream()
                .map(c -> PeriodView.of(c.id, null, c.startsAt, c.endsAt, c.reason, zone)).toList();
    }

    @GET
    @Path("appointment-types")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "The appointment types with this clinic's lengths", description = "Length includes the"
            + " monitoring window for dosing (esketamine: administration plus at least 120 minutes); buffer is the"
            + " turnover after it. Dosing types are listed only for routes the clinic offers.")
    public List<AppointmentTypeView> appointmentTypes(@PathParam("clinicId") String clinicId) {
        Clinic clinic = clinics.get(clinicId);
        SchedulingPolicy policy = policies.of(clinic);
        return Arrays.stream(AppointmentType.values()).filter(t -> !t.isDosing() || clinic.offers(t.route()))
                .map(t -> AppointmentTypeView.of(t, policy)).toList();
    }

    @GET
    @Path("day-sheet")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "Appointment", action = AuditAction.LIST)
    @Operation(summary = "The clinic's appointments on one local date", description = "date is YYYY-MM-DD in the clinic's"
            + " time zone (default today); in start order, paged; status filters are repeatable.")
    public Page<AppointmentView> daySheet(@PathParam("clinicId") String clinicId, @QueryParam("date") String date,
            @QueryParam("status") List<String> statuses, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        ZoneId zone = clinics.get(clinicId).zone();
        LocalDate day = QueryParams.date("date", date);
        LocalDate sheetDay = day == null ? LocalDate.now(zone) : day;
        int pageSize = Cursors.limit(limit);
        return views.page(queries.list(Scope.clinic(), sheetDay.atStartOfDay(zone).toInstant(),
                sheetDay.plusDays(1).atStartOfDay(zone).toInstant(), AppointmentResource.statuses(statuses), cursor,
                pageSize), pageSize);
    }

    private Response view(Clinic clinic, Response.Status status) {
        return Response.status(status).header(HttpHeaders.ETAG, ETags.of(clinic.version))
                .entity(ClinicView.of(clinic, policies.of(clinic))).build();
    }
}
