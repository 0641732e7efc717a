package org.carepath.scheduling.plan.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.platform.tenancy.ClinicScopedEntity;

/** A treatment plan as intake announced it: what scheduling books sessions against. */
@Entity
@Table(name = "treatment_plan_ref")
public class TreatmentPlanRef extends ClinicScopedEntity {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String route;

    @Column(nullable = false)
    public String drug;

    @Column(name = "first_dose_mg")
    public BigDecimal firstDoseMg;

    @Column(name = "first_dose_mg_per_kg")
    public BigDecimal firstDoseMgPerKg;

    @Column(name = "subsequent_dose_mg")
    public BigDecimal subsequentDoseMg;

    @Column(name = "subsequent_dose_mg_per_kg")
    public BigDecimal subsequentDoseMgPerKg;

    @Column(name = "induction_sessions_per_week", nullable = false)
    public int inductionSessionsPerWeek;

    @Column(name = "induction_weeks", nullable = false)
    public int inductionWeeks;

    @Column(name = "maintenance_interval_weeks")
    public Integer maintenanceIntervalWeeks;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    /** Approved or running: dosing sessions may be booked against it. */
    public boolean inForce() {
        return "APPROVED".equals(status) || "ACTIVE".equals(status);
    }
}
