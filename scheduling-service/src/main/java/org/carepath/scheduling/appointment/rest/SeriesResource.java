package org.carepath.scheduling.appointment.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.carepath.platform.audit.AuditAction;
import org.carepath.platform.audit.Audited;
import org.carepath.platform.audit.HasId;
import org.carepath.platform.security.Roles;
import org.carepath.scheduling.appointment.domain.AppointmentType;
import org.carepath.scheduling.appointment.persistence.AppointmentSeries;
import org.carepath.scheduling.appointment.service.SeriesService;
import org.carepath.scheduling.appointment.service.SeriesService.SeriesResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/appointment-series")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Appointment series")
public class SeriesResource {

    @Schema(name = "SeriesRequest")
    public record SeriesRequest(@NotNull UUID planId,
            @NotNull @Schema(description = "Clinic-local date of week 1's first session", examples = "2026-12-01") LocalDate firstDay,
            @Schema(description = "Book every occurrence with this provider; by default any qualified one") UUID providerId) {
    }

    @Schema(name = "SeriesOccurrence")
    public record OccurrenceView(int number, int week, LocalDate targetDay, AppointmentView appointment,
            String unplacedReason) {
    }

    @Schema(name = "AppointmentSeries")
    public record SeriesView(UUID id, UUID patientId, UUID planId, AppointmentType type, LocalDate firstDay,
            int sessionsPerWeek, int weeks, List<OccurrenceView> occurrences,
            @Schema(description = "Occurrences that found no slot in their week") List<AppointmentSeries.Unplaced> unplaced,
            @Schema(description = "The series' appointments now, in start order (reschedules and cancellations included)")
            List<AppointmentView> appointments,
            OffsetDateTime createdAt) implements HasId {
    }

    @Inject
    SeriesService series;

    @Inject
    AppointmentViews views;

    @POST
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "AppointmentSeries", action = AuditAction.CREATE)
    @Operation(summary = "Book a plan's induction series", description = "The plan's sessions per week for its"
            + " induction weeks (e.g. esketamine twice weekly for 4 weeks, IV 3 a week for 2 weeks), spread over each"
            + " week, each on the first free slot of its day or the following days of the week that also passes every"
            + " dosing gate. Occurrences without a slot are reported in unplaced. Each booked occurrence is an ordinary"
            + " appointment: cancel or move it on its own.")
    @APIResponse(responseCode = "201", description = "Placed; SeriesScheduled and one AppointmentBooked per occurrence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesView.class)))
    public Response schedule(@NotNull @Valid SeriesRequest request) {
        SeriesResult result = series.schedule(request.planId(), request.firstDay(), request.providerId());
        AppointmentSeries placed = result.series();
        List<OccurrenceView> occurrences = result.occurrences().stream().map(o -> new OccurrenceView(o.number(), o.week(),
                o.targetDay(), o.slot() == null ? null : views.of(o.slot()), o.unplacedReason())).toList();
        return Response.created(URI.create("/v1/appointment-series/" + placed.id))
                .entity(view(placed, occurrences)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "AppointmentSeries", action = AuditAction.READ)
    @Operation(summary = "Read a series and its appointments")
    public SeriesView get(@PathParam("id") UUID id) {
        return view(series.get(id), null);
    }

    private SeriesView view(AppointmentSeries s, List<OccurrenceView> occurrences) {
        return new SeriesView(s.id, s.patientId, s.planId, s.type, s.firstDay, s.sessionsPerWeek, s.weeks, occurrences,
                s.unplaced, views.all(series.appointments(s.id)), s.createdAt);
    }
}
