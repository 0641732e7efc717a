package org.carepath.intake.eligibility.domain;

import static org.carepath.intake.eligibility.domain.Decisions.assertCleanlyEligible;
import static org.carepath.intake.eligibility.domain.Decisions.assertDecided;
import static org.carepath.intake.eligibility.domain.Decisions.assertNoReason;
import static org.carepath.intake.eligibility.domain.Screenings.failedTrial;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Rule 7: esketamine for TRD needs 2 failed adequate current-episode trials [S27][S14]. */
class TrdEvidenceRuleTest {

    static final Route ESKETAMINE = Route.ESKETAMINE_INTRANASAL;
    static final String CODE = "trd-evidence-insufficient";

    static AntidepressantTrial trial(String drug, int weeks, double improvementPercent, boolean currentEpisode) {
        return new AntidepressantTrial(drug, 100, weeks, improvementPercent, currentEpisode);
    }

    static void assertTrdEvidenceMet(EligibilityDecision decision) {
        assertCleanlyEligible(decision, ESKETAMINE);
    }

    static void assertTrdEvidenceInsufficient(EligibilityDecision decision) {
        assertDecided(decision, ESKETAMINE, Outcome.INELIGIBLE, CODE, Severity.CRITERION_NOT_MET);
    }

    @Test
    void twoFailedAdequateTrialsMeetTheEvidence() {
        assertTrdEvidenceMet(Screenings.eligible().decide());
    }

    @Test
    void oneFailedTrialBlocksEsketamine() {
        assertTrdEvidenceInsufficient(Screenings.eligible().trials(failedTrial("sertraline", 8)).decide());
    }

    @Test
    void noTrialsBlockEsketamine() {
        assertTrdEvidenceInsufficient(Screenings.eligible().trials().decide());
    }

    @ParameterizedTest(name = "second trial of {0} weeks counts: {1}")
    @CsvSource({"3, false", "4, true", "5, true"})
    void trialMustLastMinimumWeeks(int weeks, boolean counts) {
        EligibilityDecision decision = Screenings.eligible()
                .trials(failedTrial("sertraline", 8), trial("bupropion", weeks, 10, true)).decide();

        if (counts) {
            assertTrdEvidenceMet(decision);
        } else {
            assertTrdEvidenceInsufficient(decision);
        }
    }

    @ParameterizedTest(name = "second trial improving {0}% counts as failed: {1}")
    @CsvSource({"0, true", "49, true", "49.9, true", "50, false", "51, false", "100, false"})
    void trialMustImproveLessThanFiftyPercent(double improvementPercent, boolean counts) {
        EligibilityDecision decision = Screenings.eligible()
                .trials(failedTrial("sertraline", 8), trial("bupropion", 6, improvementPercent, true)).decide();

        if (counts) {
            assertTrdEvidenceMet(decision);
        } else {
            assertTrdEvidenceInsufficient(decision);
        }
    }

    @Test
    void trialsFromEarlierEpisodesDoNotCount() {
        EligibilityDecision decision = Screenings.eligible()
                .trials(failedTrial("sertraline", 8), trial("bupropion", 8, 0, false),
                        trial("citalopram", 12, 5, false))
                .decide();

        assertTrdEvidenceInsufficient(decision);
    }

    @Test
    void repeatedTrialsOfOneDrugCountOnce() {
        EligibilityDecision decision = Screenings.eligible()
                .trials(failedTrial("Sertraline", 6), failedTrial(" sertraline ", 10)).decide();

        assertTrdEvidenceInsufficient(decision);
    }

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"IV", "IM", "ORAL"})
    void racemicKetamineOnlyGetsAnAdvisory(Route route) {
        EligibilityDecision decision = Screenings.eligible().trials(failedTrial("sertraline", 8)).decide();

        assertDecided(decision, route, Outcome.ELIGIBLE, CODE, Severity.ADVISORY);
    }

    @ParameterizedTest
    @EnumSource(value = Indication.class, names = "TRD", mode = EnumSource.Mode.EXCLUDE)
    void evidenceIsNotRequiredForOtherIndications(Indication indication) {
        EligibilityDecision decision = Screenings.eligible().indication(indication).trials().decide();

        for (Route route : Route.values()) {
            assertNoReason(decision, route, CODE);
        }
    }

    @Test
    void clinicCanRequireThreeTrials() {
        EligibilityPolicy threeTrials = Policies.defaults().trdMinimumFailedTrials(3).build();

        assertTrdEvidenceInsufficient(Screenings.eligible().decide(threeTrials));
        assertTrdEvidenceMet(Screenings.eligible()
                .trials(failedTrial("sertraline", 8), failedTrial("venlafaxine", 6), failedTrial("mirtazapine", 4))
                .decide(threeTrials));
    }

    @Test
    void clinicCanRequireSixWeekTrials() {
        EligibilityPolicy sixWeeks = Policies.defaults().trdMinimumTrialWeeks(6).build();

        assertTrdEvidenceInsufficient(Screenings.eligible()
                .trials(failedTrial("sertraline", 8), failedTrial("venlafaxine", 5)).decide(sixWeeks));
        assertTrdEvidenceMet(Screenings.eligible()
                .trials(failedTrial("sertraline", 8), failedTrial("venlafaxine", 6)).decide(sixWeeks));
    }

    @Test
    void clinicCanMoveNonResponseThreshold() {
        EligibilityPolicy stricter = Policies.defaults().trdNonResponseImprovementPercent(25).build();

        assertTrdEvidenceInsufficient(Screenings.eligible()
                .trials(failedTrial("sertraline", 8), trial("venlafaxine", 6, 25, true)).decide(stricter));
        assertTrdEvidenceMet(Screenings.eligible()
                .trials(failedTrial("sertraline", 8), trial("venlafaxine", 6, 24, true)).decide(stricter));
    }
}
