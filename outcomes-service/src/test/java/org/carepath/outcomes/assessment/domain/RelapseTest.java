package org.carepath.outcomes.assessment.domain;

import static org.carepath.outcomes.assessment.domain.Assessments.at;
import static org.carepath.outcomes.assessment.domain.Assessments.day;
import static org.carepath.outcomes.assessment.domain.Assessments.madrs;
import static org.carepath.outcomes.assessment.domain.Assessments.phq9;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MADRS relapse [S34]: after response or remission, two consecutive assessments each at 22 or more, 5 to 15
 * calendar days apart.
 */
class RelapseTest {

    private static final OutcomePolicy DEFAULTS = OutcomePolicy.defaults();

    @ParameterizedTest(name = "{0} days apart: relapse {1}")
    @CsvSource({"4, false", "5, true", "10, true", "15, true", "16, false"})
    void twoHighScoresAfterRemissionRelapseWhenSpacedFiveToFifteenDays(int daysApart, boolean relapse) {
        List<Assessment> course = List.of(madrs(-1, 34), madrs(14, 10), madrs(28, 22), madrs(28 + daysApart, 22));

        assertEquals(relapse, Trajectory.of(course, day(0), DEFAULTS).relapse());
    }

    @Test
    void responseWithoutRemissionIsEnoughToRelapseFrom() {
        // 34 -> 17 is a 50% drop, still above remission
        List<Assessment> course = List.of(madrs(-1, 34), madrs(14, 17), madrs(28, 25), madrs(35, 30));

        Trajectory trajectory = Trajectory.of(course, day(0), DEFAULTS);

        assertTrue(trajectory.relapse());
        assertFalse(trajectory.response());
        assertFalse(trajectory.worsening());
    }

    @Test
    void highScoresWithoutPriorResponseOrRemissionAreNoRelapse() {
        List<Assessment> course = List.of(madrs(-1, 34), madrs(14, 18), madrs(28, 25), madrs(35, 30));

        assertFalse(Trajectory.of(course, day(0), DEFAULTS).relapse());
    }

    @ParameterizedTest(name = "{0} then {1}: relapse {2}")
    @CsvSource({"21, 22, false", "22, 21, false", "22, 22, true", "40, 60, true"})
    void bothAssessmentsMustReachTheRelapseLevel(int first, int second, boolean relapse) {
        List<Assessment> course = List.of(madrs(-1, 34), madrs(14, 10), madrs(28, first), madrs(35, second));

        assertEquals(relapse, Trajectory.of(course, day(0), DEFAULTS).relapse());
    }

    @Test
    void theTwoHighScoresMustBeConsecutive() {
        List<Assessment> course = List.of(madrs(-1, 34), madrs(14, 10), madrs(28, 25), madrs(31, 15),
                madrs(35, 25));

        assertFalse(Trajectory.of(course, day(0), DEFAULTS).relapse());
    }

    @Test
    void theAssessmentThatReachedResponseDoesNotCountTowardsRelapse() {
        // 50 -> 25 is response yet at the relapse level; relapse needs two high scores after it
        List<Assessment> course = List.of(madrs(-1, 50), madrs(14, 25), madrs(21, 24));

        assertFalse(Trajectory.of(course, day(0), DEFAULTS).relapse());
        assertTrue(Trajectory.of(List.of(madrs(-1, 50), madrs(14, 25), madrs(21, 24), madrs(28, 23)), day(0),
                DEFAULTS).relapse());
    }

    @Test
    void preDoseScoresNeverCountAsResponseOrRelapse() {
        // the pre-dose 10 precedes the baseline of 34; both post-dose scores are high
        List<Assessment> course = List.of(madrs(-20, 40), madrs(-10, 10), madrs(-1, 34), madrs(14, 25),
                madrs(21, 25));

        assertFalse(Trajectory.of(course, day(0), DEFAULTS).relapse());
    }

    @Test
    void daysAreCalendarDaysWhereEachAssessmentWasTaken() {
        OffsetDateTime evening = OffsetDateTime.parse("2025-04-01T20:00:00+02:00");
        OffsetDateTime morningFiveDaysOn = OffsetDateTime.parse("2025-04-06T08:00:00+02:00");
        List<Assessment> course = List.of(madrs(-1, 34), madrs(14, 10), at(evening, Instrument.MADRS, 25),
                at(morningFiveDaysOn, Instrument.MADRS, 25));

        assertTrue(Trajectory.of(course, day(0), DEFAULTS).relapse());
    }

    @Test
    void relapseLevelAndWindowFollowThePolicy() {
        List<Assessment> course = List.of(madrs(-1, 34), madrs(14, 10), madrs(28, 24), madrs(31, 24));

        assertFalse(Trajectory.of(course, day(0), DEFAULTS).relapse());
        assertTrue(Trajectory.of(course, day(0), Policies.with("relapseMinDaysApart", 3)).relapse());
        assertFalse(Trajectory.of(course, day(0),
                Policies.with("relapseMinDaysApart", 3, "madrsRelapseAtOrAbove", 25)).relapse());
    }

    @Test
    void relapseIsJudgedForMadrsOnly() {
        List<Assessment> course = List.of(phq9(-1, 24), phq9(14, 4), phq9(28, 22), phq9(35, 22));

        assertNull(Trajectory.of(course, day(0), DEFAULTS).relapse());
    }

    @Test
    void noRelapseIsClaimedWithoutABaselineBeforeTheFirstDose() {
        // judged from the first post-dose 34 this would be a relapse; the course has no pre-dose score
        List<Assessment> course = List.of(madrs(1, 34), madrs(14, 10), madrs(28, 25), madrs(35, 25));

        assertNull(Trajectory.of(course, day(0), DEFAULTS).relapse());
        assertTrue(Trajectory.of(course, day(1), DEFAULTS).relapse(), "the same course dosed after its first score");
    }

    @Test
    void noRelapseWithoutEnoughAssessments() {
        assertNull(Trajectory.of(List.of(madrs(-1, 34)), day(0), DEFAULTS).relapse(), "no score since the dose");
        assertFalse(Trajectory.of(List.of(madrs(-1, 34), madrs(14, 10)), day(0), DEFAULTS).relapse());
    }
}
