package org.carepath.outcomes.assessment.domain;

import static org.carepath.outcomes.assessment.domain.Forms.answers;
import static org.carepath.outcomes.assessment.domain.Forms.score;
import static org.carepath.outcomes.assessment.domain.Forms.summing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GAD-7: sum of 7 items, four bands, referral at 10 (rule 8). */
class Gad7Test {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0, MINIMAL, minimal", "4, MINIMAL, minimal", "5, MILD, mild", "9, MILD, mild", "10, MODERATE, moderate",
            "14, MODERATE, moderate", "15, SEVERE, severe", "21, SEVERE, severe"})
    void bandEdges(int total, Band band, String label) {
        Score score = score(Instrument.GAD_7, summing(Instrument.GAD_7, total));

        assertEquals(total, score.total());
        assertEquals(band, score.band());
        assertEquals(label, score.bandLabel());
    }

    @Test
    void totalIsTheSumOfTheItems() {
        assertEquals(11, score(Instrument.GAD_7, answers(3, 0, 2, 1, 3, 0, 2)).total());
    }

    @ParameterizedTest(name = "total {0}: referral {1}")
    @CsvSource({"0, false", "9, false", "10, true", "21, true"})
    void referralCutoffAtTen(int total, boolean referral) {
        Score score = score(Instrument.GAD_7, summing(Instrument.GAD_7, total));

        assertEquals(referral ? Set.of(Flag.GAD7_REFERRAL_CUTOFF) : Set.of(), score.flags());
    }

    @Test
    void referralCutoffFollowsThePolicy() {
        OutcomePolicy policy = Policies.with("gad7ReferralAtOrAbove", 8);

        assertFalse(score(policy, Instrument.GAD_7, summing(Instrument.GAD_7, 7)).flags()
                .contains(Flag.GAD7_REFERRAL_CUTOFF));
        assertTrue(score(policy, Instrument.GAD_7, summing(Instrument.GAD_7, 8)).flags()
                .contains(Flag.GAD7_REFERRAL_CUTOFF));
    }
}
