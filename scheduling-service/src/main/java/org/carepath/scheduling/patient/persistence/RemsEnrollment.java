package org.carepath.scheduling.patient.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.platform.tenancy.ClinicScopedEntity;

/** A patient's SPRAVATO REMS enrollment form, as intake recorded it; needed before the first dose [S7][S7b]. */
@Entity
@Table(name = "rems_enrollment")
public class RemsEnrollment extends ClinicScopedEntity {

    @Id
    @Column(name = "consent_id")
    public UUID consentId;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "signed_at", nullable = false)
    public OffsetDateTime signedAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    public static boolean onFile(UUID patientId) {
        return count("patientId = ?1 and withdrawnAt is null", patientId) > 0;
    }
}
