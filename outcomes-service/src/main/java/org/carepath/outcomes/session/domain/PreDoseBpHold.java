package org.carepath.outcomes.session.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.noNulls;
import static org.carepath.platform.domain.Checks.required;

import java.util.ArrayList;
import java.util.List;

/**
 * The pre-dose blood-pressure hold (rule 5), so that no dose starts above the route's limit without a prescriber's
 * documented decision. Esketamine is held above 140/90, or in the EU profile above 150/90 from age 65 [S4b][S3];
 * the racemic routes have no label guide and use the clinic's do-not-start limits on systolic BP and heart rate
 * [S26]. Every limit is strict: a reading at the limit passes. {@code reasons} are kebab-case codes.
 */
public record PreDoseBpHold(BpHoldOutcome outcome, List<String> reasons) {

    public static final String PRE_DOSE_BP_MISSING = "pre-dose-bp-missing";
    public static final String PRE_DOSE_HEART_RATE_MISSING = "pre-dose-heart-rate-missing";
    public static final String PRE_DOSE_BP_ABOVE_HOLD = "pre-dose-bp-above-hold";
    public static final String PRE_DOSE_SYSTOLIC_ABOVE_DO_NOT_START = "pre-dose-systolic-above-do-not-start";
    public static final String PRE_DOSE_HEART_RATE_ABOVE_DO_NOT_START = "pre-dose-heart-rate-above-do-not-start";

    public PreDoseBpHold {
        required(outcome, "outcome");
        reasons = List.copyOf(noNulls(required(reasons, "reasons"), "reasons"));
        check(reasons.isEmpty() == (outcome == BpHoldOutcome.CLEAR), "a hold has reasons and a clear outcome none");
    }

    /**
     * @param latestPreDose the last vitals taken before the dose, null when none were taken
     */
    public static PreDoseBpHold assess(Route route, int ageYears, Vitals latestPreDose, SessionPolicy policy) {
        required(route, "route");
        check(ageYears >= 0, "ageYears must be 0 or more");
        required(policy, "policy");
        List<String> missing = new ArrayList<>();
        if (latestPreDose == null || !latestPreDose.hasBloodPressure()) {
            missing.add(PRE_DOSE_BP_MISSING);
        }
        if (route != Route.ESKETAMINE_INTRANASAL && (latestPreDose == null || latestPreDose.heartRate() == null)) {
            missing.add(PRE_DOSE_HEART_RATE_MISSING);
        }
        if (!missing.isEmpty()) {
            return new PreDoseBpHold(BpHoldOutcome.VITALS_MISSING, missing);
        }
        return route == Route.ESKETAMINE_INTRANASAL ? esketamine(ageYears, latestPreDose, policy)
                : racemic(latestPreDose, policy);
    }

    private static PreDoseBpHold esketamine(int ageYears, Vitals preDose, SessionPolicy policy) {
        int systolicAbove = policy.euProfile() && ageYears >= policy.olderAdultAgeYears()
                ? policy.olderAdultHoldSystolicAbove() : policy.holdSystolicAbove();
        if (preDose.systolic() > systolicAbove || preDose.diastolic() > policy.holdDiastolicAbove()) {
            return new PreDoseBpHold(BpHoldOutcome.OVERRIDE_REQUIRED, List.of(PRE_DOSE_BP_ABOVE_HOLD));
        }
        return new PreDoseBpHold(BpHoldOutcome.CLEAR, List.of());
    }

    private static PreDoseBpHold racemic(Vitals preDose, SessionPolicy policy) {
        List<String> above = new ArrayList<>();
        if (preDose.systolic() > policy.doNotStartSystolicAbove()) {
            above.add(PRE_DOSE_SYSTOLIC_ABOVE_DO_NOT_START);
        }
        if (preDose.heartRate() > policy.doNotStartHeartRateAbove()) {
            above.add(PRE_DOSE_HEART_RATE_ABOVE_DO_NOT_START);
        }
        return new PreDoseBpHold(above.isEmpty() ? BpHoldOutcome.CLEAR : BpHoldOutcome.DO_NOT_START, above);
    }

    /** Whether a prescriber override with a reason is needed before administration. */
    public boolean overrideRequired() {
        return outcome == BpHoldOutcome.OVERRIDE_REQUIRED || outcome == BpHoldOutcome.DO_NOT_START;
    }

    /** Whether the IV/IM/oral do-not-start limit is exceeded. */
    public boolean doNotStartExceeded() {
        return outcome == BpHoldOutcome.DO_NOT_START;
    }

    /** Whether the dose may start, given the override on record ({@code null} when there is none). */
    public boolean mayAdminister(PrescriberOverride override) {
        return switch (outcome) {
            case CLEAR -> true;
            case OVERRIDE_REQUIRED, DO_NOT_START -> override != null;
            case VITALS_MISSING -> false;
        };
    }
}
