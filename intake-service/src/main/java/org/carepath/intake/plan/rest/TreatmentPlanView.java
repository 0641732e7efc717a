package org.carepath.intake.plan.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.carepath.intake.eligibility.domain.Route;
import org.carepath.intake.plan.domain.Drug;
import org.carepath.intake.plan.domain.PlanStatus;
import org.carepath.intake.plan.persistence.TreatmentPlanEntity;
import org.carepath.platform.audit.HasId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TreatmentPlan")
public record TreatmentPlanView(UUID id, UUID patientId, PlanStatus status, Route route, Drug drug, Dose firstDose,
        Dose subsequentDose, Integer infusionMinutes, Induction induction, Maintenance maintenance,
        int integrationSessions, List<Integer> reassessmentWeeks, OffsetDateTime createdAt, OffsetDateTime approvedAt,
        String approvedBy, String discontinuedReason, OffsetDateTime statusChangedAt, long version) implements HasId {

    @Schema(name = "PlanDoseView")
    public record Dose(BigDecimal mg, BigDecimal mgPerKg) {
    }

    @Schema(name = "PlanInductionView")
    public record Induction(int sessionsPerWeek, int weeks) {
    }

    @Schema(name = "PlanMaintenanceView")
    public record Maintenance(int intervalWeeks) {
    }

    static TreatmentPlanView of(TreatmentPlanEntity p) {
        return new TreatmentPlanView(p.id, p.patientId, p.status, p.route, p.drug,
                new Dose(p.firstDoseMg, p.firstDoseMgPerKg), new Dose(p.subsequentDoseMg, p.subsequentDoseMgPerKg),
                p.infusionMinutes, new Induction(p.inductionSessionsPerWeek, p.inductionWeeks),
                p.maintenanceIntervalWeeks == null ? null : new Maintenance(p.maintenanceIntervalWeeks),
                p.integrationSessions, p.reassessmentWeeks, p.createdAt, p.approvedAt, p.approvedBy,
                p.discontinuedReason, p.statusChangedAt, p.version);
    }
}
