package org.carepath.outcomes.assessment.domain;

import static org.carepath.outcomes.assessment.domain.Forms.all;
import static org.carepath.outcomes.assessment.domain.Forms.score;
import static org.carepath.outcomes.assessment.domain.Forms.summing;
import static org.carepath.outcomes.assessment.domain.Forms.withItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PCL-5: total 0-80, probable PTSD at 33, provisional diagnosis by the DSM-5 cluster rule [S36][S36b]. */
class Pcl5Test {

    @ParameterizedTest(name = "total {0}: probable PTSD {1}")
    @CsvSource({"0, false", "32, false", "33, true", "80, true"})
    void probablePtsdCutoffAt33(int total, boolean probable) {
        Score score = score(Instrument.PCL_5, summing(Instrument.PCL_5, total));

        assertEquals(total, score.total());
        assertEquals(probable, score.flags().contains(Flag.PCL5_PROBABLE_PTSD));
        assertNull(score.band());
    }

    @Test
    void probablePtsdCutoffFollowsThePolicy() {
        OutcomePolicy policy = Policies.with("pcl5ProbablePtsdCutoff", 31);

        assertFalse(score(policy, Instrument.PCL_5, summing(Instrument.PCL_5, 30)).flags()
                .contains(Flag.PCL5_PROBABLE_PTSD));
        assertTrue(score(policy, Instrument.PCL_5, summing(Instrument.PCL_5, 31)).flags()
                .contains(Flag.PCL5_PROBABLE_PTSD));
    }

    @Test
    void fewestEndorsedItemsMeetingTheClusterRule() {
        Score score = score(Instrument.PCL_5, minimalDiagnosis(2));

        assertEquals(12, score.total());
        assertEquals(Set.of(Flag.PCL5_PROVISIONAL_DIAGNOSIS), score.flags());
    }

    @ParameterizedTest(name = "B item {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void anyOneBItemMeetsClusterB(int item) {
        List<Integer> form = withItem(minimalDiagnosis(2), 1, 0);

        assertTrue(diagnosed(withItem(form, item, 2)));
    }

    @ParameterizedTest(name = "without item {0}")
    @CsvSource({"1", "6", "8", "9", "15", "16"})
    void oneEndorsedItemShortInAnyClusterIsNoDiagnosis(int item) {
        assertFalse(diagnosed(withItem(minimalDiagnosis(2), item, 1)));
    }

    @Test
    void itemAt1IsNotEndorsedAndAt2Is() {
        assertFalse(diagnosed(minimalDiagnosis(1)));
        assertTrue(diagnosed(minimalDiagnosis(2)));
        assertTrue(diagnosed(minimalDiagnosis(4)));
    }

    @Test
    void endorsementLevelFollowsThePolicy() {
        OutcomePolicy policy = Policies.with("pcl5ItemEndorsedAtOrAbove", 1);

        assertTrue(score(policy, Instrument.PCL_5, minimalDiagnosis(1)).flags()
                .contains(Flag.PCL5_PROVISIONAL_DIAGNOSIS));
    }

    @Test
    void highTotalWithoutTheClustersIsProbableButNotDiagnosed() {
        // clusters B and C at maximum, D and E each one endorsed item short
        List<Integer> form = all(Instrument.PCL_5, 1);
        for (int item : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 15}) {
            form = withItem(form, item, 4);
        }
        Score score = score(Instrument.PCL_5, form);

        assertEquals(47, score.total());
        assertEquals(Set.of(Flag.PCL5_PROBABLE_PTSD), score.flags());
    }

    @Test
    void allItemsAtMaximumCarryBothFlags() {
        assertEquals(Set.of(Flag.PCL5_PROBABLE_PTSD, Flag.PCL5_PROVISIONAL_DIAGNOSIS),
                score(Instrument.PCL_5, all(Instrument.PCL_5, 4)).flags());
    }

    private static boolean diagnosed(List<Integer> form) {
        return score(Instrument.PCL_5, form).flags().contains(Flag.PCL5_PROVISIONAL_DIAGNOSIS);
    }

    /** One B (item 1), one C (item 6), two D (items 8, 9) and two E (items 15, 16) at the given answer. */
    private static List<Integer> minimalDiagnosis(int answer) {
        List<Integer> form = all(Instrument.PCL_5, 0);
        for (int item : new int[] {1, 6, 8, 9, 15, 16}) {
            form = withItem(form, item, answer);
        }
        return form;
    }
}
