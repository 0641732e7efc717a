package org.carepath.outcomes.assessment.domain;

import static org.carepath.outcomes.assessment.domain.Assessments.day;
import static org.carepath.outcomes.assessment.domain.Assessments.madrs;
import static org.carepath.outcomes.assessment.domain.Assessments.on;
import static org.carepath.outcomes.assessment.domain.Assessments.phq9;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Baseline around the first dose; change, response, remission, MCID and worsening per DOMAIN.md 4.8. */
class TrajectoryTest {

    private static final OutcomePolicy DEFAULTS = OutcomePolicy.defaults();

    @Test
    void baselineIsTheLastScoreAtOrBeforeTheFirstDose() {
        Assessment early = phq9(-10, 22);
        Assessment preDose = phq9(-3, 20);
        Assessment later = phq9(7, 12);
        Assessment latest = phq9(14, 8);

        Trajectory trajectory = Trajectory.of(List.of(early, preDose, later, latest), day(0), DEFAULTS);

        assertEquals(preDose.id(), trajectory.baselineId());
        assertEquals(preDose.takenAt(), trajectory.baselineAt());
        assertEquals(20, trajectory.baselineTotal());
        assertTrue(trajectory.baselinePreDose());
        assertEquals(latest.id(), trajectory.latestId());
        assertEquals(latest.takenAt(), trajectory.latestAt());
        assertEquals(8, trajectory.latestTotal());
        assertEquals(-12, trajectory.change());
        assertEquals(new BigDecimal("-60.0"), trajectory.percentChange());
    }

    @Test
    void scoreTakenAtTheMomentOfTheFirstDoseIsTheBaselineAndOneAMinuteLaterIsNot() {
        Assessment atDose = phq9(0, 18);
        Assessment minuteAfter = Assessments.at(day(0).plusMinutes(1), Instrument.PHQ_9, 15);

        assertEquals(atDose.id(),
                Trajectory.of(List.of(phq9(-5, 21), atDose, minuteAfter), day(0), DEFAULTS).baselineId());
    }

    @Test
    void withoutADoseTheFirstScoreIsTheBaseline() {
        Assessment first = phq9(-10, 15);

        Trajectory trajectory = Trajectory.of(List.of(first, phq9(-3, 17)), null, DEFAULTS);

        assertEquals(first.id(), trajectory.baselineId());
        assertTrue(trajectory.baselinePreDose());
        assertEquals(2, trajectory.change());
    }

    @Test
    void withNoScoreBeforeTheFirstDoseTheEarliestIsTheBaselineAndSaidToBePostDose() {
        Assessment first = phq9(1, 15);

        Trajectory trajectory = Trajectory.of(List.of(phq9(8, 10), first), day(0), DEFAULTS);

        assertEquals(first.id(), trajectory.baselineId());
        assertFalse(trajectory.baselinePreDose());
    }

    @Test
    void assessmentsAreOrderedByTimeWhateverTheirListOrder() {
        Assessment baseline = phq9(-1, 20);
        Assessment latest = phq9(21, 5);
        List<Assessment> shuffled = new ArrayList<>(List.of(latest, phq9(7, 12), baseline, phq9(-9, 25)));

        Trajectory trajectory = Trajectory.of(shuffled, day(0), DEFAULTS);

        assertEquals(baseline.id(), trajectory.baselineId());
        assertEquals(latest.id(), trajectory.latestId());
    }

    @Test
    void timesAreComparedOnTheTimelineAcrossOffsets() {
        Assessment baseline = Assessments.at(day(0).minusHours(1).withOffsetSameInstant(ZoneOffset.UTC),
                Instrument.PHQ_9, 20);
        Assessment afterDose = Assessments.at(day(0).plusHours(1).withOffsetSameInstant(
                ZoneOffset.ofHours(-8)), Instrument.PHQ_9, 10);

        Trajectory trajectory = Trajectory.of(List.of(afterDose, baseline), day(0), DEFAULTS);

        assertEquals(baseline.id(), trajectory.baselineId());
        assertEquals(afterDose.id(), trajectory.latestId());
    }

    @Test
    void singleAssessmentIsBothBaselineAndLatest() {
        Trajectory trajectory = Trajectory.of(List.of(phq9(-1, 12)), day(0), DEFAULTS);

        assertEquals(trajectory.baselineId(), trajectory.latestId());
        assertEquals(0, trajectory.change());
        assertEquals(new BigDecimal("0.0"), trajectory.percentChange());
        assertFalse(trajectory.response());
        assertFalse(trajectory.mcidReached());
        assertFalse(trajectory.worsening());
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}%")
    @CsvSource({"20, 10, -50.0", "3, 4, 33.3", "15, 7, -53.3", "12, 12, 0.0", "10, 27, 170.0"})
    void percentChangeIsToOneDecimal(int baseline, int latest, String percent) {
        Trajectory trajectory = Trajectory.of(List.of(phq9(-1, baseline), phq9(14, latest)), day(0), DEFAULTS);

        assertEquals(new BigDecimal(percent), trajectory.percentChange());
    }

    @Test
    void percentChangeOfAZeroBaselineIsUndefined() {
        Trajectory trajectory = Trajectory.of(List.of(phq9(-1, 0), phq9(14, 3)), day(0), DEFAULTS);

        assertNull(trajectory.percentChange());
        assertEquals(3, trajectory.change());
    }

    @ParameterizedTest(name = "{0} -> {1}: response {2}")
    @CsvSource({"20, 10, true", "20, 11, false", "20, 0, true", "15, 7, true", "15, 8, false", "1, 0, true",
            "0, 0, false"})
    void responseIsADropOfAtLeastHalfTheBaseline(int baseline, int latest, boolean response) {
        assertEquals(response, phq9Trajectory(baseline, latest, DEFAULTS).response());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Instrument.class, names = {"PHQ_9", "GAD_7", "PCL_5", "MADRS", "QIDS_SR16"})
    void responseAppliesToEveryOutcomeInstrument(Instrument instrument) {
        Trajectory halved = Trajectory.of(List.of(on(-1, instrument, 20), on(14, instrument, 10)), day(0), DEFAULTS);
        Trajectory short1 = Trajectory.of(List.of(on(-1, instrument, 20), on(14, instrument, 11)), day(0), DEFAULTS);

        assertTrue(halved.response());
        assertFalse(short1.response());
    }

    @Test
    void responseThresholdFollowsThePolicy() {
        OutcomePolicy policy = Policies.with("responseReductionPercent", 40);

        assertTrue(phq9Trajectory(20, 12, policy).response());
        assertFalse(phq9Trajectory(20, 13, policy).response());
    }

    @ParameterizedTest(name = "PHQ-9 {0}: remission {1}")
    @CsvSource({"0, true", "4, true", "5, false", "27, false"})
    void phq9RemissionIsATotalUnder5(int latest, boolean remission) {
        assertEquals(remission, phq9Trajectory(27, latest, DEFAULTS).remission());
    }

    @ParameterizedTest(name = "MADRS {0}: remission {1}")
    @CsvSource({"0, true", "12, true", "13, false", "60, false"})
    void madrsRemissionIsATotalOf12OrLess(int latest, boolean remission) {
        assertEquals(remission, madrsTrajectory(40, latest, DEFAULTS).remission());
    }

    @Test
    void madrsRemissionThresholdFollowsThePolicy() {
        OutcomePolicy daly2018 = Policies.with("madrsRemissionAtOrBelow", 10);

        assertTrue(madrsTrajectory(40, 10, daly2018).remission());
        assertFalse(madrsTrajectory(40, 11, daly2018).remission());
    }

    @Test
    void phq9RemissionThresholdFollowsThePolicy() {
        OutcomePolicy policy = Policies.with("phq9RemissionBelow", 4);

        assertTrue(phq9Trajectory(20, 3, policy).remission());
        assertFalse(phq9Trajectory(20, 4, policy).remission());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Instrument.class, names = {"GAD_7", "PCL_5", "QIDS_SR16"})
    void remissionIsUndefinedForOtherInstruments(Instrument instrument) {
        Trajectory trajectory = Trajectory.of(List.of(on(-1, instrument, 20), on(14, instrument, 0)), day(0),
                DEFAULTS);

        assertNull(trajectory.remission());
        assertNull(trajectory.mcidReached());
        assertNull(trajectory.relapse());
    }

    @ParameterizedTest(name = "{0} -> {1}: MCID {2}")
    @CsvSource({"20, 16, false", "20, 15, true", "20, 0, true", "10, 14, false"})
    void phq9McidIsADropOfAtLeast5(int baseline, int latest, boolean mcid) {
        assertEquals(mcid, phq9Trajectory(baseline, latest, DEFAULTS).mcidReached());
    }

    @Test
    void mcidFollowsThePolicy() {
        OutcomePolicy policy = Policies.with("phq9Mcid", 4);

        assertTrue(phq9Trajectory(20, 16, policy).mcidReached());
        assertFalse(phq9Trajectory(20, 17, policy).mcidReached());
        assertTrue(phq9Trajectory(10, 14, policy).worsening());
    }

    @ParameterizedTest(name = "PHQ-9 {0} -> {1}: worsening {2}")
    @CsvSource({"10, 14, false", "10, 15, true", "0, 5, true", "0, 4, false", "20, 10, false"})
    void phq9WorseningIsARiseOfAtLeastTheMcid(int baseline, int latest, boolean worsening) {
        assertEquals(worsening, phq9Trajectory(baseline, latest, DEFAULTS).worsening());
    }

    @ParameterizedTest(name = "GAD-7 {0} -> {1}: worsening {2}")
    @CsvSource({"10, 14, false", "10, 15, true", "0, 0, false", "0, 1, true", "1, 2, true", "3, 4, false",
            "12, 10, false"})
    void withoutAnMcidWorseningIsARiseOfAtLeastHalfTheBaseline(int baseline, int latest, boolean worsening) {
        Trajectory trajectory = Trajectory.of(
                List.of(on(-1, Instrument.GAD_7, baseline), on(14, Instrument.GAD_7, latest)), day(0), DEFAULTS);

        assertEquals(worsening, trajectory.worsening());
    }

    @Test
    void worseningPercentFollowsThePolicy() {
        OutcomePolicy policy = Policies.with("worseningRisePercent", 30);

        assertTrue(madrsTrajectory(20, 26, policy).worsening());
        assertFalse(madrsTrajectory(20, 25, policy).worsening());
    }

    @Test
    void assessmentsMustBePresentAndOfOneOutcomeInstrument() {
        assertThrows(IllegalArgumentException.class, () -> Trajectory.of(List.of(), day(0), DEFAULTS));
        assertThrows(IllegalArgumentException.class, () -> Trajectory.of(null, day(0), DEFAULTS));
        assertThrows(IllegalArgumentException.class,
                () -> Trajectory.of(Arrays.asList(phq9(-1, 10), null), day(0), DEFAULTS));
        assertThrows(IllegalArgumentException.class,
                () -> Trajectory.of(List.of(phq9(-1, 10), madrs(7, 10)), day(0), DEFAULTS));
        assertThrows(IllegalArgumentException.class, () -> Trajectory.of(List.of(phq9(-1, 10)), day(0), null));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Instrument.class, names = {"CADSS", "CADSS_6", "MOAA_S"})
    void sessionScalesHaveNoTrajectory(Instrument instrument) {
        assertThrows(IllegalArgumentException.class,
                () -> Trajectory.of(List.of(on(-1, instrument, 3), on(7, instrument, 2)), day(0), DEFAULTS));
    }

    @Test
    void cssrsScreenerHasNoTrajectory() {
        Assessment cssrs = new Assessment(UUID.randomUUID(), day(-1),
                Forms.score(Instrument.CSSRS_SCREENER, Forms.answers(0, 0, null, null, null, 0, null)));

        assertThrows(IllegalArgumentException.class, () -> Trajectory.of(List.of(cssrs), day(0), DEFAULTS));
    }

    @Test
    void rebuiltTrajectoryKeepsChangeConsistent() {
        assertThrows(IllegalArgumentException.class, () -> new Trajectory(Instrument.PHQ_9, UUID.randomUUID(), day(-1),
                20, true, UUID.randomUUID(), day(14), 10, -9, null, true, true, false, null, false));
    }

    private static Trajectory phq9Trajectory(int baseline, int latest, OutcomePolicy policy) {
        return Trajectory.of(List.of(phq9(-1, baseline), phq9(14, latest)), day(0), policy);
    }

    private static Trajectory madrsTrajectory(int baseline, int latest, OutcomePolicy policy) {
        return Trajectory.of(List.of(madrs(-1, baseline), madrs(14, latest)), day(0), policy);
    }
}
