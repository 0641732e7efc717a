package org.carepath.scheduling.appointment.rest;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.carepath.platform.audit.HasId;
import org.carepath.scheduling.appointment.domain.AppointmentStatus;
import org.carepath.scheduling.appointment.domain.AppointmentType;
import org.carepath.scheduling.appointment.domain.Route;
import org.carepath.scheduling.appointment.persistence.Appointment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An appointment with its times in the clinic's local offset. */
@Schema(name = "Appointment")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppointmentView(UUID id, UUID patientId, AppointmentType type, Route route, UUID planId, UUID seriesId,
        UUID providerId, UUID roomId, @Schema(examples = "2026-12-01T09:00:00-08:00") OffsetDateTime start,
        @Schema(description = "End of the appointment, monitoring included") OffsetDateTime end,
        AppointmentStatus status,
        @Schema(description = "Until when a HELD slot is reserved") OffsetDateTime holdExpiresAt,
        UUID rescheduledFrom, UUID rescheduledTo, String cancelReason, Boolean lateCancellation, String escortName,
        Boolean noDrivingAcknowledged, OffsetDateTime checkedInAt, OffsetDateTime completedAt, UUID dosingSessionId,
        @Schema(description = "True for a future dosing appointment while the patient has an open safety alert")
        Boolean safetyHold,
        long version) implements HasId {

    public static AppointmentView of(Appointment a, ZoneId zone, boolean safetyHold) {
        return new AppointmentView(a.id, a.patientId, a.type, a.route, a.planId, a.seriesId, a.providerId, a.roomId,
                local(a.startsAt, zone), local(a.endsAt, zone), a.status, local(a.holdExpiresAt, zone),
                a.rescheduledFrom, a.rescheduledTo, a.cancelReason, a.lateCancellation, a.escortName,
                a.noDrivingAcknowledged, local(a.checkedInAt, zone), local(a.completedAt, zone), a.dosingSessionId,
                safetyHold ? Boolean.TRUE : null, a.version);
    }

    static OffsetDateTime local(OffsetDateTime time, ZoneId zone) {
        return time == null ? null : time.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
