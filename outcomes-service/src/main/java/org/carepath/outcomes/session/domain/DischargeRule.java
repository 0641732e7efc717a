package org.carepath.outcomes.session.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.noNulls;
import static org.carepath.platform.domain.Checks.required;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whether a dosing session may be closed (rule 2, DOMAIN.md sections 2.2 and 5.3): every requirement still unmet is
 * reported as a stable kebab-case code, so staff see all that is missing at once; an empty list means the patient may
 * be discharged. Facts dated after the discharge instant have not happened yet and do not count.
 *
 * <p>The monitoring clock starts at the first device for esketamine, at the end of the infusion for IV and at
 * administration for IM and oral. Every route needs a clinician's readiness-to-leave assessment made once the minimum
 * has passed. Esketamine needs BP before the dose, at about 40 minutes and within the pre-discharge window after
 * that; the racemic routes need BP and heart rate before the dose and within the pre-discharge window.
 */
public final class DischargeRule {

    public static final String MONITORING_TIME_NOT_ELAPSED = "monitoring-time-not-elapsed";
    public static final String INFUSION_NOT_ENDED = "infusion-not-ended";
    public static final String PRE_DOSE_BP_MISSING = "pre-dose-bp-missing";
    public static final String POST_DOSE_BP_MISSING = "post-dose-bp-missing";
    public static final String PRE_DISCHARGE_BP_MISSING = "pre-discharge-bp-missing";
    public static final String PRE_DOSE_VITALS_MISSING = "pre-dose-vitals-missing";
    public static final String PRE_DISCHARGE_VITALS_MISSING = "pre-discharge-vitals-missing";
    public static final String READINESS_NOT_ASSESSED = "readiness-not-assessed";

    private DischargeRule() {
    }

    /**
     * @param administrationStart the first device (esketamine), the infusion start (IV) or the injection or dose
     * @param infusionEnd IV only, null while the infusion runs; must be null for the other routes
     * @param readinessAssessedAt the clinician's readiness-to-leave assessment, null when not made
     */
    public static List<String> unmet(Route route, Instant administrationStart, Instant infusionEnd, List<Vitals> vitals,
            Instant readinessAssessedAt, Instant dischargeAt, SessionPolicy policy) {
        required(route, "route");
        required(administrationStart, "administrationStart");
        noNulls(required(vitals, "vitals"), "vitals");
        required(dischargeAt, "dischargeAt");
        required(policy, "policy");
        check(!dischargeAt.isBefore(administrationStart), "dischargeAt must not be before administrationStart");
        check(route == Route.IV || infusionEnd == null, "infusionEnd belongs to IV sessions only");
        check(infusionEnd == null || infusionEnd.isAfter(administrationStart),
                "infusionEnd must be after administrationStart");
        List<Vitals> taken = vitals.stream().filter(v -> !v.takenAt().isAfter(dischargeAt)).toList();
        boolean infusionRunning = route == Route.IV && (infusionEnd == null || infusionEnd.isAfter(dischargeAt));
        Instant clockStart = route == Route.IV ? infusionEnd : administrationStart;
        Instant monitoringEnds = infusionRunning ? null
                : clockStart.plus(Duration.ofMinutes(minimumMonitoringMinutes(route, policy)));

        List<String> unmet = new ArrayList<>();
        if (infusionRunning) {
            unmet.add(INFUSION_NOT_ENDED);
        }
        if (monitoringEnds == null || monitoringEnds.isAfter(dischargeAt)) {
            unmet.add(MONITORING_TIME_NOT_ELAPSED);
        }
        if (route == Route.ESKETAMINE_INTRANASAL) {
            esketamineBloodPressures(taken, administrationStart, dischargeAt, policy, unmet);
        } else {
            racemicVitals(taken, administrationStart, infusionRunning ? null : clockStart, dischargeAt, policy, unmet);
        }
        if (monitoringEnds == null || readinessAssessedAt == null || readinessAssessedAt.isBefore(monitoringEnds)
                || readinessAssessedAt.isAfter(dischargeAt)) {
            unmet.add(READINESS_NOT_ASSESSED);
        }
        return List.copyOf(unmet);
    }

    private static int minimumMonitoringMinutes(Route route, SessionPolicy policy) {
        return switch (route) {
            case ESKETAMINE_INTRANASAL -> policy.esketamineMinimumMonitoringMinutes();
            case IV -> policy.ivMinimumMonitoringAfterInfusionMinutes();
            case IM -> policy.imMinimumMonitoringMinutes();
            case ORAL -> policy.oralMinimumMonitoringMinutes();
        };
    }

    private static void esketamineBloodPressures(List<Vitals> taken, Instant firstDevice, Instant dischargeAt,
            SessionPolicy policy, List<String> unmet) {
        if (Readings.preDose(taken, firstDevice, Vitals::hasBloodPressure).isEmpty()) {
            unmet.add(PRE_DOSE_BP_MISSING);
        }
        Optional<Vitals> postDose = Readings.postDoseBp(taken, firstDevice, policy);
        if (postDose.isEmpty()) {
            unmet.add(POST_DOSE_BP_MISSING);
        }
        Instant after = postDose.map(Vitals::takenAt).orElse(firstDevice);
        if (Readings.preDischarge(taken, after, dischargeAt, policy, Vitals::hasBloodPressure).isEmpty()) {
            unmet.add(PRE_DISCHARGE_BP_MISSING);
        }
    }

    /** {@code clockStart} is null while an infusion runs: no reading can yet count as pre-discharge. */
    private static void racemicVitals(List<Vitals> taken, Instant administrationStart, Instant clockStart,
            Instant dischargeAt, SessionPolicy policy, List<String> unmet) {
        Predicate<Vitals> measured = Vitals::hasBloodPressureAndHeartRate;
        if (Readings.preDose(taken, administrationStart, measured).isEmpty()) {
            unmet.add(PRE_DOSE_VITALS_MISSING);
        }
        if (clockStart == null || Readings.preDischarge(taken, clockStart, dischargeAt, policy, measured).isEmpty()) {
            unmet.add(PRE_DISCHARGE_VITALS_MISSING);
        }
    }
}
