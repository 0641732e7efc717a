package org.carepath.intake.plan.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.carepath.intake.eligibility.domain.Route;
import org.carepath.intake.plan.domain.Dose;
import org.carepath.intake.plan.domain.DosingPlan;
import org.carepath.intake.plan.domain.Drug;
import org.carepath.intake.plan.domain.InductionSchedule;
import org.carepath.intake.plan.domain.MaintenanceSchedule;
import org.carepath.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TreatmentPlanRequest", description = "A plan's route, drug, doses and schedules. Esketamine doses are"
        + " whole 28 mg devices (28, 56 or 84 mg); IV, IM and oral doses may be mg/kg of the patient's weight.")
public record TreatmentPlanRequest(
        @NotNull UUID patientId,
        @NotNull @Schema(examples = "ESKETAMINE_INTRANASAL") Route route,
        @NotNull @Schema(examples = "ESKETAMINE") Drug drug,
        @NotNull @Valid DoseRequest firstDose,
        @NotNull @Valid DoseRequest subsequentDose,
        @Min(1) @Max(240) @Schema(description = "IV only", examples = "40") Integer infusionMinutes,
        @NotNull @Valid Induction induction,
        @Valid Maintenance maintenance,
        @NotNull @Min(0) @Max(52) @Schema(examples = "3") Integer integrationSessions,
        @NotNull @Size(max = 20) @Schema(description = "Weeks of the plan at which efficacy is reassessed", examples = "[4]")
        List<@NotNull @Min(1) @Max(520) Integer> reassessmentWeeks) {

    @Schema(name = "PlanDose", description = "Exactly one of mg and mgPerKg")
    public record DoseRequest(
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Schema(examples = "56") BigDecimal mg,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("20") @Schema(examples = "0.5") BigDecimal mgPerKg) {
    }

    @Schema(name = "PlanInduction")
    public record Induction(@NotNull @Min(1) @Max(7) @Schema(examples = "2") Integer sessionsPerWeek,
            @NotNull @Min(1) @Max(52) @Schema(examples = "4") Integer weeks) {
    }

    @Schema(name = "PlanMaintenance")
    public record Maintenance(@NotNull @Min(1) @Max(12) @Schema(description = "Weeks between sessions", examples = "1")
    Integer intervalWeeks) {
    }

    DosingPlan toDosing() {
        try {
            return new DosingPlan(route, drug, dose(firstDose), dose(subsequentDose), infusionMinutes,
                    new InductionSchedule(induction.sessionsPerWeek(), induction.weeks()),
                    maintenance == null ? null : new MaintenanceSchedule(maintenance.intervalWeeks()),
                    integrationSessions, reassessmentWeeks);
        } catch (IllegalArgumentException e) {
            // The domain states which rule of a plan's shape was broken, never patient data.
            throw ProblemException.unprocessable("plan-inconsistent", e.getMessage());
        }
    }

    private static Dose dose(DoseRequest dose) {
        return new Dose(dose.mg(), dose.mgPerKg());
    }
}
