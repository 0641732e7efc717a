package org.carepath.intake.eligibility.domain;

import static org.carepath.intake.eligibility.domain.Decisions.assertCleanlyEligible;
import static org.carepath.intake.eligibility.domain.Decisions.assertDecided;
import static org.carepath.intake.eligibility.domain.Decisions.assertNoReason;
import static org.carepath.intake.eligibility.domain.Decisions.assertOutcome;
import static org.carepath.intake.eligibility.domain.Decisions.assertReason;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Parenteral do-not-start vitals [S26] and the esketamine label's blood-pressure guide [S4b][S3]. */
class BaselineVitalsRuleTest {

    static final Route ESKETAMINE = Route.ESKETAMINE_INTRANASAL;

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"IV", "IM"})
    void systolicAtDoNotStartLimitIsAccepted(Route route) {
        assertNoReason(Screenings.eligible().vitals(180, 80, 70).decide(), route, "baseline-systolic-above-limit");
    }

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"IV", "IM"})
    void systolicAboveDoNotStartLimitRequiresSignOff(Route route) {
        assertDecided(Screenings.eligible().vitals(181, 80, 70).decide(), route, Outcome.REVIEW_REQUIRED,
                "baseline-systolic-above-limit", Severity.REQUIRES_SIGN_OFF);
    }

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"IV", "IM"})
    void heartRateAtDoNotStartLimitIsAccepted(Route route) {
        assertCleanlyEligible(Screenings.eligible().vitals(120, 80, 150).decide(), route);
    }

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"IV", "IM"})
    void heartRateAboveDoNotStartLimitRequiresSignOff(Route route) {
        assertDecided(Screenings.eligible().vitals(120, 80, 151).decide(), route, Outcome.REVIEW_REQUIRED,
                "baseline-heart-rate-above-limit", Severity.REQUIRES_SIGN_OFF);
    }

    @Test
    void doNotStartVitalsDoNotApplyToOralOrEsketamine() {
        EligibilityDecision decision = Screenings.eligible().vitals(181, 80, 151).decide();

        assertCleanlyEligible(decision, Route.ORAL);
        assertOutcome(decision, ESKETAMINE, Outcome.ELIGIBLE);
        assertNoReason(decision, ESKETAMINE, "baseline-systolic-above-limit");
        assertNoReason(decision, ESKETAMINE, "baseline-heart-rate-above-limit");
    }

    @ParameterizedTest(name = "SBP {0}, HR {1} missing on parenteral routes")
    @CsvSource(value = {"NULL, 70", "120, NULL", "NULL, NULL"}, nullValues = "NULL")
    void missingBaselineVitalsRequireSignOffForParenteralRoutesOnly(Integer systolic, Integer heartRate) {
        EligibilityDecision decision = Screenings.eligible().vitals(systolic, null, heartRate).decide();

        assertDecided(decision, Route.IV, Outcome.REVIEW_REQUIRED, "baseline-vitals-missing",
                Severity.REQUIRES_SIGN_OFF);
        assertDecided(decision, Route.IM, Outcome.REVIEW_REQUIRED, "baseline-vitals-missing",
                Severity.REQUIRES_SIGN_OFF);
        assertCleanlyEligible(decision, Route.ORAL);
        assertCleanlyEligible(decision, ESKETAMINE);
    }

    @Test
    void doNotStartLimitsFollowPolicy() {
        EligibilityPolicy stricter = Policies.defaults().parenteralDoNotStartSystolic(160)
                .parenteralDoNotStartHeartRate(110).build();
        EligibilityDecision decision = Screenings.eligible().vitals(161, 80, 111).decide(stricter);

        assertReason(decision, Route.IV, "baseline-systolic-above-limit", Severity.REQUIRES_SIGN_OFF);
        assertReason(decision, Route.IV, "baseline-heart-rate-above-limit", Severity.REQUIRES_SIGN_OFF);
    }

    @ParameterizedTest(name = "{0}/{1} mmHg at age {2}, EU {3}: advisory {4}")
    @CsvSource({
        "140, 80, 40, false, false",
        "141, 80, 40, false, true",
        "130, 90, 40, false, false",
        "130, 91, 40, false, true",
        "141, 80, 70, false, true",
        "141, 80, 64, true, true",
        "150, 80, 65, true, false",
        "151, 80, 65, true, true",
        "140, 91, 70, true, true"})
    void esketamineLabelGuideIsAdvisory(int systolic, int diastolic, int age, boolean eu, boolean advised) {
        EligibilityDecision decision = Screenings.eligible().bornOn(Screenings.ASSESSED_ON.minusYears(age))
                .vitals(systolic, diastolic, 70).decide(Policies.defaults().euProfile(eu).build());

        assertOutcome(decision, ESKETAMINE, Outcome.ELIGIBLE);
        if (advised) {
            assertReason(decision, ESKETAMINE, "baseline-bp-above-label-guide", Severity.ADVISORY);
        } else {
            assertNoReason(decision, ESKETAMINE, "baseline-bp-above-label-guide");
        }
        assertNoReason(decision, Route.IV, "baseline-bp-above-label-guide");
    }
}
