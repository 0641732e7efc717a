package org.carepath.intake.eligibility.persistence;

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

import org.carepath.intake.eligibility.domain.MedicationFlag;
import org.carepath.intake.eligibility.domain.RouteOutcome;
import org.carepath.intake.eligibility.domain.SuicideRiskLevel;
import org.carepath.platform.tenancy.ClinicScopedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Immutable;
import org.hibernate.type.SqlTypes;

/** One eligibility decision. Append-only: the table refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "eligibility_decision")
public class EligibilityDecisionEntity extends ClinicScopedEntity {

    /**
     * How a decision came about: computed from a screening, a prescriber's review of one, or a safety alert
     * holding it and its resolution releasing it.
     */
    public enum Kind {
        DETERMINED, SIGNED_OFF, OVERRIDDEN, SAFETY_HOLD, SAFETY_RELEASED
    }

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "screening_id", nullable = false)
    public UUID screeningId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<RouteOutcome> routes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "medication_flags", nullable = false)
    public List<MedicationFlag> medicationFlags;

    @Enumerated(EnumType.STRING)
    @Column(name = "suicide_risk", nullable = false)
    public SuicideRiskLevel suicideRisk;

    @Column(nullable = false)
    public boolean urgent;

    @Column(name = "reviewed_decision_id")
    public UUID reviewedDecisionId;

    @Column(name = "review_reason")
    public String reviewReason;

    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    public static Optional<EligibilityDecisionEntity> latestOf(UUID patientId) {
        return find("patientId = ?1 order by decidedAt desc, id desc", patientId).firstResultOptional();
    }

    /** The latest decision a clinician or the engine made, passing over safety holds and releases. */
    public static Optional<EligibilityDecisionEntity> latestClinicalOf(UUID patientId) {
        return find("patientId = ?1 and kind not in (?2, ?3) order by decidedAt desc, id desc", patientId,
                Kind.SAFETY_HOLD, Kind.SAFETY_RELEASED).firstResultOptional();
    }

    public static List<EligibilityDecisionEntity> historyOf(UUID patientId) {
        return list("patientId = ?1 order by decidedAt desc, id desc", patientId);
    }
}
