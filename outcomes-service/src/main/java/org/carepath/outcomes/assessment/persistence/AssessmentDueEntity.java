package org.carepath.outcomes.assessment.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.outcomes.assessment.domain.Instrument;
import org.carepath.platform.tenancy.ClinicScopedEntity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assessment a patient should complete, until one of that instrument arrives. */
@Entity
@Table(name = "assessment_due")
public class AssessmentDueEntity extends ClinicScopedEntity {

    /** Why it is due. */
    @Schema(name = "AssessmentDueReason")
    public enum Reason { BEFORE_DOSING_SESSION, WEEKLY }

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Instrument instrument;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reason reason;

    @Column(name = "due_at", nullable = false)
    public OffsetDateTime dueAt;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "satisfied_by")
    public UUID satisfiedBy;

    @Column(name = "satisfied_at")
    public OffsetDateTime satisfiedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static List<AssessmentDueEntity> openFor(UUID patientId) {
        return list("patientId = ?1 and satisfiedBy is null order by dueAt, id", patientId);
    }
}
