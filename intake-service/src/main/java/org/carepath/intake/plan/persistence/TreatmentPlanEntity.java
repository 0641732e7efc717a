package org.carepath.intake.plan.persistence;

import java.math.BigDecimal;
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

import org.carepath.intake.eligibility.domain.Route;
import org.carepath.intake.plan.domain.Dose;
import org.carepath.intake.plan.domain.DosingPlan;
import org.carepath.intake.plan.domain.Drug;
import org.carepath.intake.plan.domain.InductionSchedule;
import org.carepath.intake.plan.domain.MaintenanceSchedule;
import org.carepath.intake.plan.domain.PlanStatus;
import org.carepath.platform.tenancy.ClinicScopedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "treatment_plan")
public class TreatmentPlanEntity extends ClinicScopedEntity {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Route route;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Drug drug;

    @Column(name = "first_dose_mg")
    public BigDecimal firstDoseMg;

    @Column(name = "first_dose_mg_per_kg")
    public BigDecimal firstDoseMgPerKg;

    @Column(name = "subsequent_dose_mg")
    public BigDecimal subsequentDoseMg;

    @Column(name = "subsequent_dose_mg_per_kg")
    public BigDecimal subsequentDoseMgPerKg;

    @Column(name = "infusion_minutes")
    public Integer infusionMinutes;

    @Column(name = "induction_sessions_per_week", nullable = false)
    public int inductionSessionsPerWeek;

    @Column(name = "induction_weeks", nullable = false)
    public int inductionWeeks;

    @Column(name = "maintenance_interval_weeks")
    public Integer maintenanceIntervalWeeks;

    @Column(name = "integration_sessions", nullable = false)
    public int integrationSessions;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "reassessment_weeks", nullable = false)
    public List<Integer> reassessmentWeeks;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "discontinued_reason")
    public String discontinuedReason;

    @Column(name = "status_changed_at", nullable = false)
    public OffsetDateTime statusChangedAt;

    @Version
    public long version;

    public DosingPlan dosing() {
        return new DosingPlan(route, drug, new Dose(firstDoseMg, firstDoseMgPerKg),
                new Dose(subsequentDoseMg, subsequentDoseMgPerKg), infusionMinutes,
                new InductionSchedule(inductionSessionsPerWeek, inductionWeeks),
                maintenanceIntervalWeeks == null ? null : new MaintenanceSchedule(maintenanceIntervalWeeks),
                integrationSessions, reassessmentWeeks);
    }

    public void setDosing(DosingPlan plan) {
        route = plan.route();
        drug = plan.drug();
        firstDoseMg = plan.firstDose().mg();
        firstDoseMgPerKg = plan.firstDose().mgPerKg();
        subsequentDoseMg = plan.subsequentDose().mg();
        subsequentDoseMgPerKg = plan.subsequentDose().mgPerKg();
        infusionMinutes = plan.infusionMinutes();
        inductionSessionsPerWeek = plan.induction().sessionsPerWeek();
        inductionWeeks = plan.induction().weeks();
        maintenanceIntervalWeeks = plan.maintenance() == null ? null : plan.maintenance().intervalWeeks();
        integrationSessions = plan.integrationSessions();
        reassessmentWeeks = plan.reassessmentWeeks();
    }

    public static Optional<TreatmentPlanEntity> findInClinic(UUID id) {
        return find("id", id).firstResultOptional();
    }
}
