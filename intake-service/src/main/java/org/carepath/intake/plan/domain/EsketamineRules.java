package org.carepath.intake.plan.domain;

import static org.carepath.intake.plan.domain.Wording.sessionsPerWeek;

import java.math.BigDecimal;
import java.util.List;

import org.carepath.intake.eligibility.domain.Indication;

/** Rule 4: esketamine doses in whole devices, the day-1 dose, 84 mg only after 56 mg, MDSI, frequency caps. */
final class EsketamineRules {

    private EsketamineRules() {
    }

    static void check(DosingPlan plan, PatientFacts patient, PlanPolicy policy, List<PlanViolation> found) {
        boolean firstInDevices = wholeDevices(plan.firstDose(), "firstDose", policy, found);
        boolean subsequentInDevices = wholeDevices(plan.subsequentDose(), "subsequentDose", policy, found);
        // The MDSI regimen starts at 84 mg for every adult, so the TRD start rules do not apply to it [S1][S3b].
        if (patient.indication() == Indication.MDSI) {
            mdsi(plan, policy, firstInDevices, subsequentInDevices, found);
        } else {
            if (firstInDevices) {
                firstDose(plan.firstDose(), patient, policy, found);
            }
            if (subsequentInDevices) {
                highestDoseAfterStandardStart(plan, policy, found);
            }
        }
        frequency(plan, policy, found);
    }

    /** True when the dose is a whole number of devices within the per-session maximum. */
    private static boolean wholeDevices(Dose dose, String field, PlanPolicy policy, List<PlanViolation> found) {
        if (dose.perKg()) {
            found.add(new PlanViolation("esketamine-dose-not-fixed", field, "Esketamine is dosed in whole "
                    + policy.esketamineDeviceMg() + " mg nasal devices, not by body weight.", "[S1][S11][S13]"));
            return false;
        }
        if (dose.mg().remainder(BigDecimal.valueOf(policy.esketamineDeviceMg())).signum() != 0) {
            found.add(new PlanViolation("esketamine-dose-not-device-multiple", field, "Esketamine doses are whole "
                    + policy.esketamineDeviceMg() + " mg devices: " + allowedDoses(policy) + ".", "[S1][S11][S13]"));
            return false;
        }
        if (dose.mg().compareTo(BigDecimal.valueOf(policy.esketamineMaxDoseMg())) > 0) {
            found.add(new PlanViolation("esketamine-dose-above-maximum", field, "At most "
                    + policy.esketamineMaxDevicesPerSession() + " devices (" + policy.esketamineMaxDoseMg()
                    + " mg) are given in one esketamine session.", "[S1][S11]"));
            return false;
        }
        return true;
    }

    private static void firstDose(Dose first, PatientFacts patient, PlanPolicy policy, List<PlanViolation> found) {
        boolean olderAdultEu = policy.euProfile() && patient.ageYears() >= policy.olderAdultAgeYears();
        int expectedMg = olderAdultEu ? policy.esketamineFirstDoseOlderAdultsEuMg() : policy.esketamineFirstDoseMg();
        if (!is(first, expectedMg)) {
            String rule = policy.euProfile()
                    ? "The first esketamine dose is " + policy.esketamineFirstDoseMg() + " mg under age "
                            + policy.olderAdultAgeYears() + " and " + policy.esketamineFirstDoseOlderAdultsEuMg()
                            + " mg from age " + policy.olderAdultAgeYears() + "."
                    : "The first esketamine dose is " + policy.esketamineFirstDoseMg() + " mg.";
            found.add(new PlanViolation("esketamine-first-dose", "firstDose", rule, "[S1][S2][S11]"));
        }
    }

    private static void highestDoseAfterStandardStart(DosingPlan plan, PlanPolicy policy,
            List<PlanViolation> found) {
        if (is(plan.subsequentDose(), policy.esketamineMaxDoseMg())
                && !is(plan.firstDose(), policy.esketamineFirstDoseMg())) {
            found.add(new PlanViolation("esketamine-84-without-56-start", "subsequentDose",
                    policy.esketamineMaxDoseMg() + " mg is given only after a " + policy.esketamineFirstDoseMg()
                            + " mg starting dose; doses change in " + policy.esketamineDeviceMg() + " mg steps.",
                    "[S1][S2][S11]"));
        }
    }

    private static void mdsi(DosingPlan plan, PlanPolicy policy, boolean firstInDevices, boolean subsequentInDevices,
            List<PlanViolation> found) {
        if (firstInDevices && !is(plan.firstDose(), policy.esketamineMdsiDoseMg())) {
            found.add(new PlanViolation("esketamine-mdsi-first-dose", "firstDose", "For MDSI esketamine is "
                    + policy.esketamineMdsiDoseMg() + " mg from the first dose.", "[S1][S3b]"));
        }
        if (subsequentInDevices && !is(plan.subsequentDose(), policy.esketamineMdsiDoseMg())
                && !is(plan.subsequentDose(), policy.esketamineMdsiReducedDoseMg())) {
            found.add(new PlanViolation("esketamine-mdsi-subsequent-dose", "subsequentDose", "For MDSI esketamine "
                    + "stays at " + policy.esketamineMdsiDoseMg() + " mg, or " + policy.esketamineMdsiReducedDoseMg()
                    + " mg when reduced for tolerability.", "[S1][S3b]"));
        }
        if (plan.induction().weeks() > policy.esketamineMdsiMaxWeeks()) {
            found.add(new PlanViolation("esketamine-mdsi-duration", "induction.weeks", "The MDSI esketamine course "
                    + "lasts at most " + policy.esketamineMdsiMaxWeeks() + " weeks.", "[S1][S3b]"));
        }
        if (plan.maintenance() != null && !policy.esketamineMdsiMaintenanceAllowed()) {
            found.add(new PlanViolation("esketamine-mdsi-maintenance", "maintenance", "MDSI esketamine is not "
                    + "continued beyond its " + policy.esketamineMdsiMaxWeeks()
                    + "-week course; the oral antidepressant continues.", "[S1][S3b]"));
        }
    }

    private static void frequency(DosingPlan plan, PlanPolicy policy, List<PlanViolation> found) {
        InductionSchedule induction = plan.induction();
        if (induction.sessionsPerWeek() > policy.esketamineMaxSessionsPerWeekInInduction()) {
            found.add(new PlanViolation("esketamine-frequency-weeks-1-4", "induction.sessionsPerWeek",
                    "In weeks 1-" + policy.esketamineInductionWeeks() + " esketamine is given at most "
                            + sessionsPerWeek(policy.esketamineMaxSessionsPerWeekInInduction()) + ".",
                    "[S1][S2][S11]"));
        }
        if (induction.weeks() > policy.esketamineInductionWeeks()
                && induction.sessionsPerWeek() > policy.esketamineMaxSessionsPerWeekAfterInduction()) {
            found.add(new PlanViolation("esketamine-frequency-weeks-5-8", "induction.weeks",
                    "From week " + (policy.esketamineInductionWeeks() + 1) + " esketamine is given at most "
                            + sessionsPerWeek(policy.esketamineMaxSessionsPerWeekAfterInduction())
                            + ", so a more frequent induction lasts at most " + policy.esketamineInductionWeeks()
                            + " weeks.", "[S1][S2][S11]"));
        }
        MaintenanceSchedule maintenance = plan.maintenance();
        if (maintenance != null && maintenance.intervalWeeks() > policy.esketamineMaxMaintenanceIntervalWeeks()) {
            found.add(new PlanViolation("esketamine-frequency-week-9-on", "maintenance.intervalWeeks",
                    "Esketamine maintenance is weekly or at most every "
                            + policy.esketamineMaxMaintenanceIntervalWeeks() + " weeks.", "[S1][S2][S11]"));
        }
    }

    private static boolean is(Dose dose, int mg) {
        return !dose.perKg() && dose.mg().compareTo(BigDecimal.valueOf(mg)) == 0;
    }

    private static String allowedDoses(PlanPolicy policy) {
        StringBuilder doses = new StringBuilder();
        for (int devices = 1; devices <= policy.esketamineMaxDevicesPerSession(); devices++) {
            if (devices > 1) {
                doses.append(devices == policy.esketamineMaxDevicesPerSession() ? " or " : ", ");
            }
            doses.append(devices * policy.esketamineDeviceMg());
        }
        return doses.append(" mg").toString();
    }
}
