package org.carepath.scheduling.patient.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.platform.tenancy.ClinicScopedEntity;

/** A safety alert outcomes raised for a patient: while open it holds new dosing bookings and check-ins. */
@Entity
@Table(name = "safety_alert")
public class SafetyAlert extends ClinicScopedEntity {

    @Id
    @Column(name = "alert_id")
    public UUID alertId;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(nullable = false)
    public String level;

    @Column(name = "reason_code", nullable = false)
    public String reasonCode;

    @Column(name = "raised_at", nullable = false)
    public OffsetDateTime raisedAt;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    public static boolean openFor(UUID patientId) {
        return count("patientId = ?1 and resolvedAt is null", patientId) > 0;
    }
}
