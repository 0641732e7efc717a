package org.carepath.intake.plan.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.carepath.intake.eligibility.domain.Route;
import org.carepath.intake.plan.domain.Drug;
import org.carepath.intake.plan.domain.PlanStatus;
import org.carepath.intake.plan.persistence.TreatmentPlanEntity;

/**
 * Treatment-plan events on {@code carepath.intake.events.v1}: the plan's clinical facts that scheduling
 * needs to book and gate its sessions (route, drug, doses, schedules); never the discontinuation reason.
 */
public final class TreatmentPlanEvents {

    private TreatmentPlanEvents() {
    }

    /** The plan as scheduling sees it; {@code at} is when this fact was recorded, for ordering by consumers. */
    public record PlanFacts(UUID planId, UUID patientId, String clinicId, PlanStatus status, Route route, Drug drug,
            @Nullable BigDecimal firstDoseMg, @Nullable BigDecimal firstDoseMgPerKg,
            @Nullable BigDecimal subsequentDoseMg, @Nullable BigDecimal subsequentDoseMgPerKg,
            @Nullable Integer infusionMinutes, int inductionSessionsPerWeek, int inductionWeeks,
            @Nullable Integer maintenanceIntervalWeeks, int integrationSessions, OffsetDateTime at) {

        public static PlanFacts of(TreatmentPlanEntity p, OffsetDateTime at) {
            return new PlanFacts(p.id, p.patientId, p.clinicId, p.status, p.route, p.drug, p.firstDoseMg,
                    p.firstDoseMgPerKg, p.subsequentDoseMg, p.subsequentDoseMgPerKg, p.infusionMinutes,
                    p.inductionSessionsPerWeek, p.inductionWeeks, p.maintenanceIntervalWeeks, p.integrationSessions, at);
        }
    }

    public static final String APPROVED = "org.carepath.intake.TreatmentPlanApproved.v1";
    /** An approved or active plan's dosing or schedule changed, or it became active or completed. */
    public static final String CHANGED = "org.carepath.intake.TreatmentPlanChanged.v1";
    public static final String DISCONTINUED = "org.carepath.intake.TreatmentPlanDiscontinued.v1";
}
