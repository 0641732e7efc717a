package org.carepath.scheduling.availability.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.carepath.platform.http.Cursors;
import org.carepath.platform.http.QueryParams;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.PatientAccess;
import org.carepath.platform.security.Roles;
import org.carepath.scheduling.appointment.domain.AppointmentType;
import org.carepath.scheduling.availability.service.AvailabilityService.Availability;
import org.carepath.scheduling.availability.service.AvailabilityService;
import org.carepath.scheduling.clinic.service.ClinicService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/availability")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Availability")
public class AvailabilityResource {

    @Schema(name = "Slot")
    public record SlotView(OffsetDateTime start, OffsetDateTime end, UUID providerId, UUID roomId) {
    }

    @Schema(name = "Availability")
    public record AvailabilityView(AppointmentType type, long durationMinutes, List<SlotView> slots,
            @Schema(description = "Pass as from to continue; absent when no more slots") OffsetDateTime nextFrom) {
    }

    @Inject
    AvailabilityService availability;

    @Inject
    ClinicService clinics;

    @Inject
    PatientAccess access;

    @GET
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "Free slots for an appointment type", description = "Slots where a qualified provider is on"
            + " duty, a room with the needed capability is free, the clinic is open (closures excluded) and, for"
            + " dosing, a prescriber is on site for the whole appointment including monitoring. With patientId the"
            + " patient's own appointments are avoided too. from/to are ISO-8601 times with offset (to at most the"
            + " clinic's max-search-days after from; by default the next 7 days); times are shown in the clinic's offset, in start order.")
    public AvailabilityView search(@QueryParam("type") String type, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("providerId") String providerId,
            @QueryParam("patientId") String patientId, @QueryParam("limit") String limit) {
        AppointmentType appointmentType = QueryParams.enumValue("type", type, AppointmentType.class);
        if (appointmentType == null) {
            throw ProblemException.invalidField("type", "is required");
        }
        TimeRange range = TimeRange.parse(from, to, 92, 7);
        UUID patient = access.patientFor(QueryParams.uuid("patientId", patientId));
        Availability found = availability.search(appointmentType, range.start(), range.end(),
                QueryParams.uuid("providerId", providerId), patient, Cursors.limit(limit));
        ZoneId zone = clinics.required().zone();
        return new AvailabilityView(found.type(), found.length().toMinutes(),
                found.slots().stream().map(s -> new SlotView(local(s.start(), zone), local(s.end(), zone),
                        s.providerId(), s.roomId())).toList(),
                found.nextFrom() == null ? null : local(found.nextFrom(), zone));
    }

    private static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
