package org.carepath.intake.eligibility.domain;

import static org.carepath.intake.eligibility.domain.Decisions.assertDecided;
import static org.carepath.intake.eligibility.domain.Decisions.assertOutcome;
import static org.carepath.intake.eligibility.domain.Decisions.assertReason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rule 9: a positive screen raises every route to review at least, and never lowers an outcome. */
class SuicideRiskRoutingTest {

    static final SuicideRiskScreen HIGH = Screenings.phq9Item9(1);
    static final SuicideRiskScreen MODERATE = new SuicideRiskScreen(0, true, true, true, false, false, false, null);
    static final SuicideRiskScreen LOW = new SuicideRiskScreen(0, true, false, null, null, null, false, null);

    @ParameterizedTest
    @EnumSource(Route.class)
    void highRiskMakesEveryRouteUrgentReview(Route route) {
        EligibilityDecision decision = Screenings.eligible().suicideRisk(HIGH).decide();

        assertDecided(decision, route, Outcome.REVIEW_REQUIRED, "suicide-risk-high", Severity.URGENT);
        assertTrue(decision.urgent());
        assertEquals(SuicideRiskLevel.HIGH, decision.suicideRisk());
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void highRiskNeverDowngradesAnIneligibleRoute(Route route) {
        EligibilityDecision decision = Screenings.eligible().suicideRisk(HIGH)
                .withCurrent(HistoryCondition.KETAMINE_HYPERSENSITIVITY).decide();

        assertOutcome(decision, route, Outcome.INELIGIBLE);
        assertReason(decision, route, "suicide-risk-high", Severity.URGENT);
        assertTrue(decision.urgent());
    }

    @Test
    void highRiskKeepsEsketamineIneligibleForMissingTrdEvidenceWhileIvGoesToReview() {
        EligibilityDecision decision = Screenings.eligible().suicideRisk(HIGH).trials().decide();

        assertOutcome(decision, Route.ESKETAMINE_INTRANASAL, Outcome.INELIGIBLE);
        assertOutcome(decision, Route.IV, Outcome.REVIEW_REQUIRED);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void moderateRiskNeedsSignOffButIsNotUrgent(Route route) {
        EligibilityDecision decision = Screenings.eligible().suicideRisk(MODERATE).decide();

        assertDecided(decision, route, Outcome.REVIEW_REQUIRED, "suicide-risk-moderate", Severity.REQUIRES_SIGN_OFF);
        assertFalse(decision.urgent());
        assertEquals(SuicideRiskLevel.MODERATE, decision.suicideRisk());
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void lowRiskIsAdvisory(Route route) {
        EligibilityDecision decision = Screenings.eligible().suicideRisk(LOW).decide();

        assertDecided(decision, route, Outcome.ELIGIBLE, "suicide-risk-low", Severity.ADVISORY);
        assertFalse(decision.urgent());
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void missingScreenNeedsSignOff(Route route) {
        EligibilityDecision decision = Screenings.eligible().suicideRisk(SuicideRiskScreen.notDone()).decide();

        assertDecided(decision, route, Outcome.REVIEW_REQUIRED, "suicide-risk-not-screened",
                Severity.REQUIRES_SIGN_OFF);
        assertFalse(decision.urgent());
        assertEquals(SuicideRiskLevel.NOT_SCREENED, decision.suicideRisk());
    }

    @Test
    void mdsiPatientWithPositiveScreenStillGoesToUrgentReview() {
        EligibilityDecision decision = Screenings.eligible().indication(Indication.MDSI).suicideRisk(HIGH).decide();

        assertDecided(decision, Route.ESKETAMINE_INTRANASAL, Outcome.REVIEW_REQUIRED, "suicide-risk-high",
                Severity.URGENT);
    }
}
