package org.carepath.outcomes.assessment.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.outcomes.assessment.domain.Assessment;
import org.carepath.outcomes.assessment.domain.Instrument;
import org.carepath.platform.tenancy.ClinicScopedEntity;

/** A baseline total intake's screening took (PHQ-9 or GAD-7), as far as trajectories need it. */
@Entity
@Table(name = "screening_score")
public class ScreeningScoreEntity extends ClinicScopedEntity {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "screening_id", nullable = false)
    public UUID screeningId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Instrument instrument;

    @Column(nullable = false)
    public int total;

    @Column(name = "taken_at", nullable = false)
    public OffsetDateTime takenAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** Named by the screening, which a clinic can look up in intake. */
    public Assessment toAssessment() {
        return new Assessment(screeningId, takenAt, instrument, total, Assessment.Origin.SCREENING);
    }
}
