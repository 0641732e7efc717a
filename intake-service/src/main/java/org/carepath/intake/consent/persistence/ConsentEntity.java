package org.carepath.intake.consent.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.carepath.intake.consent.domain.ConsentKind;
import org.carepath.intake.consent.domain.ConsentStatus;
import org.carepath.platform.tenancy.ClinicScopedEntity;

@Entity
@Table(name = "consent")
public class ConsentEntity extends ClinicScopedEntity {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentKind kind;

    @Column(name = "form_version", nullable = false)
    public String formVersion;

    @Column(name = "signed_at", nullable = false)
    public OffsetDateTime signedAt;

    @Column(name = "prescriber_signed_at")
    public OffsetDateTime prescriberSignedAt;

    @Column(name = "rems_enrollment_id")
    public String remsEnrollmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentStatus status;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Version
    public long version;

    public static Optional<ConsentEntity> findOfPatient(UUID patientId, UUID id) {
        return find("id = ?1 and patientId = ?2", id, patientId).firstResultOptional();
    }

    public static List<ConsentEntity> ofPatient(UUID patientId) {
        return list("patientId = ?1 order by id", patientId);
    }

    public static boolean hasActive(UUID patientId, ConsentKind kind) {
        return count("patientId = ?1 and kind = ?2 and status = ?3", patientId, kind, ConsentStatus.ACTIVE) > 0;
    }
}
