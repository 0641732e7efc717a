package org.carepath.outcomes.session.domain;

import static org.carepath.platform.domain.Checks.check;

/**
 * The clinic-configurable limits of the dosing-session rules. {@link #defaults()} holds DOMAIN.md's values; a
 * clinic's configuration overrides them one by one. Values DOMAIN.md does not give are marked UNVERIFIED and carry
 * the source the default is reasoned from. Blood-pressure limits are in mmHg, "above" limits are strict (the
 * limit itself passes), rise limits are reached at the value.
 */
public record SessionPolicy(
        boolean euProfile, // default false (US label guide); true applies the EU SmPC's age split [S3][S4b]
        int olderAdultAgeYears, // default 65: age from which the EU pre-dose BP guide is > 150/90 [S3]
        int esketamineMinimumMonitoringMinutes, // default 120, never less: REMS monitoring after dosing [S4][S5][S9]
        int postDoseBpMinutes, // default 40: BP measured about 40 min after the dose [S1][S4][S8]
        int postDoseBpToleranceMinutes, // default 15, UNVERIFIED: "about" 40 min either side [S1][S4][S11]
        int preDischargeVitalsWindowMinutes, // default 30, UNVERIFIED: vitals "prior to session completion" [S8]
        int holdSystolicAbove, // default 140: pre-dose BP > 140/90 holds esketamine [S4b][S3]
        int holdDiastolicAbove, // default 90: pre-dose BP > 140/90 (> 150/90 older adults, EU) [S4b][S3]
        int olderAdultHoldSystolicAbove, // default 150: EU profile hold from olderAdultAgeYears [S3]
        int doNotStartSystolicAbove, // default 180: IV/IM/oral do-not-start, ED protocol [S26]
        int doNotStartHeartRateAbove, // default 150: IV/IM/oral do-not-start, ED protocol [S26]
        int postDoseSystolicRiseAlert, // default 40: systolic rise from pre-dose worth an alert [S5b][S3]
        int postDoseDiastolicRiseAlert, // default 25: diastolic rise from pre-dose worth an alert [S5b][S3]
        int postDoseSystolicAlertAbove, // default 180, UNVERIFIED: no absolute value in DOMAIN.md; high BP [S4b]
        int postDoseDiastolicAlertAbove, // default 110, UNVERIFIED: no absolute value in DOMAIN.md; high BP [S4b]
        int ivMinimumMonitoringAfterInfusionMinutes, // default 60, UNVERIFIED: BP at baseline by ~1.5 h [S19][S20]
        int imMinimumMonitoringMinutes, // default 60, UNVERIFIED: IM effect lasts ~60 min [S48b]
        int oralMinimumMonitoringMinutes, // default 120, UNVERIFIED: oral/SL effect fades over 1-2 h [S48b][S48c]
        int meaningfulSedationMoaasAtMost, // default 3, UNVERIFIED: trial convention; 0 is loss of consciousness [S4a]
        int fastingFoodMinutes, // default 120: no food in the 2 h before esketamine [S12][S25d]
        int fastingFluidsMinutes, // default 30: no liquids in the 30 min before esketamine [S12][S25d]
        int nasalMedicationMinutesBeforeDose, // default 60: nasal steroid/decongestant >= 1 h before [S12][S25d]
        int monitoringFormDueDays, // default 7: REMS form submitted within 7 calendar days [S8][S9]
        int monitoringFormAlertDay) { // default 5: overdue alert from day 5 after the session (rule 3) [S8][S9]

    /** REMS: at least 2 hours of monitoring after esketamine; no clinic may configure less [S4][S5][S6][S9]. */
    public static final int REMS_MINIMUM_MONITORING_MINUTES = 120;

    /** MOAA/S runs from 0 (no response to a painful squeeze) to 5 (responds readily to name) [S39]. */
    public static final int MOAAS_MIN = 0;
    public static final int MOAAS_MAX = 5;

    public SessionPolicy {
        check(olderAdultAgeYears > 0, "olderAdultAgeYears must be more than 0");
        check(esketamineMinimumMonitoringMinutes >= REMS_MINIMUM_MONITORING_MINUTES,
                "esketamineMinimumMonitoringMinutes must be at least the REMS 120 minutes");
        check(postDoseBpMinutes > 0, "postDoseBpMinutes must be more than 0");
        check(postDoseBpToleranceMinutes >= 0 && postDoseBpToleranceMinutes < postDoseBpMinutes,
                "postDoseBpToleranceMinutes must be 0 or more and less than postDoseBpMinutes");
        check(postDoseBpMinutes + postDoseBpToleranceMinutes <= esketamineMinimumMonitoringMinutes,
                "the post-dose BP window must close by the esketamine monitoring minimum");
        check(preDischargeVitalsWindowMinutes > 0, "preDischargeVitalsWindowMinutes must be more than 0");
        check(holdDiastolicAbove > 0 && holdSystolicAbove > holdDiastolicAbove,
                "holdSystolicAbove must be more than holdDiastolicAbove, which must be more than 0");
        check(olderAdultHoldSystolicAbove >= holdSystolicAbove,
                "olderAdultHoldSystolicAbove must be at least holdSystolicAbove");
        check(doNotStartSystolicAbove > 0, "doNotStartSystolicAbove must be more than 0");
        check(doNotStartHeartRateAbove > 0, "doNotStartHeartRateAbove must be more than 0");
        check(postDoseSystolicRiseAlert > 0, "postDoseSystolicRiseAlert must be more than 0");
        check(postDoseDiastolicRiseAlert > 0, "postDoseDiastolicRiseAlert must be more than 0");
        check(postDoseDiastolicAlertAbove > 0 && postDoseSystolicAlertAbove > postDoseDiastolicAlertAbove,
                "postDoseSystolicAlertAbove must be more than postDoseDiastolicAlertAbove, which must be more than 0");
        check(ivMinimumMonitoringAfterInfusionMinutes > 0,
                "ivMinimumMonitoringAfterInfusionMinutes must be more than 0");
        check(imMinimumMonitoringMinutes > 0, "imMinimumMonitoringMinutes must be more than 0");
        check(oralMinimumMonitoringMinutes > 0, "oralMinimumMonitoringMinutes must be more than 0");
        check(meaningfulSedationMoaasAtMost > 0 && meaningfulSedationMoaasAtMost < MOAAS_MAX,
                "meaningfulSedationMoaasAtMost must be within 1-4");
        check(fastingFoodMinutes > 0, "fastingFoodMinutes must be more than 0");
        check(fastingFluidsMinutes > 0, "fastingFluidsMinutes must be more than 0");
        check(nasalMedicationMinutesBeforeDose > 0, "nasalMedicationMinutesBeforeDose must be more than 0");
        check(monitoringFormDueDays > 0, "monitoringFormDueDays must be more than 0");
        check(monitoringFormAlertDay > 0 && monitoringFormAlertDay <= monitoringFormDueDays,
                "monitoringFormAlertDay must be more than 0 and at most monitoringFormDueDays");
    }

    public static SessionPolicy defaults() {
        return new SessionPolicy(false, 65, REMS_MINIMUM_MONITORING_MINUTES, 40, 15, 30, 140, 90, 150, 180, 150,
                40, 25, 180, 110, 60, 60, 120, 3, 120, 30, 60, 7, 5);
    }
}
