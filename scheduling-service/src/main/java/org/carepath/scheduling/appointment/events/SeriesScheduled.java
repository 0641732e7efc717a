package org.carepath.scheduling.appointment.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.carepath.scheduling.appointment.domain.AppointmentType;
import org.carepath.scheduling.appointment.persistence.AppointmentSeries;

/** An induction series was placed: which appointments it booked and which occurrences it could not place. */
public record SeriesScheduled(UUID seriesId, UUID patientId, String clinicId, UUID planId, AppointmentType type,
        LocalDate firstDay, int sessionsPerWeek, int weeks, List<UUID> appointmentIds,
        List<AppointmentSeries.Unplaced> unplaced, OffsetDateTime at) {

    public static final String TYPE = "org.carepath.scheduling.SeriesScheduled.v1";
}
