package org.carepath.outcomes.session.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.carepath.outcomes.session.domain.Route;
import org.carepath.outcomes.session.persistence.DosingSessionEntity;

/** {@code org.carepath.outcomes.DosingSessionCompleted.v1}: scheduling completes the appointment it names. */
public record DosingSessionCompleted(UUID sessionId, UUID appointmentId, UUID patientId, String clinicId, Route route,
        @Nullable BigDecimal doseMg, @Nullable BigDecimal doseMgPerKg, @Nullable OffsetDateTime administeredAt,
        OffsetDateTime completedAt) {

    public static final String TYPE = "org.carepath.outcomes.DosingSessionCompleted.v1";

    public static DosingSessionCompleted of(DosingSessionEntity s) {
        return new DosingSessionCompleted(s.id, s.appointmentId, s.patientId, s.clinicId, s.route, s.doseMg,
                s.doseMgPerKg, s.administeredAt, s.dischargedAt);
    }
}
