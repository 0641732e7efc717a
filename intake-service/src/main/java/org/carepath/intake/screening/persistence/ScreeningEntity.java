package org.carepath.intake.screening.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.intake.eligibility.domain.AntidepressantTrial;
import org.carepath.intake.eligibility.domain.HistoryEntry;
import org.carepath.intake.eligibility.domain.Indication;
import org.carepath.intake.eligibility.domain.Medication;
import org.carepath.intake.eligibility.domain.Route;
import org.carepath.intake.eligibility.domain.SuicideRiskScreen;
import org.carepath.platform.tenancy.ClinicScopedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One evaluation of one patient, kept as recorded. */
@Entity
@Table(name = "screening")
public class ScreeningEntity extends ClinicScopedEntity {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "assessed_on", nullable = false)
    public LocalDate assessedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Indication indication;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "requested_routes", nullable = false)
    public Set<Route> requestedRoutes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<HistoryEntry> history;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Medication> medications;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "antidepressant_trials", nullable = false)
    public List<AntidepressantTrial> antidepressantTrials;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "phq9_answers", nullable = false)
    public List<Integer> phq9Answers;

    @Column(name = "phq9_total", nullable = false)
    public int phq9Total;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "gad7_answers", nullable = false)
    public List<Integer> gad7Answers;

    @Column(name = "gad7_total", nullable = false)
    public int gad7Total;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public SuicideRiskScreen cssrs;

    @Column(name = "baseline_systolic")
    public Integer baselineSystolic;

    @Column(name = "baseline_diastolic")
    public Integer baselineDiastolic;

    @Column(name = "baseline_heart_rate")
    public Integer baselineHeartRate;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    public static Optional<ScreeningEntity> findOfPatient(UUID patientId, UUID id) {
        return find("id = ?1 and patientId = ?2", id, patientId).firstResultOptional();
    }
}
