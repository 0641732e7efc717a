package org.carepath.scheduling.appointment.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.carepath.scheduling.appointment.domain.AppointmentStatus;
import org.carepath.scheduling.appointment.domain.AppointmentType;
import org.carepath.scheduling.appointment.domain.Route;
import org.carepath.scheduling.appointment.persistence.Appointment;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The payload of every appointment event on {@code carepath.scheduling.events.v1}: the appointment as it now is,
 * plus the facts of the change (absent when they do not apply). Ids and times only: no names, no escort.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppointmentEvent(UUID appointmentId, UUID patientId, String clinicId, AppointmentType type,
        @Nullable Route route, @Nullable UUID planId, @Nullable UUID seriesId, UUID providerId, UUID roomId,
        OffsetDateTime start, OffsetDateTime end, AppointmentStatus status, @Nullable UUID previousAppointmentId,
        @Nullable String reason, @Nullable Boolean lateCancellation, @Nullable Boolean escortConfirmed,
        @Nullable Boolean noDrivingAcknowledged, @Nullable BigDecimal plannedDoseMg,
        @Nullable BigDecimal plannedDoseMgPerKg, @Nullable UUID dosingSessionId, String actor, OffsetDateTime at) {

    public static final String BOOKED = "org.carepath.scheduling.AppointmentBooked.v1";
    public static final String RESCHEDULED = "org.carepath.scheduling.AppointmentRescheduled.v1";
    public static final String CANCELLED = "org.carepath.scheduling.AppointmentCancelled.v1";
    public static final String CHECKED_IN = "org.carepath.scheduling.PatientCheckedIn.v1";
    public static final String COMPLETED = "org.carepath.scheduling.AppointmentCompleted.v1";
    public static final String NO_SHOW = "org.carepath.scheduling.AppointmentNoShow.v1";

    /** The appointment's own facts; the change's facts are added with the {@code with...} copies. */
    public static AppointmentEvent of(Appointment a, String actor) {
        return new AppointmentEvent(a.id, a.patientId, a.clinicId, a.type, a.route, a.planId, a.seriesId, a.providerId,
                a.roomId, a.startsAt, a.endsAt, a.status, a.rescheduledFrom, a.cancelReason, a.lateCancellation, null,
                null, null, null, a.dosingSessionId, actor, OffsetDateTime.now());
    }

    public AppointmentEvent withCheckIn(boolean escortConfirmed, Boolean noDrivingAcknowledged, BigDecimal doseMg,
            BigDecimal doseMgPerKg) {
        return new AppointmentEvent(appointmentId, patientId, clinicId, type, route, planId, seriesId, providerId,
                roomId, start, end, status, previousAppointmentId, reason, lateCancellation, escortConfirmed,
                noDrivingAcknowledged, doseMg, doseMgPerKg, dosingSessionId, actor, at);
    }
}
