package org.carepath.outcomes.assessment.domain;

import static org.carepath.outcomes.assessment.domain.Assessments.day;
import static org.carepath.outcomes.assessment.domain.Assessments.madrs;
import static org.carepath.outcomes.assessment.domain.Assessments.on;
import static org.carepath.outcomes.assessment.domain.Assessments.phq9;
import static org.carepath.outcomes.assessment.domain.Assessments.screening;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

/**
 * Baseline: the last score at or before the first dose, a screening's included; change, response, remission, MCID and
 * worsening per DOMAIN.md 4.8, claimed only against that baseline and a score after the dose.
 */
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
        assertEquals(Assessment.Origin.ASSESSMENT, trajectory.baselineOrigin());
        assertEquals(Assessability.ASSESSABLE, trajectory.assessability());
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
    void aScreeningScoreBeforeTheFirstDoseIsTheBaseline() {
        // Finding A: the screening's PHQ-9 of 18 was ignored and the first post-dose score taken as the baseline.
        Assessment screening = screening(-12, Instrument.PHQ_9, 18);
        Assessment firstAfterDose = phq9(1, 12);
        Assessment latest = phq9(8, 9);

        Trajectory trajectory = Trajectory.of(List.of(firstAfterDose, latest, screening), day(0), DEFAULTS);

        assertEquals(screening.id(), trajectory.baselineId());
        assertEquals(18, trajectory.baselineTotal());
        assertEquals(Assessment.Origin.SCREENING, trajectory.baselineOrigin());
        assertEquals(Assessability.ASSESSABLE, trajectory.assessability());
        assertEquals(-9, trajectory.change());
        assertTrue(trajectory.response());
        assertTrue(trajectory.mcidReached());
        assertEquals(Assessment.Origin.ASSESSMENT, trajectory.latestOrigin());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Instrument.class, names = {"PHQ_9", "GAD_7"})
    void aLaterPreDoseClinicScoreReplacesTheScreening(Instrument instrument) {
        Assessment screening = screening(-12, instrument, 18);
        Assessment clinic = on(-2, instrument, 16);

        Trajectory trajectory = Trajectory.of(List.of(screening, clinic, on(8, instrument, 8)), day(0), DEFAULTS);

        assertEquals(clinic.id(), trajectory.baselineId());
        assertEquals(16, trajectory.baselineTotal());
        assertEquals(Assessment.Origin.ASSESSMENT, trajectory.baselineOrigin());
        assertTrue(trajectory.response());
    }

    @Test
    void aScreeningAfterTheClinicScoreIsTheLaterBaseline() {
        Assessment screening = screening(-1, Instrument.PHQ_9, 18);

        assertEquals(screening.id(),
                Trajectory.of(List.of(phq9(-5, 22), screening, phq9(8, 9)), day(0), DEFAULTS).baselineId());
    }

    @Test
    void atOneMomentTheScoreListedLaterIsTheBaseline() {
        Assessment screening = screening(-3, Instrument.PHQ_9, 18);
        Assessment clinic = phq9(-3, 17);

        assertEquals(clinic.id(),
                Trajectory.of(List.of(screening, clinic, phq9(8, 9)), day(0), DEFAULTS).baselineId());
    }

    @Test
    void scoresOnlyAfterTheFirstDoseGiveNoBaselineAndClaimNothing() {
        // 20 -> 4 would be response, remission, MCID, had the first post-dose score been taken as the baseline
        Assessment latest = phq9(14, 4);

        Trajectory trajectory = Trajectory.of(List.of(phq9(1, 20), phq9(7, 12), latest), day(0), DEFAULTS);

        assertEquals(Assessability.NO_PRE_DOSE_BASELINE, trajectory.assessability());
        assertNull(trajectory.baselineId());
        assertNull(trajectory.baselineAt());
        assertNull(trajectory.baselineTotal());
        assertNull(trajectory.baselineOrigin());
        assertEquals(latest.id(), trajectory.latestId());
        assertEquals(4, trajectory.latestTotal());
        assertNothingClaimed(trajectory);
    }

    @Test
    void aScreeningRecordedAfterTheFirstDoseIsNoBaseline() {
        Trajectory trajectory = Trajectory.of(List.of(screening(1, Instrument.PHQ_9, 18), phq9(8, 4)), day(0),
                DEFAULTS);

        assertEquals(Assessability.NO_PRE_DOSE_BASELINE, trajectory.assessability());
        assertNothingClaimed(trajectory);
    }

    @Test
    void withoutADoseTheLatestScoreIsTheBaselineAndNothingIsClaimed() {
        // 20 -> 3 before any dose is no response to treatment, nor remission on it
        Assessment latest = phq9(-3, 3);

        Trajectory trajectory = Trajectory.of(List.of(screening(-10, Instrument.PHQ_9, 20), latest), null, DEFAULTS);

        assertEquals(Assessability.NO_DOSE_YET, trajectory.assessability());
        assertEquals(latest.id(), trajectory.baselineId());
        assertEquals(3, trajectory.baselineTotal());
        assertEquals(latest.id(), trajectory.latestId());
        assertNothingClaimed(trajectory);
    }

    @Test
    void withNoScoreSinceTheFirstDoseNothingIsClaimed() {
        Assessment preDose = phq9(-1, 3);

        Trajectory trajectory = Trajectory.of(List.of(phq9(-8, 20), preDose), day(0), DEFAULTS);

        assertEquals(Assessability.NO_SCORE_SINCE_FIRST_DOSE, trajectory.assessability());
        assertEquals(preDose.id(), trajectory.baselineId());
        assertEquals(preDose.id(), trajectory.latestId());
        assertNothingClaimed(trajectory);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Instrument.class, names = {"PHQ_9", "GAD_7", "PCL_5", "MADRS", "QIDS_SR16"})
    void everyOutcomeInstrumentNeedsAPreDoseBaseline(Instrument instrument) {
        assertNothingClaimed(Trajectory.of(List.of(on(1, instrument, 20), on(14, instrument, 0)), day(0), DEFAULTS));
        assertEquals(Assessability.ASSESSABLE,
                Trajectory.of(List.of(on(0, instrument, 20), on(14, instrument, 0)), day(0), DEFAULTS).assessability());
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
    void aSinglePreDoseScoreIsBothBaselineAndLatestAndClaimsNothing() {
        Trajectory trajectory = Trajectory.of(List.of(phq9(-1, 12)), day(0), DEFAULTS);

        assertEquals(trajectory.baselineId(), trajectory.latestId());
        assertEquals(Assessability.NO_SCORE_SINCE_FIRST_DOSE, trajectory.assessability());
        assertNothingClaimed(trajectory);
    }

    @Test
    void anUnchangedScoreAfterTheDoseIsAChangeOfZero() {
        Trajectory trajectory = phq9Trajectory(12, 12, DEFAULTS);

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
    void cssrsScreenerHasNoTotalAndSoNoTrajectory() {
        assertThrows(IllegalArgumentException.class, () -> new Assessment(UUID.randomUUID(), day(-1),
                Instrument.CSSRS_SCREENER, 0, Assessment.Origin.ASSESSMENT));
    }

    @ParameterizedTest(name = "{0} total {1}")
    @CsvSource({"PHQ_9, -1", "PHQ_9, 28", "GAD_7, 22", "MADRS, 61"})
    void aScoreOutsideItsInstrumentsRangeIsRefused(Instrument instrument, int total) {
        assertThrows(IllegalArgumentException.class,
                () -> new Assessment(UUID.randomUUID(), day(-1), instrument, total, Assessment.Origin.SCREENING));
    }

    @Test
    void rebuiltTrajectoryKeepsChangeConsistent() {
        assertThrows(IllegalArgumentException.class, () -> new Trajectory(Instrument.PHQ_9, Assessability.ASSESSABLE,
                UUID.randomUUID(), day(-1), 20, Assessment.Origin.ASSESSMENT,
                UUID.randomUUID(), day(14), 10, Assessment.Origin.ASSESSMENT,
                -9, null, true, true, false, null, false));
    }

    @Test
    void aTrajectoryThatIsNotAssessableCannotClaimAnything() {
        assertThrows(IllegalArgumentException.class, () -> new Trajectory(Instrument.PHQ_9,
                Assessability.NO_PRE_DOSE_BASELINE, null, null, null, null,
                UUID.randomUUID(), day(14), 4, Assessment.Origin.ASSESSMENT,
                null, null, null, null, true, null, null));
    }

    @Test
    void aBaselineIsGivenWholeAndOnlyWhenThereIsOne() {
        assertThrows(IllegalArgumentException.class, () -> new Trajectory(Instrument.PHQ_9,
                Assessability.NO_SCORE_SINCE_FIRST_DOSE, UUID.randomUUID(), day(-1), null, Assessment.Origin.SCREENING,
                UUID.randomUUID(), day(-1), 4, Assessment.Origin.SCREENING,
                null, null, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Trajectory(Instrument.PHQ_9,
                Assessability.NO_PRE_DOSE_BASELINE, UUID.randomUUID(), day(-1), 12, Assessment.Origin.SCREENING,
                UUID.randomUUID(), day(14), 4, Assessment.Origin.ASSESSMENT,
                null, null, null, null, null, null, null));
    }

    private static void assertNothingClaimed(Trajectory trajectory) {
        assertNotEquals(Assessability.ASSESSABLE, trajectory.assessability());
        assertNull(trajectory.change());
        assertNull(trajectory.percentChange());
        assertNull(trajectory.mcidReached());
        assertNull(trajectory.response());
        assertNull(trajectory.remission());
        assertNull(trajectory.relapse());
        assertNull(trajectory.worsening());
        assertFalse(trajectory.responseClaimed() || trajectory.remissionClaimed() || trajectory.relapseClaimed());
    }

    private static Trajectory phq9Trajectory(int baseline, int latest, OutcomePolicy policy) {
        return Trajectory.of(List.of(phq9(-1, baseline), phq9(14, latest)), day(0), policy);
    }

    private static Trajectory madrsTrajectory(int baseline, int latest, OutcomePolicy policy) {
        return Trajectory.of(List.of(madrs(-1, baseline), madrs(14, latest)), day(0), policy);
    }
}
