package org.carepath.outcomes.assessment.domain;

import static org.carepath.outcomes.assessment.domain.Forms.answers;
import static org.carepath.outcomes.assessment.domain.Forms.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * C-SSRS screener: risk is the highest any yes reaches; Q4/Q5 or Q6 within 3 months are urgent, Q3 or lifetime-only
 * Q6 moderate (rule 9). Answers are Q1..Q6 then Q6-within-3-months; Q3-Q5 skipped when Q2 is no.
 */
class CssrsScreenerTest {

    @Test
    void allNoIsNoRiskAndHasNoTotal() {
        Score score = score(Instrument.CSSRS_SCREENER, answers(0, 0, null, null, null, 0, null));

        assertEquals(Band.NONE, score.band());
        assertNull(score.total());
        assertTrue(score.flags().isEmpty());
        assertFalse(score.prorated());
    }

    @Test
    void wishToBeDeadOnlyIsLowRisk() {
        assertRisk(Band.LOW, Set.of(), answers(1, 0, null, null, null, 0, null));
    }

    @Test
    void suicidalThoughtsWithoutMethodIntentOrPlanAreLowRisk() {
        assertRisk(Band.LOW, Set.of(), answers(1, 1, 0, 0, 0, 0, null));
    }

    @Test
    void methodIsModerateRisk() {
        assertRisk(Band.MODERATE, Set.of(Flag.SUICIDE_RISK_MODERATE), answers(1, 1, 1, 0, 0, 0, null));
    }

    @Test
    void intentIsHighRiskAndUrgent() {
        assertRisk(Band.HIGH, Set.of(Flag.SUICIDE_RISK_URGENT), answers(1, 1, 0, 1, 0, 0, null));
    }

    @Test
    void planIsHighRiskAndUrgent() {
        assertRisk(Band.HIGH, Set.of(Flag.SUICIDE_RISK_URGENT), answers(1, 1, 0, 0, 1, 0, null));
    }

    @Test
    void behaviourWithinThreeMonthsIsHighRiskAndUrgentWithoutAnyIdeation() {
        assertRisk(Band.HIGH, Set.of(Flag.SUICIDE_RISK_URGENT), answers(0, 0, null, null, null, 1, 1));
    }

    @Test
    void lifetimeOnlyBehaviourIsModerateRisk() {
        assertRisk(Band.MODERATE, Set.of(Flag.SUICIDE_RISK_MODERATE), answers(0, 0, null, null, null, 1, 0));
    }

    @Test
    void urgentRiskReplacesTheModerateFlagSoOneTaskOpens() {
        assertRisk(Band.HIGH, Set.of(Flag.SUICIDE_RISK_URGENT), answers(1, 1, 1, 1, 1, 1, 0));
        assertRisk(Band.HIGH, Set.of(Flag.SUICIDE_RISK_URGENT), answers(1, 1, 1, 0, 0, 1, 1));
    }

    @Test
    void methodAndLifetimeBehaviourStayModerate() {
        assertRisk(Band.MODERATE, Set.of(Flag.SUICIDE_RISK_MODERATE), answers(1, 1, 1, 0, 0, 1, 0));
    }

    @Test
    void skippedItemsAnsweredNoAreTakenAsSkipped() {
        Score score = score(Instrument.CSSRS_SCREENER, answers(1, 0, 0, 0, 0, 0, 0));

        assertEquals(Band.LOW, score.band());
        assertEquals(answers(1, 0, null, null, null, 0, null), score.answers());
    }

    @Test
    void yesToAQuestionSkippedAfterNoToQ2IsRefused() {
        assertRefused(answers(0, 0, 1, null, null, 0, null));
        assertRefused(answers(0, 0, null, 1, null, 0, null));
        assertRefused(answers(0, 0, null, null, 1, 0, null));
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
                () -> score(Instrument.CSSRS_SCREENER, answers(0, 0, null, 1, 1, 0, null)));
        assertTrue(both.getMessage().contains("Q4, Q5 are yes"), both.getMessage());
    }

    @Test
    void recencyYesWithoutQ6IsRefused() {
        assertRefused(answers(0, 0, null, null, null, 0, 1));
    }

    @Test
    void q3ToQ5MustBeAnsweredWhenQ2IsYes() {
        assertRefused(answers(1, 1, null, 0, 0, 0, null));
        assertRefused(answers(1, 1, 0, null, 0, 0, null));
        assertRefused(answers(1, 1, 0, 0, null, 0, null));
    }

    @Test
    void recencyMustBeAnsweredWhenQ6IsYes() {
        assertRefused(answers(0, 0, null, null, null, 1, null));
    }

    @Test
    void q1Q2AndQ6MustAlwaysBeAnswered() {
        assertRefused(answers(null, 0, null, null, null, 0, null));
        assertRefused(answers(0, null, null, null, null, 0, null));
        assertRefused(answers(0, 0, null, null, null, null, null));
    }

    @Test
    void gapsAreNeverProrated() {
        OutcomePolicy policy = Policies.prorating();

        assertThrows(IllegalArgumentException.class,
                () -> score(policy, Instrument.CSSRS_SCREENER, answers(1, 1, null, 0, 0, 0, null)));
    }

    private static void assertRisk(Band risk, Set<Flag> flags, List<Integer> form) {
        Score score = score(Instrument.CSSRS_SCREENER, form);
        assertEquals(risk, score.band());
        assertEquals(flags, score.flags());
    }

    private static void assertRefused(List<Integer> form) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> score(Instrument.CSSRS_SCREENER, form));
        assertTrue(refused.getMessage().contains("C-SSRS screener"), refused.getMessage());
    }
}
