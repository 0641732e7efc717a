package org.carepath.intake.eligibility.domain;

import static org.carepath.platform.domain.Checks.check;

import java.util.stream.Stream;

/**
 * PHQ-9 item 9 (0-3) and the six C-SSRS screener answers; any answer is null when it was not asked.
 * Q1-Q5 cover the past month; Q6 asks about suicidal behavior ever, then within the past 3 months.
 * A "yes" always counts, even where the screener's skip logic would not have asked the question,
 * so an inconsistent record can never hide risk.
 */
public record SuicideRiskScreen(
        Integer phq9Item9,
        Boolean cssrsWishedDead,
        Boolean cssrsSuicidalThoughts,
        Boolean cssrsMethod,
        Boolean cssrsIntent,
        Boolean cssrsPlan,
        Boolean cssrsBehaviorEver,
        Boolean cssrsBehaviorPast3Months) {

    public SuicideRiskScreen {
        check(phq9Item9 == null || (phq9Item9 >= 0 && phq9Item9 <= 3), "phq9Item9 must be within 0-3");
    }

    public static SuicideRiskScreen notDone() {
        return new SuicideRiskScreen(null, null, null, null, null, null, null, null);
    }

    public SuicideRiskLevel riskLevel() {
        if (Stream.of(phq9Item9, cssrsWishedDead, cssrsSuicidalThoughts, cssrsMethod, cssrsIntent, cssrsPlan,
                cssrsBehaviorEver, cssrsBehaviorPast3Months).allMatch(answer -> answer == null)) {
            return SuicideRiskLevel.NOT_SCREENED;
        }
        // [S28] item 9 > 0 needs immediate follow-up; [S37][S37b] Q4/Q5 or behavior within 3 months is emergent.
        if ((phq9Item9 != null && phq9Item9 >= 1) || yes(cssrsIntent) || yes(cssrsPlan)
                || yes(cssrsBehaviorPast3Months)) {
            return SuicideRiskLevel.HIGH;
        }
        if (yes(cssrsMethod) || yes(cssrsBehaviorEver)) {
            return SuicideRiskLevel.MODERATE;
        }
        if (yes(cssrsWishedDead) || yes(cssrsSuicidalThoughts)) {
            return SuicideRiskLevel.LOW;
        }
        return SuicideRiskLevel.NONE;
    }

    private static boolean yes(Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }
}
