package org.carepath.scheduling.appointment.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.carepath.scheduling.appointment.domain.AppointmentType;
import org.carepath.scheduling.appointment.service.AppointmentBook.BookingRequest;
import org.carepath.scheduling.appointment.service.AppointmentLifecycle.CancelReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the appointment endpoints. Times must carry their offset. */
public final class AppointmentRequests {

    private AppointmentRequests() {
    }

    @Schema(name = "BookingRequest")
    public record Booking(@NotNull UUID patientId, @NotNull @Schema(examples = "ESKETAMINE_DOSING") AppointmentType type,
            @NotNull UUID providerId, @NotNull UUID roomId,
            @NotNull @Schema(examples = "2026-12-01T09:00:00-08:00") OffsetDateTime start,
            @Schema(description = "Optional; at least the type's length under the clinic's policy") OffsetDateTime end,
            @Schema(description = "For dosing: the approved plan; by default the patient's plan in force for the route")
            UUID planId) {

        BookingRequest toRequest() {
            return new BookingRequest(patientId, type, providerId, roomId, start, end, planId);
        }
    }

    @Schema(name = "CheckInRequest")
    public record CheckIn(
            @Size(max = 200) @Schema(description = "Who takes the patient home; required for dosing", examples = "Sam Lee")
            String escortName,
            @Schema(description = "Patient acknowledges no driving until the next day after restful sleep; required for dosing")
            Boolean noDrivingAcknowledged) {
    }

    @Schema(name = "CancelRequest")
    public record Cancel(@NotNull CancelReason reason, @Size(max = 2000) String note) {
    }

    @Schema(name = "RescheduleRequest")
    public record Reschedule(@NotNull @Schema(examples = "2026-12-03T09:00:00-08:00") OffsetDateTime start,
            OffsetDateTime end, UUID providerId, UUID roomId, @Size(max = 2000) String reason) {
    }

    @Schema(name = "AppointmentNote")
    public record Note(@Size(max = 2000) String note) {
    }
}
