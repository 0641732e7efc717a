package org.carepath.intake.plan.domain;

import static org.carepath.platform.domain.Checks.check;

import java.math.BigDecimal;

/**
 * The clinic-configurable limits of the dose and schedule rules. {@link #defaults()} holds DOMAIN.md's values;
 * a clinic's configuration overrides them one by one. The IM dose range has no default: DOMAIN.md gives no IM
 * dose, so IM plans are refused until a clinic sets the range its own protocol uses.
 */
public record PlanPolicy(
        boolean euProfile, // default false (US label); true starts adults 65 and over on 28 mg [S1][S2]
        int olderAdultAgeYears, // default 65: age from which the EU/HK older-adult start applies [S1][S2]
        int esketamineDeviceMg, // default 28: one nasal device; doses are whole devices [S1][S11][S13]
        int esketamineMaxDevicesPerSession, // default 3: 84 mg, the highest labelled dose [S1][S11]
        int esketamineFirstDoseMg, // default 56: day-1 dose under 65, and the start 84 mg must follow [S1][S2][S11]
        int esketamineFirstDoseOlderAdultsEuMg, // default 28: day-1 dose at 65 and over, EU/HK profile [S1][S2]
        int esketamineMdsiDoseMg, // default 84: MDSI dose from day 1 [S1][S3b]
        int esketamineMdsiReducedDoseMg, // default 56: MDSI dose reduced for tolerability [S1][S3b]
        int esketamineMdsiMaxWeeks, // default 4: MDSI course length [S1][S3b]
        boolean esketamineMdsiMaintenanceAllowed, // default false: MDSI not typically continued past 4 weeks [S1][S3b]
        int esketamineInductionWeeks, // default 4: induction is weeks 1-4 [S1][S2][S11]
        int esketamineMaxSessionsPerWeekInInduction, // default 2: twice weekly in weeks 1-4 [S1][S2][S11]
        int esketamineMaxSessionsPerWeekAfterInduction, // default 1: once weekly from week 5 [S1][S2][S11]
        int esketamineMaxMaintenanceIntervalWeeks, // default 2: weekly or every 2 weeks from week 9 [S1][S2][S11]
        BigDecimal ivMinMgPerKg, // default 0.1: lowest observed effective IV dose [S15]
        BigDecimal ivMaxMgPerKg, // default 0.75: highest observed IV dose [S15]
        int ivMinInfusionMinutes, // default 2: shortest reported infusion [S15]
        int ivMaxInfusionMinutes, // default 100: longest reported infusion [S15]
        int ivMaxSessionsPerWeek, // default 3: induction infusions 2-3 times a week [S23a][S23b][S23c][S22]
        BigDecimal oralMinMgPerKg, // default 0.25: lowest reported oral dose by weight [S16]
        BigDecimal oralMaxMgPerKg, // default 7.0: highest reported oral dose by weight [S16]
        BigDecimal oralMinMg, // default 25: lowest reported fixed oral dose [S16]
        BigDecimal oralMaxMg, // default 300: highest reported fixed oral dose [S16]
        BigDecimal imMinMgPerKg, // default none: DOMAIN.md gives no IM dose [S15][S48b]; the clinic must set it
        BigDecimal imMaxMgPerKg, // default none: DOMAIN.md gives no IM dose [S15][S48b]; the clinic must set it
        int imOralMaxSessionsPerWeek) { // default 3, UNVERIFIED: DOMAIN.md says individualize [S15]; IV cap reused

    public PlanPolicy {
        check(olderAdultAgeYears > 0, "olderAdultAgeYears must be more than 0");
        check(esketamineDeviceMg > 0, "esketamineDeviceMg must be more than 0");
        check(esketamineMaxDevicesPerSession > 0, "esketamineMaxDevicesPerSession must be more than 0");
        int maxDoseMg = esketamineDeviceMg * esketamineMaxDevicesPerSession;
        for (int doseMg : new int[] {esketamineFirstDoseMg, esketamineFirstDoseOlderAdultsEuMg, esketamineMdsiDoseMg,
                esketamineMdsiReducedDoseMg}) {
            check(doseMg > 0 && doseMg % esketamineDeviceMg == 0 && doseMg <= maxDoseMg,
                    "esketamine policy doses must be whole devices up to the maximum per session");
        }
        check(esketamineMdsiMaxWeeks > 0, "esketamineMdsiMaxWeeks must be more than 0");
        check(esketamineInductionWeeks > 0, "esketamineInductionWeeks must be more than 0");
        check(esketamineMaxSessionsPerWeekInInduction > 0,
                "esketamineMaxSessionsPerWeekInInduction must be more than 0");
        check(esketamineMaxSessionsPerWeekAfterInduction > 0,
                "esketamineMaxSessionsPerWeekAfterInduction must be more than 0");
        check(esketamineMaxMaintenanceIntervalWeeks > 0, "esketamineMaxMaintenanceIntervalWeeks must be more than 0");
        range(ivMinMgPerKg, ivMaxMgPerKg, "ivMinMgPerKg", "ivMaxMgPerKg");
        check(ivMinInfusionMinutes > 0 && ivMinInfusionMinutes <= ivMaxInfusionMinutes,
                "ivMinInfusionMinutes must be more than 0 and at most ivMaxInfusionMinutes");
        check(ivMaxSessionsPerWeek > 0, "ivMaxSessionsPerWeek must be more than 0");
        range(oralMinMgPerKg, oralMaxMgPerKg, "oralMinMgPerKg", "oralMaxMgPerKg");
        range(oralMinMg, oralMaxMg, "oralMinMg", "oralMaxMg");
        check((imMinMgPerKg == null) == (imMaxMgPerKg == null), "imMinMgPerKg and imMaxMgPerKg are set together");
        if (imMinMgPerKg != null) {
            range(imMinMgPerKg, imMaxMgPerKg, "imMinMgPerKg", "imMaxMgPerKg");
        }
        check(imOralMaxSessionsPerWeek > 0, "imOralMaxSessionsPerWeek must be more than 0");
    }

    public static PlanPolicy defaults() {
        return new PlanPolicy(false, 65, 28, 3, 56, 28, 84, 56, 4, false, 4, 2, 1, 2,
                new BigDecimal("0.1"), new BigDecimal("0.75"), 2, 100, 3,
                new BigDecimal("0.25"), new BigDecimal("7.0"), new BigDecimal("25"), new BigDecimal("300"),
                null, null, 3);
    }

    /** The highest esketamine dose: every device a session allows. */
    public int esketamineMaxDoseMg() {
        return esketamineDeviceMg * esketamineMaxDevicesPerSession;
    }

    public boolean imDoseRangeConfigured() {
        return imMinMgPerKg != null;
    }

    private static void range(BigDecimal min, BigDecimal max, String minName, String maxName) {
        check(min != null && max != null, minName + " and " + maxName + " are required");
        check(min.signum() > 0 && min.compareTo(max) <= 0, minName + " must be more than 0 and at most " + maxName);
    }
}
