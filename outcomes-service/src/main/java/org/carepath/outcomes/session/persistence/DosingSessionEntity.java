package org.carepath.outcomes.session.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.carepath.outcomes.session.domain.ConcomitantMedications;
import org.carepath.outcomes.session.domain.PreDoseChecklist;
import org.carepath.outcomes.session.domain.Route;
import org.carepath.platform.tenancy.ClinicScopedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One monitored dosing session, from check-in to discharge. */
@Entity
@Table(name = "dosing_session")
public class DosingSessionEntity extends ClinicScopedEntity {

    public enum Status { OPEN, DISCHARGED }

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "appointment_id", nullable = false)
    public UUID appointmentId;

    @Column(name = "plan_id")
    public UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Route route;

    @Column(name = "planned_dose_mg")
    public BigDecimal plannedDoseMg;

    @Column(name = "planned_dose_mg_per_kg")
    public BigDecimal plannedDoseMgPerKg;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pre_dose_checklist")
    public PreDoseChecklist preDoseChecklist;

    @Column(name = "bp_override_by")
    public String bpOverrideBy;

    @Column(name = "bp_override_reason")
    public String bpOverrideReason;

    @Column(name = "administered_at")
    public OffsetDateTime administeredAt;

    @Column(name = "administered_by")
    public String administeredBy;

    @Column(name = "dose_mg")
    public BigDecimal doseMg;

    @Column(name = "dose_mg_per_kg")
    public BigDecimal doseMgPerKg;

    public Integer devices;

    @Column(name = "lot_number")
    public String lotNumber;

    /** Esketamine: the REMS form's concomitant medication questions, answered when the dose is recorded [S8][S9]. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "concomitant_medications")
    public ConcomitantMedications concomitantMedications;

    @Column(name = "infusion_ended_at")
    public OffsetDateTime infusionEndedAt;

    @Column(name = "readiness_assessed_at")
    public OffsetDateTime readinessAssessedAt;

    @Column(name = "readiness_assessed_by")
    public String readinessAssessedBy;

    /** REMS evaluation question: minutes until the patient would have been ready without the 2-hour rule [S8]. */
    @Column(name = "ready_without_rule_minutes")
    public Integer readyWithoutRuleMinutes;

    @Column(name = "discharged_at")
    public OffsetDateTime dischargedAt;

    @Column(name = "discharged_by")
    public String dischargedBy;

    @Version
    public long version;

    public boolean administered() {
        return administeredAt != null;
    }
}
