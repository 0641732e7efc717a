package org.carepath.outcomes.assessment.domain;

import static org.carepath.outcomes.assessment.domain.Forms.all;
import static org.carepath.outcomes.assessment.domain.Forms.answers;
import static org.carepath.outcomes.assessment.domain.Forms.score;
import static org.carepath.outcomes.assessment.domain.Forms.withItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** QIDS-SR16: 16 items collapsed into 9 domains, total 0-27, five bands [S35]. */
class QidsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0, NONE, none", "5, NONE, none", "6, MILD, mild", "10, MILD, mild", "11, MODERATE, moderate",
            "15, MODERATE, moderate", "16, SEVERE, severe", "20, SEVERE, severe", "21, VERY_SEVERE, very severe",
            "27, VERY_SEVERE, very severe"})
    void bandEdges(int total, Band band, String label) {
        Score score = score(Instrument.QIDS_SR16, Forms.totalling(Instrument.QIDS_SR16, total));

        assertEquals(total, score.total());
        assertEquals(band, score.band());
        assertEquals(label, score.bandLabel());
        assertTrue(score.flags().isEmpty());
    }

    @Test
    void sleepIsTheHighestOfItems1To4() {
        List<Integer> form = answers(1, 3, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        assertEquals(3, score(Instrument.QIDS_SR16, form).total());
    }

    @Test
    void appetiteAndWeightIsTheHighestOfItems6To9() {
        List<Integer> form = answers(0, 0, 0, 0, 0, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0);

        assertEquals(2, score(Instrument.QIDS_SR16, form).total());
    }

    @Test
    void psychomotorIsTheHighestOfItems15And16() {
        List<Integer> form = answers(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3);

        assertEquals(3, score(Instrument.QIDS_SR16, form).total());
    }

    @ParameterizedTest(name = "item {0}")
    @ValueSource(ints = {5, 10, 11, 12, 13, 14})
    void singleItemDomainsCountAsAnswered(int item) {
        assertEquals(2, score(Instrument.QIDS_SR16, withItem(all(Instrument.QIDS_SR16, 0), item, 2)).total());
    }

    @Test
    void everyItemAtMaximumCountsEachDomainOnce() {
        assertEquals(27, score(Instrument.QIDS_SR16, all(Instrument.QIDS_SR16, 3)).total());
    }

    @Test
    void oneItemOfEachAppetiteAndWeightPairMayBeBlank() {
        List<Integer> decreased = answers(0, 0, 0, 0, 0, 2, null, 1, null, 0, 0, 0, 0, 0, 0, 0);
        List<Integer> increased = answers(0, 0, 0, 0, 0, null, 1, null, 3, 0, 0, 0, 0, 0, 0, 0);

        Score score = score(Instrument.QIDS_SR16, decreased);
        assertEquals(2, score.total());
        assertEquals(decreased, score.answers());
        assertEquals(3, score(Instrument.QIDS_SR16, increased).total());
    }

    @Test
    void bothItemsOfAPairBlankIsIncomplete() {
        List<Integer> form = all(Instrument.QIDS_SR16, 0);

        assertIncomplete(withItem(withItem(form, 6, null), 7, null));
        assertIncomplete(withItem(withItem(form, 8, null), 9, null));
    }

    @ParameterizedTest(name = "item {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 16})
    void anyOtherBlankItemIsIncomplete(int item) {
        assertIncomplete(withItem(all(Instrument.QIDS_SR16, 0), item, null));
    }

    @Test
    void blankItemsAreNeverProrated() {
        OutcomePolicy policy = Policies.prorating();

        assertThrows(IllegalArgumentException.class,
                () -> score(policy, Instrument.QIDS_SR16, withItem(all(Instrument.QIDS_SR16, 0), 1, null)));
    }

    private static void assertIncomplete(List<Integer> form) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> score(Instrument.QIDS_SR16, form));
        assertTrue(refused.getMessage().contains("QIDS-SR16"));
        assertTrue(refused.getMessage().contains("rule 8"));
    }
}
