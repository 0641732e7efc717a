package org.carepath.scheduling.appointment.persistence;

import java.time.LocalDate;
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
import org.carepath.scheduling.appointment.domain.AppointmentType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An induction series made from a treatment plan: its occurrences are ordinary appointments linked to it. */
@Entity
@Table(name = "appointment_series")
public class AppointmentSeries extends ClinicScopedEntity {

    /** An occurrence the series could not place, and why. */
    public record Unplaced(int number, int week, LocalDate targetDay, String reason) {
    }

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppointmentType type;

    @Column(name = "first_day", nullable = false)
    public LocalDate firstDay;

    @Column(name = "sessions_per_week", nullable = false)
    public int sessionsPerWeek;

    @Column(nullable = false)
    public int weeks;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Unplaced> unplaced;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
