package org.carepath.scheduling.appointment.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.platform.tenancy.ClinicScopedEntity;
import org.carepath.scheduling.appointment.domain.AppointmentStatus;

/** One step of an appointment's history: who moved it, when, from what to what, and why. */
@Entity
@Table(name = "appointment_transition")
public class AppointmentTransition extends ClinicScopedEntity {

    @Id
    public UUID id;

    @Column(name = "appointment_id", nullable = false)
    public UUID appointmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public AppointmentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public AppointmentStatus toStatus;

    public String reason;

    public String note;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_roles", nullable = false)
    public String actorRoles;

    @Column(nullable = false)
    public OffsetDateTime at;

    public static List<AppointmentTransition> of(UUID appointmentId) {
        return list("appointmentId = ?1 order by at, id", appointmentId);
    }
}
