package org.carepath.intake.plan.domain;

import static org.carepath.platform.domain.Checks.required;

import java.util.ArrayList;
import java.util.List;

import org.carepath.intake.eligibility.domain.Route;

/**
 * Checks a proposed dosing plan against the dose and schedule rules of its drug and route (DOMAIN.md sections
 * 1.2-1.4 and rule 4). Every broken rule is reported, so a prescriber can fix a plan in one pass; an empty list
 * means the plan may be approved.
 */
public final class PlanRules {

    private PlanRules() {
    }

    public static List<PlanViolation> check(DosingPlan plan, PatientFacts patient, PlanPolicy policy) {
        required(plan, "plan");
        required(patient, "patient");
        required(policy, "policy");
        List<PlanViolation> found = new ArrayList<>();
        if (!plan.drug().givenBy(plan.route())) {
            // The other rules are written per drug and route; on a mismatch they would only add confusion.
            found.add(new PlanViolation("drug-route-mismatch", "drug", "Esketamine is given only as the intranasal "
                    + "device; racemic ketamine only by IV, IM or oral route.", "[S1][S13][S15][S16]"));
            return List.copyOf(found);
        }
        if (plan.route() != Route.IV && plan.infusionMinutes() != null) {
            found.add(new PlanViolation("infusion-minutes-not-iv", "infusionMinutes",
                    "An infusion duration belongs to IV plans only.", "[S15]"));
        }
        if (plan.drug() == Drug.ESKETAMINE) {
            EsketamineRules.check(plan, patient, policy, found);
        } else {
            RacemicKetamineRules.check(plan, patient, policy, found);
        }
        reassessments(plan, found);
        return List.copyOf(found);
    }

    private static void reassessments(DosingPlan plan, List<PlanViolation> found) {
        int endOfInduction = plan.induction().weeks();
        if (!plan.reassessmentWeeks().contains(endOfInduction)) {
            found.add(new PlanViolation("end-of-induction-reassessment-missing", "reassessmentWeeks",
                    "Efficacy is reassessed in the last week of induction to decide whether to continue.",
                    plan.drug() == Drug.ESKETAMINE ? "[S1][S11]" : "[S23a][S23b][S23c]"));
        }
        Integer lastWeek = plan.lastWeek();
        for (int i = 0; i < plan.reassessmentWeeks().size(); i++) {
            if (lastWeek != null && plan.reassessmentWeeks().get(i) > lastWeek) {
                found.add(new PlanViolation("reassessment-week-outside-plan", "reassessmentWeeks[" + i + "]",
                        "Reassessments fall within the plan; without maintenance the plan ends with induction.",
                        "[S11][S48]"));
            }
        }
    }
}
