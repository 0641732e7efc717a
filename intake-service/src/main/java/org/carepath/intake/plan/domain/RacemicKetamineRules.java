package org.carepath.intake.plan.domain;

import static org.carepath.intake.plan.domain.Wording.number;
import static org.carepath.intake.plan.domain.Wording.sessionsPerWeek;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.carepath.intake.eligibility.domain.Route;

/** Off-label racemic ketamine: dose ranges by route, IV infusion length, sessions a week (DOMAIN.md 1.3, 1.4). */
final class RacemicKetamineRules {

    private RacemicKetamineRules() {
    }

    static void check(DosingPlan plan, PatientFacts patient, PlanPolicy policy, List<PlanViolation> found) {
        if ((plan.firstDose().perKg() || plan.subsequentDose().perKg()) && patient.weightKg() == null) {
            found.add(new PlanViolation("weight-required-for-mg-per-kg", "weightKg",
                    "A mg/kg dose needs the patient's body weight to give an amount in mg.", "[S15][S16]"));
        }
        switch (plan.route()) {
            case IV -> iv(plan, policy, found);
            case IM -> im(plan, policy, found);
            case ORAL -> oral(plan, policy, found);
            case ESKETAMINE_INTRANASAL -> throw new IllegalStateException("esketamine has its own rules");
        }
    }

    private static void iv(DosingPlan plan, PlanPolicy policy, List<PlanViolation> found) {
        for (Dosed dosed : Dosed.of(plan)) {
            if (!dosed.dose().perKg()) {
                found.add(new PlanViolation("iv-dose-not-per-kg", dosed.field(),
                        "IV ketamine is dosed in mg/kg of body weight.", "[S15]"));
            } else if (outside(dosed.dose().mgPerKg(), policy.ivMinMgPerKg(), policy.ivMaxMgPerKg())) {
                found.add(new PlanViolation("iv-dose-out-of-range", dosed.field(), "IV ketamine doses lie between "
                        + number(policy.ivMinMgPerKg()) + " and " + number(policy.ivMaxMgPerKg()) + " mg/kg.",
                        "[S15]"));
            }
        }
        Integer minutes = plan.infusionMinutes();
        if (minutes == null) {
            found.add(new PlanViolation("iv-infusion-minutes-required", "infusionMinutes",
                    "An IV plan states how long each infusion runs.", "[S15]"));
        } else if (minutes < policy.ivMinInfusionMinutes() || minutes > policy.ivMaxInfusionMinutes()) {
            found.add(new PlanViolation("iv-infusion-minutes-out-of-range", "infusionMinutes", "IV infusions run "
                    + policy.ivMinInfusionMinutes() + " to " + policy.ivMaxInfusionMinutes() + " minutes.", "[S15]"));
        }
        sessionsPerWeekCap(plan, policy.ivMaxSessionsPerWeek(), "[S23a][S23b][S23c][S22]", found);
    }

    private static void im(DosingPlan plan, PlanPolicy policy, List<PlanViolation> found) {
        if (!policy.imDoseRangeConfigured()) {
            found.add(new PlanViolation("im-dose-range-not-configured", "route", "No IM ketamine dose range is set "
                    + "for this clinic, so IM plans cannot be checked or approved.", "[S15][S48b]"));
        }
        for (Dosed dosed : Dosed.of(plan)) {
            if (!dosed.dose().perKg()) {
                found.add(new PlanViolation("im-dose-not-per-kg", dosed.field(),
                        "IM ketamine is dosed in mg/kg of body weight.", "[S15]"));
            } else if (policy.imDoseRangeConfigured()
                    && outside(dosed.dose().mgPerKg(), policy.imMinMgPerKg(), policy.imMaxMgPerKg())) {
                found.add(new PlanViolation("im-dose-out-of-range", dosed.field(), "IM ketamine doses lie between "
                        + number(policy.imMinMgPerKg()) + " and " + number(policy.imMaxMgPerKg())
                        + " mg/kg under this clinic's protocol.", "[S15]"));
            }
        }
        sessionsPerWeekCap(plan, policy.imOralMaxSessionsPerWeek(), "[S15]", found);
    }

    private static void oral(DosingPlan plan, PlanPolicy policy, List<PlanViolation> found) {
        for (Dosed dosed : Dosed.of(plan)) {
            Dose dose = dosed.dose();
            boolean outside = dose.perKg()
                    ? outside(dose.mgPerKg(), policy.oralMinMgPerKg(), policy.oralMaxMgPerKg())
                    : outside(dose.mg(), policy.oralMinMg(), policy.oralMaxMg());
            if (outside) {
                found.add(new PlanViolation("oral-dose-out-of-range", dosed.field(), "Oral ketamine doses lie "
                        + "between " + number(policy.oralMinMgPerKg()) + " and " + number(policy.oralMaxMgPerKg())
                        + " mg/kg, or " + number(policy.oralMinMg()) + " and " + number(policy.oralMaxMg())
                        + " mg as a fixed dose.", "[S16]"));
            }
        }
        sessionsPerWeekCap(plan, policy.imOralMaxSessionsPerWeek(), "[S15]", found);
    }

    private static void sessionsPerWeekCap(DosingPlan plan, int cap, String source, List<PlanViolation> found) {
        if (plan.induction().sessionsPerWeek() > cap) {
            String route = plan.route() == Route.ORAL ? "Oral" : plan.route().name();
            found.add(new PlanViolation(route.toLowerCase(Locale.ROOT) + "-frequency-above-maximum",
                    "induction.sessionsPerWeek", route + " ketamine is given at most " + sessionsPerWeek(cap) + ".",
                    source));
        }
    }

    private static boolean outside(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value.compareTo(min) < 0 || value.compareTo(max) > 0;
    }

    /** A plan's two doses with the request field each comes from. */
    private record Dosed(Dose dose, String field) {

        static List<Dosed> of(DosingPlan plan) {
            return List.of(new Dosed(plan.firstDose(), "firstDose"),
                    new Dosed(plan.subsequentDose(), "subsequentDose"));
        }
    }
}
