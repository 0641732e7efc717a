package org.carepath.intake.plan.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.noNulls;
import static org.carepath.platform.domain.Checks.required;

import java.util.HashSet;
import java.util.List;

import org.carepath.intake.eligibility.domain.Route;

/**
 * The dose and schedule a prescriber proposes. {@code subsequentDose} is given from session 2 on and may equal
 * {@code firstDose}. {@code infusionMinutes} belongs to IV plans and is null otherwise; {@code maintenance} is null
 * when the plan ends with induction. Reassessment weeks count from week 1 of induction. Whether the values are
 * clinically allowed is {@link PlanRules}' business; this record only refuses what cannot be a plan at all.
 */
public record DosingPlan(
        Route route,
        Drug drug,
        Dose firstDose,
        Dose subsequentDose,
        Integer infusionMinutes,
        InductionSchedule induction,
        MaintenanceSchedule maintenance,
        int integrationSessions,
        List<Integer> reassessmentWeeks) {

    public DosingPlan {
        required(route, "route");
        required(drug, "drug");
        required(firstDose, "firstDose");
        required(subsequentDose, "subsequentDose");
        check(infusionMinutes == null || infusionMinutes > 0, "infusionMinutes must be more than 0");
        required(induction, "induction");
        check(integrationSessions >= 0, "integrationSessions must be 0 or more");
        reassessmentWeeks = List.copyOf(noNulls(required(reassessmentWeeks, "reassessmentWeeks"),
                "reassessmentWeeks"));
        check(reassessmentWeeks.stream().allMatch(week -> week > 0), "reassessmentWeeks must be more than 0");
        check(new HashSet<>(reassessmentWeeks).size() == reassessmentWeeks.size(),
                "reassessmentWeeks must not repeat a week");
    }

    /** The last week of the plan, or null when maintenance goes on until the plan is closed. */
    public Integer lastWeek() {
        return maintenance == null ? induction.weeks() : null;
    }
}
