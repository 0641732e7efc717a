package org.carepath.intake.referral.persistence;

import java.time.LocalDate;
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

import org.carepath.intake.referral.domain.Diagnosis;
import org.carepath.intake.referral.domain.ReferralStatus;
import org.carepath.platform.tenancy.ClinicScopedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "referral")
public class ReferralEntity extends ClinicScopedEntity {

    /** A coded diagnosis with the referrer's ICD-10-CM code when given. */
    public record CodedDiagnosis(Diagnosis code, String icd10) {
    }

    /** A treatment tried before the referral, as the referrer describes it. */
    public record PriorTreatment(String treatment, String outcome) {
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status;

    @Column(name = "referring_provider_name", nullable = false)
    public String referringProviderName;

    @Column(name = "referring_provider_npi")
    public String referringProviderNpi;

    @Column(name = "referring_organization")
    public String referringOrganization;

    @Column(name = "referring_provider_phone")
    public String referringProviderPhone;

    @Column(name = "referring_provider_email")
    public String referringProviderEmail;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<CodedDiagnosis> diagnoses;

    @Column(nullable = false)
    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "prior_treatments", nullable = false)
    public List<PriorTreatment> priorTreatments;

    @Column(name = "candidate_given_name")
    public String candidateGivenName;

    @Column(name = "candidate_family_name")
    public String candidateFamilyName;

    @Column(name = "candidate_date_of_birth")
    public LocalDate candidateDateOfBirth;

    @Column(name = "candidate_clinic_mrn")
    public String candidateClinicMrn;

    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Version
    public long version;

    public static Optional<ReferralEntity> findInClinic(UUID id) {
        return find("id", id).firstResultOptional();
    }
}
