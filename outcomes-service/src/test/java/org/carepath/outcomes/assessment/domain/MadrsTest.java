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
            "0, NORMAL, absent/normal", "6, NORMAL, absent/normal", "7, MILD, mild", "19, MILD, mild",
            "20, MODERATE, moderate", "34, MODERATE, moderate", "35, SEVERE, severe", "60, SEVERE, severe"})
    void snaithBandEdges(int total, Band band, String label) {
        Score score = score(Instrument.MADRS, summing(Instrument.MADRS, total));

        assertEquals(total, score.total());
        assertEquals(band, score.band());
        assertEquals(label, score.bandLabel());
        assertTrue(score.flags().isEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"20, MODERATE", "30, MODERATE", "31, SEVERE", "34, SEVERE"})
    void alternativeSevereCutOf31(int total, Band band) {
        OutcomePolicy mueller2003 = Policies.with("madrsSevereAtOrAbove", 31);

        assertEquals(band, score(mueller2003, Instrument.MADRS, summing(Instrument.MADRS, total)).band());
    }

    @Test
    void totalIsTheSumOfTheItems() {
        assertEquals(30, score(Instrument.MADRS, answers(6, 5, 4, 3, 2, 1, 0, 6, 2, 1)).total());
    }
}
