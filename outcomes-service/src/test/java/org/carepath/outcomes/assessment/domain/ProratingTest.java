package org.carepath.outcomes.assessment.domain;

import static org.carepath.outcomes.assessment.domain.Forms.all;
import static org.carepath.outcomes.assessment.domain.Forms.answers;
import static org.carepath.outcomes.assessment.domain.Forms.score;
import static org.carepath.outcomes.assessment.domain.Forms.withItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rule 8: an incomplete form is refused unless the clinic enables prorating, which covers PHQ-9, GAD-7 and PCL-5
 * only, up to a number of gaps, scaling the mean of the answered items and rounding half up; PHQ-9 item 9 never.
 */
class ProratingTest {

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void byDefaultAnyGapIsRefusedNamingTheInstrumentAndRule(Instrument instrument) {
        List<Integer> form = withItem(all(instrument, 0), 1, null);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> score(instrument, form));
        assertTrue(refused.getMessage().contains(instrument.label()), refused.getMessage());
        assertTrue(refused.getMessage().contains("rule 8"), refused.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = Instrument.class, names = {"MADRS", "QIDS_SR16", "CSSRS_SCREENER", "CADSS", "CADSS_6",
            "MOAA_S"})
    void otherInstrumentsAreNeverProrated(Instrument instrument) {
        OutcomePolicy generous = Policies.with(Map.of("proratingEnabled", true, "phq9MaxProratedItems", 8,
                "gad7MaxProratedItems", 6, "pcl5MaxProratedItems", 19));

        assertThrows(IllegalArgumentException.class,
                () -> score(generous, instrument, withItem(all(instrument, 0), 1, null)));
    }

    @ParameterizedTest(name = "{0} answered over 8 items -> {1}")
    @CsvSource({"0, 0", "3, 3", "4, 5", "8, 9", "12, 14", "24, 27"})
    void phq9ProratesTheMeanOfAnsweredItemsRoundingHalfUp(int answeredSum, int total) {
        Score score = score(Policies.prorating(), Instrument.PHQ_9, item8Blank(answeredSum));

        assertEquals(total, score.total());
        assertTrue(score.prorated());
        assertTrue(score.flags().contains(Flag.INCOMPLETE_PRORATED));
        assertEquals(null, score.answers().get(7));
    }

    @Test
    void proratedTotalSetsBandAndReferral() {
        // 9 over 8 answered items = 10.125 -> 10
        Score score = score(Policies.prorating(), Instrument.PHQ_9, answers(1, 1, 1, 1, 1, 1, 1, null, 2));

        assertEquals(10, score.total());
        assertEquals(Band.MODERATE, score.band());
        assertEquals(Set.of(Flag.INCOMPLETE_PRORATED, Flag.PHQ9_REFERRAL_CUTOFF, Flag.SUICIDE_RISK_URGENT),
                score.flags());
    }

    @Test
    void phq9Item9IsNeverProrated() {
        OutcomePolicy generous = Policies.with("proratingEnabled", true, "phq9MaxProratedItems", 8);
        List<Integer> form = answers(3, 3, 3, 3, 3, 3, 3, 3, null);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> score(generous, Instrument.PHQ_9, form));
        assertTrue(refused.getMessage().contains("item 9"));
        assertThrows(IllegalArgumentException.class, () -> score(Instrument.PHQ_9, form));
    }

    @Test
    void moreGapsThanThePolicyAllowsAreRefused() {
        List<Integer> twoGaps = answers(1, null, 1, null, 1, 1, 1, 1, 0);

        assertThrows(IllegalArgumentException.class, () -> score(Policies.prorating(), Instrument.PHQ_9, twoGaps));
        Score allowed = score(Policies.with("proratingEnabled", true, "phq9MaxProratedItems", 2), Instrument.PHQ_9,
                twoGaps);
        assertEquals(8, allowed.total()); // 6 over 7 answered = 7.71
        assertTrue(allowed.prorated());
    }

    @Test
    void limitsApplyOnlyWhenProratingIsEnabled() {
        OutcomePolicy disabled = Policies.with("phq9MaxProratedItems", 3);

        assertEquals(0, disabled.maxProratedItems(Instrument.PHQ_9));
        assertThrows(IllegalArgumentException.class,
                () -> score(disabled, Instrument.PHQ_9, answers(1, null, 1, 1, 1, 1, 1, 1, 0)));
    }

    @Test
    void aZeroLimitDisablesProratingForOneInstrument() {
        OutcomePolicy noGad7 = Policies.with("proratingEnabled", true, "gad7MaxProratedItems", 0);

        assertThrows(IllegalArgumentException.class,
                () -> score(noGad7, Instrument.GAD_7, answers(1, null, 1, 1, 1, 1, 1)));
        assertTrue(score(noGad7, Instrument.PHQ_9, answers(1, null, 1, 1, 1, 1, 1, 1, 0)).prorated());
    }

    @Test
    void gad7ProratesToTheReferralCutoff() {
        // 9 over 6 answered items = 10.5 -> 11
        Score score = score(Policies.prorating(), Instrument.GAD_7, answers(3, 3, 3, 0, 0, 0, null));

        assertEquals(11, score.total());
        assertEquals(Set.of(Flag.INCOMPLETE_PRORATED, Flag.GAD7_REFERRAL_CUTOFF), score.flags());
    }

    @Test
    void pcl5ProratesTheTotalButNeverCountsAGapAsEndorsed() {
        // one B, one C, two D, one E endorsed; the gap sits in E, where a second endorsement is missing
        List<Integer> form = all(Instrument.PCL_5, 1);
        for (int item : new int[] {1, 6, 8, 9, 15}) {
            form = withItem(form, item, 4);
        }
        form = withItem(form, 20, null);

        Score score = score(Policies.prorating(), Instrument.PCL_5, form);

        assertEquals(36, score.total()); // 34 over 19 answered = 35.79
        assertEquals(Set.of(Flag.INCOMPLETE_PRORATED, Flag.PCL5_PROBABLE_PTSD), score.flags());
    }

    /** PHQ-9 with item 8 blank and the other items filled from item 1 until they add up to the sum. */
    private static List<Integer> item8Blank(int answeredSum) {
        List<Integer> form = all(Instrument.PHQ_9, 0);
        form.set(7, null);
        int left = answeredSum;
        for (int i = 0; i < form.size(); i++) {
            if (form.get(i) != null) {
                form.set(i, Math.min(3, left));
                left -= form.get(i);
            }
        }
        return form;
    }
}
