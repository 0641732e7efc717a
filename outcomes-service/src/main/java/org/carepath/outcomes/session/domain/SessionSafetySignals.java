package org.carepath.outcomes.session.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.required;

import java.util.Optional;

/**
 * Turns post-dose readings into safety signals, so that a high blood pressure or deep sedation reaches a clinician
 * rather than waiting in the chart. Levels: loss of consciousness is URGENT; BP above the absolute alert limit and
 * meaningful sedation are HIGH; a large rise from the pre-dose reading below that limit is MODERATE.
 */
public final class SessionSafetySignals {

    public static final String POST_DOSE_BP_OVER_LIMIT = "post-dose-bp-over-limit";
    public static final String POST_DOSE_BP_RISE_OVER_LIMIT = "post-dose-bp-rise-over-limit";
    public static final String MOAAS_LOSS_OF_CONSCIOUSNESS = "moaas-loss-of-consciousness";
    public static final String MOAAS_MEANINGFUL_SEDATION = "moaas-meaningful-sedation";

    private SessionSafetySignals() {
    }

    /**
     * The most serious BP signal of a post-dose reading, if any: above the absolute alert limit (HIGH; BP that stays
     * high needs clinicians experienced in BP management [S4b]), else a rise from pre-dose reaching the rise limit
     * (MODERATE [S5b]). Without a pre-dose BP only the absolute limit applies; without a post-dose BP there is none.
     *
     * @param preDose the pre-dose reading, null when none was taken
     */
    public static Optional<SafetySignal> postDoseBloodPressure(Vitals preDose, Vitals postDose,
            SessionPolicy policy) {
        required(postDose, "postDose");
        required(policy, "policy");
        if (!postDose.hasBloodPressure()) {
            return Optional.empty();
        }
        if (postDose.systolic() > policy.postDoseSystolicAlertAbove()
                || postDose.diastolic() > policy.postDoseDiastolicAlertAbove()) {
            return Optional.of(new SafetySignal(SignalLevel.HIGH, POST_DOSE_BP_OVER_LIMIT));
        }
        if (preDose != null && preDose.hasBloodPressure()
                && (postDose.systolic() - preDose.systolic() >= policy.postDoseSystolicRiseAlert()
                        || postDose.diastolic() - preDose.diastolic() >= policy.postDoseDiastolicRiseAlert())) {
            return Optional.of(new SafetySignal(SignalLevel.MODERATE, POST_DOSE_BP_RISE_OVER_LIMIT));
        }
        return Optional.empty();
    }

    /**
     * The sedation signal of a MOAA/S score, if any: 0 is loss of consciousness (URGENT [S4a][S39]); at or below the
     * policy's meaningful-sedation score is HIGH, since sedation is what the REMS monitoring exists for [S6].
     */
    public static Optional<SafetySignal> sedation(int moaas, SessionPolicy policy) {
        check(moaas >= SessionPolicy.MOAAS_MIN && moaas <= SessionPolicy.MOAAS_MAX,
                "MOAA/S must be within " + SessionPolicy.MOAAS_MIN + "-" + SessionPolicy.MOAAS_MAX);
        required(policy, "policy");
        if (moaas == 0) {
            return Optional.of(new SafetySignal(SignalLevel.URGENT, MOAAS_LOSS_OF_CONSCIOUSNESS));
        }
        if (moaas <= policy.meaningfulSedationMoaasAtMost()) {
            return Optional.of(new SafetySignal(SignalLevel.HIGH, MOAAS_MEANINGFUL_SEDATION));
        }
        return Optional.empty();
    }
}
