package org.carepath.outcomes.assessment.domain;

import static org.carepath.outcomes.assessment.domain.Forms.answers;
import static org.carepath.outcomes.assessment.domain.Forms.score;
import static org.carepath.outcomes.assessment.domain.Forms.summing;
import static org.carepath.outcomes.assessment.domain.Forms.withItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PHQ-9: sum of 9 items, five bands, referral at 10, item 9 routes urgently whatever the total (rules 8, 9). */
class Phq9Test {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0, MINIMAL, minimal/none", "4, MINIMAL, minimal/none", "5, MILD, mild", "9, MILD, mild",
            "10, MODERATE, moderate", "14, MODERATE, moderate", "15, MODERATELY_SEVERE, moderately severe",
            "19, MODERATELY_SEVERE, moderately severe", "20, SEVERE, severe", "27, SEVERE, severe"})
    void bandEdges(int total, Band band, String label) {
        Score score = score(Instrument.PHQ_9, summing(Instrument.PHQ_9, total));

        assertEquals(total, score.total());
        assertEquals(band, score.band());
        assertEquals(label, score.bandLabel());
    }

    @Test
    void totalIsTheSumOfTheItems() {
        Score score = score(Instrument.PHQ_9, answers(3, 2, 1, 0, 3, 2, 1, 0, 0));

        assertEquals(12, score.total());
        assertEquals(answers(3, 2, 1, 0, 3, 2, 1, 0, 0), score.answers());
        assertFalse(score.prorated());
    }

    @ParameterizedTest(name = "total {0}: referral {1}")
    @CsvSource({"9, false", "10, true", "27, true", "0, false"})
    void referralCutoffAtTen(int total, boolean referral) {
        Score score = score(Instrument.PHQ_9, summing(Instrument.PHQ_9, total));

        assertEquals(referral, score.flags().contains(Flag.PHQ9_REFERRAL_CUTOFF));
    }

    @Test
    void referralCutoffFollowsThePolicy() {
        OutcomePolicy policy = Policies.with("phq9ReferralAtOrAbove", 12);

        assertFalse(score(policy, Instrument.PHQ_9, summing(Instrument.PHQ_9, 11)).flags()
                .contains(Flag.PHQ9_REFERRAL_CUTOFF));
        assertTrue(score(policy, Instrument.PHQ_9, summing(Instrument.PHQ_9, 12)).flags()
                .contains(Flag.PHQ9_REFERRAL_CUTOFF));
    }

    @ParameterizedTest(name = "item 9 = {0}")
    @ValueSource(ints = {1, 2, 3})
    void anyItem9AnswerAboveZeroIsUrgentEvenWithAMinimalTotal(int item9) {
        Score score = score(Instrument.PHQ_9, answers(0, 0, 0, 0, 0, 0, 0, 0, item9));

        assertEquals(Band.MINIMAL, score.band());
        assertEquals(Set.of(Flag.SUICIDE_RISK_URGENT), score.flags());
    }

    @Test
    void item9AtZeroIsNotUrgentEvenWithASevereTotal() {
        Score score = score(Instrument.PHQ_9, answers(3, 3, 3, 3, 3, 3, 3, 3, 0));

        assertEquals(Band.SEVERE, score.band());
        assertEquals(Set.of(Flag.PHQ9_REFERRAL_CUTOFF), score.flags());
    }

    @Test
    void maximalFormCarriesBothFlags() {
        Score score = score(Instrument.PHQ_9, summing(Instrument.PHQ_9, 27));

        assertEquals(Set.of(Flag.SUICIDE_RISK_URGENT, Flag.PHQ9_REFERRAL_CUTOFF), score.flags());
    }

    @Test
    void noPolicyCanRaiseTheItem9Threshold() {
        assertThrows(IllegalArgumentException.class, () -> Policies.with("phq9SuicideItemAtOrAbove", 2));
    }
}
