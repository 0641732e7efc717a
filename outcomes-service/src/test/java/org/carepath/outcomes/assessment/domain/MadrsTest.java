package org.carepath.outcomes.assessment.domain;

import static org.carepath.outcomes.assessment.domain.Forms.answers;
import static org.carepath.outcomes.assessment.domain.Forms.score;
import static org.carepath.outcomes.assessment.domain.Forms.summing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MADRS: sum of 10 items 0-6, Snaith bands, severe from 35 or the clinic's alternative cut (rule 8). */
class MadrsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0, absent/normal", "6, absent/normal", "7, mild", "19, mild", "20, moderate", "34, moderate",
            "35, severe", "60, severe"})
    void snaithBandEdges(int total, String band) {
        Score score = score(Instrument.MADRS, summing(Instrument.MADRS, total));

        assertEquals(total, score.total());
        assertEquals(band, score.band());
        assertTrue(score.flags().isEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"20, moderate", "30, moderate", "31, severe", "34, severe"})
    void alternativeSevereCutOf31(int total, String band) {
        OutcomePolicy mueller2003 = Policies.with("madrsSevereAtOrAbove", 31);

        assertEquals(band, score(mueller2003, Instrument.MADRS, summing(Instrument.MADRS, total)).band());
    }

    @Test
    void totalIsTheSumOfTheItems() {
        assertEquals(30, score(Instrument.MADRS, answers(6, 5, 4, 3, 2, 1, 0, 6, 2, 1)).total());
    }
}
