package org.carepath.outcomes.assessment.domain;

import static org.carepath.platform.domain.Checks.check;

/**
 * The clinic-configurable thresholds of scoring and outcome rules. {@link #defaults()} holds DOMAIN.md's values;
 * a clinic's configuration overrides them one by one. Band edges are part of each scale's definition and are not
 * here, except the MADRS severe cut, for which DOMAIN.md gives two published values.
 */
public record OutcomePolicy(
        int responseReductionPercent, // default 50: response is a drop of at least 50% from baseline [S32][S33]
        int phq9RemissionBelow, // default 5: PHQ-9 remission is a total under 5 [S32]
        int madrsRemissionAtOrBelow, // default 12 (esketamine program); 10 in some trials [S32][S33][S34]
        int phq9Mcid, // default 5: minimal clinically important PHQ-9 change, 2 x SEM [S29]
        int worseningRisePercent, // default 50, UNVERIFIED: DOMAIN.md has no worsening rule without an MCID
        int madrsRelapseAtOrAbove, // default 22: relapse level on 2 consecutive assessments [S34]
        int relapseMinDaysApart, // default 5: the 2 relapse assessments are 5-15 days apart [S34]
        int relapseMaxDaysApart, // default 15: the 2 relapse assessments are 5-15 days apart [S34]
        int phq9ReferralAtOrAbove, // default 10: sensitivity and specificity 88% for major depression [S28c]
        int gad7ReferralAtOrAbove, // default 10: referral / further evaluation cut-point [S30]
        int phq9SuicideItemAtOrAbove, // fixed at 1: item 9 > 0 needs immediate follow-up [S28] (rule 9)
        int madrsSevereAtOrAbove, // default 35 (Mueller 2000); 31 is the alternative (Mueller 2003) [S31][S31b]
        int pcl5ProbablePtsdCutoff, // default 33: probable PTSD at 31-33, 33 most used [S36][S36b]
        int pcl5ItemEndorsedAtOrAbove, // default 2: an item at 2 or more counts towards the cluster rule [S36]
        int moaasMeaningfulSedationAtOrBelow, // default 3, UNVERIFIED trial convention [S4a][S5b]
        boolean proratingEnabled, // default false: incomplete forms are flagged, prorated only if enabled (rule 8)
        int phq9MaxProratedItems, // default 1, UNVERIFIED: DOMAIN.md gives no prorating limit
        int gad7MaxProratedItems, // default 1, UNVERIFIED: DOMAIN.md gives no prorating limit
        int pcl5MaxProratedItems) { // default 1, UNVERIFIED: DOMAIN.md gives no prorating limit

    public OutcomePolicy {
        check(responseReductionPercent >= 1 && responseReductionPercent <= 100,
                "responseReductionPercent must be 1 to 100");
        check(phq9RemissionBelow >= 1 && phq9RemissionBelow <= 27, "phq9RemissionBelow must be 1 to 27");
        check(madrsRemissionAtOrBelow >= 0 && madrsRemissionAtOrBelow < madrsRelapseAtOrAbove,
                "madrsRemissionAtOrBelow must be at least 0 and below madrsRelapseAtOrAbove");
        check(madrsRelapseAtOrAbove <= 60, "madrsRelapseAtOrAbove must be at most 60");
        check(phq9Mcid >= 1 && phq9Mcid <= 27, "phq9Mcid must be 1 to 27");
        check(worseningRisePercent >= 1, "worseningRisePercent must be at least 1");
        check(relapseMinDaysApart >= 1 && relapseMinDaysApart <= relapseMaxDaysApart,
                "relapseMinDaysApart must be at least 1 and at most relapseMaxDaysApart");
        check(phq9ReferralAtOrAbove >= 1 && phq9ReferralAtOrAbove <= 27, "phq9ReferralAtOrAbove must be 1 to 27");
        check(gad7ReferralAtOrAbove >= 1 && gad7ReferralAtOrAbove <= 21, "gad7ReferralAtOrAbove must be 1 to 21");
        // Rule 9: any positive item 9 answer must reach a clinician; no clinic may raise the bar.
        check(phq9SuicideItemAtOrAbove == 1, "phq9SuicideItemAtOrAbove must be 1 (rule 9 cannot be relaxed)");
        check(madrsSevereAtOrAbove >= 21 && madrsSevereAtOrAbove <= 60,
                "madrsSevereAtOrAbove must be 21 to 60, above the start of the moderate band");
        check(pcl5ProbablePtsdCutoff >= 1 && pcl5ProbablePtsdCutoff <= 80, "pcl5ProbablePtsdCutoff must be 1 to 80");
        check(pcl5ItemEndorsedAtOrAbove >= 1 && pcl5ItemEndorsedAtOrAbove <= 4,
                "pcl5ItemEndorsedAtOrAbove must be 1 to 4");
        check(moaasMeaningfulSedationAtOrBelow >= 0 && moaasMeaningfulSedationAtOrBelow <= 4,
                "moaasMeaningfulSedationAtOrBelow must be 0 to 4");
        proratingLimit(phq9MaxProratedItems, Instrument.PHQ_9, "phq9MaxProratedItems");
        proratingLimit(gad7MaxProratedItems, Instrument.GAD_7, "gad7MaxProratedItems");
        proratingLimit(pcl5MaxProratedItems, Instrument.PCL_5, "pcl5MaxProratedItems");
    }

    public static OutcomePolicy defaults() {
        return new OutcomePolicy(50, 5, 12, 5, 50, 22, 5, 15, 10, 10, 1, 35, 33, 2, 3, false, 1, 1, 1);
    }

    /** How many unanswered items a form of this instrument may have and still be scored; 0 when it may have none. */
    public int maxProratedItems(Instrument instrument) {
        if (!proratingEnabled) {
            return 0;
        }
        return switch (instrument) {
            case PHQ_9 -> phq9MaxProratedItems;
            case GAD_7 -> gad7MaxProratedItems;
            case PCL_5 -> pcl5MaxProratedItems;
            default -> 0;
        };
    }

    private static void proratingLimit(int maxItems, Instrument instrument, String name) {
        check(maxItems >= 0 && maxItems < instrument.itemCount(),
                name + " must be at least 0 and below the item count");
    }
}
