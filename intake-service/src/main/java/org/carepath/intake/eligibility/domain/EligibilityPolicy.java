package org.carepath.intake.eligibility.domain;

import static org.carepath.platform.domain.Checks.check;

/**
 * The clinic-configurable thresholds of the eligibility rules. {@link #defaults()} holds DOMAIN.md's values;
 * a clinic's configuration overrides them one by one.
 */
public record EligibilityPolicy(
        int minimumAgeYears, // default 18: esketamine not approved under 18 [S5]; clinics exclude under 18 [S25b]
        int trdMinimumFailedTrials, // default 2 adequate failed trials in the current episode [S27][S14]
        int trdMinimumTrialWeeks, // default 4: adequate trial length is 4-6 weeks, the lower bound [S27]
        double trdNonResponseImprovementPercent, // default 50: improvement below this is non-response [S27]
        boolean euProfile, // default false (US label); true adds the EU CV-event contraindication and 65+ BP guide [S3]
        int euCardiovascularEventWeeks, // default 6: EU esketamine contraindication window after MI/stroke [S3]
        int practiceCardiovascularEventMonths, // default 6: clinic exclusion after MI or stroke [S25a]
        double benzodiazepineDiazepamEquivalentMgPerDay, // default 8: flag doses above 8 mg/day [S17][S18]
        int substanceUseAbstinenceMonths, // default 12: active addiction unless at least 1 year abstinent [S25c2]
        int parenteralDoNotStartSystolic, // default 180: ED protocol, do not start above SBP 180 [S26]
        int parenteralDoNotStartHeartRate, // default 150: ED protocol, do not start above HR 150 [S26]
        int esketamineSystolicGuide, // default 140: US label guide > 140/90 weighs delaying therapy [S4b]
        int esketamineDiastolicGuide, // default 90: US and EU label guide [S4b][S3]
        int esketamineSystolicGuideOlderAdultsEu, // default 150: EU guide > 150/90 at 65 and over [S3]
        int olderAdultAgeYears, // default 65: age from which the EU older-adult guide applies [S3]
        int suicidalityWarningMaxAgeYears, // default 24: antidepressant boxed warning covers ages 24 and under [S4][S5]
        int nasalSprayLeadMinutes) { // default 60: nasal steroid/decongestant at least 1 h before esketamine [S12]

    public EligibilityPolicy {
        check(minimumAgeYears > 0, "minimumAgeYears must be more than 0");
        check(trdMinimumFailedTrials > 0, "trdMinimumFailedTrials must be more than 0");
        check(trdMinimumTrialWeeks > 0, "trdMinimumTrialWeeks must be more than 0");
        check(trdNonResponseImprovementPercent > 0 && trdNonResponseImprovementPercent <= 100,
                "trdNonResponseImprovementPercent must be above 0 and at most 100");
        check(euCardiovascularEventWeeks > 0, "euCardiovascularEventWeeks must be more than 0");
        check(practiceCardiovascularEventMonths > 0, "practiceCardiovascularEventMonths must be more than 0");
        check(Double.isFinite(benzodiazepineDiazepamEquivalentMgPerDay)
                && benzodiazepineDiazepamEquivalentMgPerDay >= 0,
                "benzodiazepineDiazepamEquivalentMgPerDay must be 0 or more");
        check(substanceUseAbstinenceMonths > 0, "substanceUseAbstinenceMonths must be more than 0");
        check(parenteralDoNotStartSystolic > 0, "parenteralDoNotStartSystolic must be more than 0");
        check(parenteralDoNotStartHeartRate > 0, "parenteralDoNotStartHeartRate must be more than 0");
        check(esketamineSystolicGuide > esketamineDiastolicGuide && esketamineDiastolicGuide > 0,
                "esketamine blood-pressure guide must have systolic above diastolic above 0");
        check(esketamineSystolicGuideOlderAdultsEu > esketamineDiastolicGuide,
                "esketamineSystolicGuideOlderAdultsEu must be above esketamineDiastolicGuide");
        check(olderAdultAgeYears > 0, "olderAdultAgeYears must be more than 0");
        check(suicidalityWarningMaxAgeYears > 0, "suicidalityWarningMaxAgeYears must be more than 0");
        check(nasalSprayLeadMinutes >= 0, "nasalSprayLeadMinutes must be 0 or more");
    }

    public static EligibilityPolicy defaults() {
        return new EligibilityPolicy(18, 2, 4, 50, false, 6, 6, 8, 12, 180, 150, 140, 90, 150, 65, 24, 60);
    }
}
