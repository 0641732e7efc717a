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
 * reported as a stable kebab-case code with what to do about it, so staff see all that is missing at once; an empty
 * list means the patient may be discharged. Facts dated after the discharge instant have not happened yet and do not
 * count.
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

    /** The codes of {@link #assess}. */
    public static List<String> unmet(Route route, Instant administrationStart, Instant infusionEnd, List<Vitals> vitals,
            Instant readinessAssessedAt, Instant dischargeAt, SessionPolicy policy) {
        return assess(route, administrationStart, infusionEnd, vitals, readinessAssessedAt, dischargeAt, policy)
                .stream().map(UnmetRequirement::code).toList();
    }

    /**
     * @param administrationStart the first device (esketamine), the infusion start (IV) or the injection or dose
     * @param infusionEnd IV only, null while the infusion runs; must be null for the other routes
     * @param readinessAssessedAt the clinician's readiness-to-leave assessment, null when not made
     */
    public static List<UnmetRequirement> assess(Route route, Instant administrationStart, Instant infusionEnd,
            List<Vitals> vitals, Instant readinessAssessedAt, Instant dischargeAt, SessionPolicy policy) {
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
        int minimum = minimumMonitoringMinutes(route, policy);
        Instant monitoringEnds = infusionRunning ? null : clockStart.plus(Duration.ofMinutes(minimum));
        String start = clockStartName(route);
        String window = "the " + minimum + "-minute monitoring window after " + start;

        List<UnmetRequirement> unmet = new ArrayList<>();
        if (infusionRunning) {
            unmet.add(new UnmetRequirement(INFUSION_NOT_ENDED, "the infusion has not ended: record its end"));
        }
        if (monitoringEnds == null || monitoringEnds.isAfter(dischargeAt)) {
            unmet.add(new UnmetRequirement(MONITORING_TIME_NOT_ELAPSED, monitoringEnds == null
                    ? window + " starts when the infusion ends"
                    : window + " has " + minutesToRun(dischargeAt, monitoringEnds) + " min to run"));
        }
        if (route == Route.ESKETAMINE_INTRANASAL) {
            esketamineBloodPressures(taken, administrationStart, dischargeAt, policy, unmet);
        } else {
            racemicVitals(taken, administrationStart, infusionRunning ? null : clockStart, dischargeAt, policy, unmet);
        }
        readiness(clockStart, monitoringEnds, readinessAssessedAt, dischargeAt, start, window)
                .ifPresent(detail -> unmet.add(new UnmetRequirement(READINESS_NOT_ASSESSED, detail)));
        return List.copyOf(unmet);
    }

    /** Readiness counts only when assessed once the monitoring window has passed, and not after discharge. */
    private static Optional<String> readiness(Instant clockStart, Instant monitoringEnds, Instant assessedAt,
            Instant dischargeAt, String start, String window) {
        String rule = "readiness to leave counts only when assessed after " + window;
        if (assessedAt == null) {
            return Optional.of(rule + "; none was recorded");
        }
        if (monitoringEnds == null || assessedAt.isBefore(monitoringEnds)) {
            String when = clockStart == null || assessedAt.isBefore(clockStart) ? "before " + start
                    : minutesBetween(clockStart, assessedAt) + " minutes after " + start;
            return Optional.of(rule + "; the one recorded " + when + " does not count: assess again");
        }
        if (assessedAt.isAfter(dischargeAt)) {
            return Optional.of(rule + "; the one recorded is dated after the discharge");
        }
        return Optional.empty();
    }

    private static String clockStartName(Route route) {
        return switch (route) {
            case ESKETAMINE_INTRANASAL -> "the first device";
            case IV -> "the infusion's end";
            case IM, ORAL -> "the dose";
        };
    }

    private static long minutesBetween(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes();
    }

    /** Rounded up, so a window with seconds left never reads "0 min". */
    private static long minutesToRun(Instant now, Instant end) {
        return (Duration.between(now, end).toSeconds() + 59) / 60;
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
            SessionPolicy policy, List<UnmetRequirement> unmet) {
        if (Readings.preDose(taken, firstDevice, Vitals::hasBloodPressure).isEmpty()) {
            unmet.add(new UnmetRequirement(PRE_DOSE_BP_MISSING,
                    "no blood pressure was taken before the first device"));
        }
        Optional<Vitals> postDose = Readings.postDoseBp(taken, firstDevice, policy);
        if (postDose.isEmpty()) {
            unmet.add(new UnmetRequirement(POST_DOSE_BP_MISSING, "no blood pressure was taken "
                    + (policy.postDoseBpMinutes() - policy.postDoseBpToleranceMinutes()) + " to "
                    + (policy.postDoseBpMinutes() + policy.postDoseBpToleranceMinutes())
                    + " minutes after the first device; a reading outside that window does not count"));
        }
        Instant after = postDose.map(Vitals::takenAt).orElse(firstDevice);
        if (Readings.preDischarge(taken, after, dischargeAt, policy, Vitals::hasBloodPressure).isEmpty()) {
            unmet.add(new UnmetRequirement(PRE_DISCHARGE_BP_MISSING, "no blood pressure was taken in the "
                    + policy.preDischargeVitalsWindowMinutes() + " minutes before discharge, after the post-dose one"));
        }
    }

    /** {@code clockStart} is null while an infusion runs: no reading can yet count as pre-discharge. */
    private static void racemicVitals(List<Vitals> taken, Instant administrationStart, Instant clockStart,
            Instant dischargeAt, SessionPolicy policy, List<UnmetRequirement> unmet) {
        Predicate<Vitals> measured = Vitals::hasBloodPressureAndHeartRate;
        if (Readings.preDose(taken, administrationStart, measured).isEmpty()) {
            unmet.add(new UnmetRequirement(PRE_DOSE_VITALS_MISSING,
                    "no blood pressure with heart rate was taken before the dose"));
        }
        if (clockStart == null || Readings.preDischarge(taken, clockStart, dischargeAt, policy, measured).isEmpty()) {
            unmet.add(new UnmetRequirement(PRE_DISCHARGE_VITALS_MISSING, "no blood pressure with heart rate was taken"
                    + " in the " + policy.preDischargeVitalsWindowMinutes() + " minutes before discharge, after the"
                    + " monitoring clock started"));
        }
    }
}
