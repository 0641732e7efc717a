package org.carepath.intake.eligibility.domain;

import static org.carepath.intake.eligibility.domain.Decisions.assertCleanlyEligible;
import static org.carepath.intake.eligibility.domain.Decisions.assertDecided;
import static org.carepath.intake.eligibility.domain.Decisions.assertOutcome;
import static org.carepath.intake.eligibility.domain.Decisions.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How reasons combine into a route's outcome, and that routes are decided independently. */
class EligibilityOutcomeTest {

    @ParameterizedTest
    @EnumSource(Route.class)
    void screeningWithoutFindingsIsEligibleWithNoReasons(Route route) {
        EligibilityDecision decision = Screenings.eligible().decide();

        assertCleanlyEligible(decision, route);
        assertTrue(decision.medicationFlags().isEmpty());
        assertFalse(decision.urgent());
        assertEquals(SuicideRiskLevel.NONE, decision.suicideRisk());
    }

    @Test
    void onlyRequestedRoutesAreDecidedInRouteOrder() {
        EligibilityDecision decision = Screenings.eligible().routes(Route.ORAL, Route.ESKETAMINE_INTRANASAL).decide();

        assertEquals(List.of(Route.ESKETAMINE_INTRANASAL, Route.ORAL),
                decision.routes().stream().map(RouteDecision::route).toList());
        assertThrows(IllegalArgumentException.class, () -> decision.route(Route.IV));
    }

    @Test
    void advisoryAloneLeavesRouteEligible() {
        EligibilityDecision decision = Screenings.eligible().withCurrent(HistoryCondition.HYPERTENSIVE_ENCEPHALOPATHY)
                .decide();

        assertDecided(decision, Route.IV, Outcome.ELIGIBLE, "hypertensive-encephalopathy-history", Severity.ADVISORY);
    }

    @Test
    void signOffMakesRouteReviewRequired() {
        EligibilityDecision decision = Screenings.eligible().withCurrent(HistoryCondition.PSYCHOSIS).decide();

        assertDecided(decision, Route.IV, Outcome.REVIEW_REQUIRED, "psychosis-history", Severity.REQUIRES_SIGN_OFF);
    }

    @Test
    void hardContraindicationOutranksSignOffAndAdvisory() {
        EligibilityDecision decision = Screenings.eligible()
                .withCurrent(HistoryCondition.HYPERTENSIVE_ENCEPHALOPATHY)
                .withCurrent(HistoryCondition.PSYCHOSIS)
                .withCurrent(HistoryCondition.KETAMINE_HYPERSENSITIVITY)
                .decide();

        assertOutcome(decision, Route.IM, Outcome.INELIGIBLE);
        assertEquals(List.of("ketamine-hypersensitivity", "psychosis-history", "hypertensive-encephalopathy-history"),
                codes(decision, Route.IM));
    }

    @Test
    void reasonsAreListedWeightiestFirst() {
        EligibilityDecision decision = Screenings.eligible()
                .suicideRisk(Screenings.phq9Item9(2))
                .withCurrent(HistoryCondition.PREGNANCY)
                .trials()
                .withCurrent(HistoryCondition.HYPERTENSIVE_ENCEPHALOPATHY)
                .withCurrent(HistoryCondition.INTRACEREBRAL_HEMORRHAGE)
                .decide();

        assertEquals(List.of(Severity.HARD_CONTRAINDICATION, Severity.CRITERION_NOT_MET, Severity.URGENT,
                Severity.REQUIRES_SIGN_OFF, Severity.ADVISORY),
                decision.route(Route.ESKETAMINE_INTRANASAL).reasons().stream().map(Reason::severity).toList());
    }

    @Test
    void esketamineCanBeIneligibleWhileIvIsEligible() {
        EligibilityDecision decision = Screenings.eligible().trials(Screenings.failedTrial("sertraline", 8)).decide();

        assertDecided(decision, Route.ESKETAMINE_INTRANASAL, Outcome.INELIGIBLE, "trd-evidence-insufficient",
                Severity.CRITERION_NOT_MET);
        assertOutcome(decision, Route.IV, Outcome.ELIGIBLE);
    }

    @Test
    void esketamineCanBeIneligibleWhileIvNeedsReview() {
        EligibilityDecision decision = Screenings.eligible()
                .withPast(HistoryCondition.CARDIOVASCULAR_EVENT, Screenings.ASSESSED_ON.minusWeeks(2))
                .decide(Policies.eu());

        assertOutcome(decision, Route.ESKETAMINE_INTRANASAL, Outcome.INELIGIBLE);
        assertOutcome(decision, Route.IV, Outcome.REVIEW_REQUIRED);
    }

    @Test
    void severitiesMapToOutcomes() {
        assertEquals(Outcome.INELIGIBLE, Severity.HARD_CONTRAINDICATION.outcome());
        assertEquals(Outcome.INELIGIBLE, Severity.CRITERION_NOT_MET.outcome());
        assertEquals(Outcome.REVIEW_REQUIRED, Severity.URGENT.outcome());
        assertEquals(Outcome.REVIEW_REQUIRED, Severity.REQUIRES_SIGN_OFF.outcome());
        assertEquals(Outcome.ELIGIBLE, Severity.ADVISORY.outcome());
    }

    @Test
    void routeDecisionOutcomeFollowsMostRestrictiveReason() {
        Reason advisory = new Reason("a", Severity.ADVISORY, "[S1]", "rule");
        Reason signOff = new Reason("b", Severity.REQUIRES_SIGN_OFF, "[S1]", "rule");
        Reason hard = new Reason("c", Severity.HARD_CONTRAINDICATION, "[S1]", "rule");

        assertEquals(Outcome.ELIGIBLE, new RouteDecision(Route.IV, List.of()).outcome());
        assertEquals(Outcome.ELIGIBLE, new RouteDecision(Route.IV, List.of(advisory)).outcome());
        assertEquals(Outcome.REVIEW_REQUIRED, new RouteDecision(Route.IV, List.of(advisory, signOff)).outcome());
        assertEquals(Outcome.INELIGIBLE, new RouteDecision(Route.IV, List.of(signOff, hard, advisory)).outcome());
    }
}
