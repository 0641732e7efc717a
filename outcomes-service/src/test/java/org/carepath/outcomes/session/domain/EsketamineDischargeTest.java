package org.carepath.outcomes.session.domain;

import static org.carepath.outcomes.session.domain.Clock.START;
import static org.carepath.outcomes.session.domain.Clock.bp;
import static org.carepath.outcomes.session.domain.Clock.minute;
import static org.carepath.outcomes.session.domain.DischargeRule.MONITORING_TIME_NOT_ELAPSED;
import static org.carepath.outcomes.session.domain.DischargeRule.POST_DOSE_BP_MISSING;
import static org.carepath.outcomes.session.domain.DischargeRule.PRE_DISCHARGE_BP_MISSING;
import static org.carepath.outcomes.session.domain.DischargeRule.PRE_DOSE_BP_MISSING;
import static org.carepath.outcomes.session.domain.DischargeRule.READINESS_NOT_ASSESSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule 2: an esketamine session closes only after 120 minutes from the first device, with BP before the dose, at
 * about 40 minutes and before discharge, and a readiness assessment made once the 120 minutes have passed [S4][S8].
 */
class EsketamineDischargeTest {

    static final SessionPolicy POLICY = SessionPolicy.defaults();

    /** A complete session: BP at -5, 40 and 115 minutes, readiness and discharge at 120. */
    static List<Vitals> complete() {
        return List.of(bp(-5, 128, 82), bp(40, 150, 92), bp(115, 132, 84));
    }

    static List<String> unmet(List<Vitals> vitals, Instant readiness, Instant discharge) {
        return unmet(vitals, readiness, discharge, POLICY);
    }

    static List<String> unmet(List<Vitals> vitals, Instant readiness, Instant discharge, SessionPolicy policy) {
        return DischargeRule.unmet(Route.ESKETAMINE_INTRANASAL, START, null, vitals, readiness, discharge, policy);
    }

    static List<Vitals> with(List<Vitals> vitals, Vitals extra) {
        List<Vitals> all = new ArrayList<>(vitals);
        all.add(extra);
        return all;
    }

    @Test
    void completeSessionMayBeDischargedAt120Minutes() {
        assertEquals(List.of(), unmet(complete(), minute(120), minute(120)));
    }

    @Test
    void at119MinutesTheSessionStaysOpen() {
        assertEquals(List.of(MONITORING_TIME_NOT_ELAPSED, READINESS_NOT_ASSESSED),
                unmet(complete(), minute(119), minute(119)));
    }

    @Test
    void oneSecondShortOf120MinutesTheSessionStaysOpen() {
        assertEquals(List.of(MONITORING_TIME_NOT_ELAPSED, READINESS_NOT_ASSESSED),
                unmet(complete(), minute(119, 59), minute(119, 59)));
    }

    @Test
    void eachUnmetRequirementSaysWhyAnEarlyReadinessDoesNotCount() {
        List<UnmetRequirement> unmet = DischargeRule.assess(Route.ESKETAMINE_INTRANASAL, START, null, complete(),
                minute(5), minute(119, 30), POLICY);

        assertEquals(List.of(
                new UnmetRequirement(MONITORING_TIME_NOT_ELAPSED,
                        "the 120-minute monitoring window after the first device has 1 min to run"),
                new UnmetRequirement(READINESS_NOT_ASSESSED, "readiness to leave counts only when assessed after the"
                        + " 120-minute monitoring window after the first device; the one recorded 5 minutes after the"
                        + " first device does not count: assess again")), unmet);
    }

    @Test
    void missingReadingsNameTheWindowsTheyCountIn() {
        List<UnmetRequirement> unmet = DischargeRule.assess(Route.ESKETAMINE_INTRANASAL, START, null,
                List.of(bp(-5, 128, 82), bp(10, 150, 92), bp(60, 132, 84)), null, minute(120), POLICY);

        assertEquals(List.of(
                new UnmetRequirement(POST_DOSE_BP_MISSING, "no blood pressure was taken 25 to 55 minutes after the"
                        + " first device; a reading outside that window does not count"),
                new UnmetRequirement(PRE_DISCHARGE_BP_MISSING, "no blood pressure was taken in the 30 minutes before"
                        + " discharge, after the post-dose one"),
                new UnmetRequirement(READINESS_NOT_ASSESSED, "readiness to leave counts only when assessed after the"
                        + " 120-minute monitoring window after the first device; none was recorded")), unmet);
    }

    @Test
    void aLongerClinicMinimumIsApplied() {
        SessionPolicy policy = Policies.with("esketamineMinimumMonitoringMinutes", 150);
        List<Vitals> vitals = List.of(bp(-5, 128, 82), bp(40, 150, 92), bp(140, 132, 84));

        assertEquals(List.of(MONITORING_TIME_NOT_ELAPSED, READINESS_NOT_ASSESSED),
                unmet(vitals, minute(149), minute(149), policy));
        assertEquals(List.of(), unmet(vitals, minute(150), minute(150), policy));
    }

    @Test
    void preDoseBpIsRequired() {
        List<Vitals> vitals = List.of(bp(40, 150, 92), bp(115, 132, 84));

        assertEquals(List.of(PRE_DOSE_BP_MISSING), unmet(vitals, minute(120), minute(120)));
    }

    @Test
    void preDoseBpMayBeTakenAtTheFirstDevice() {
        List<Vitals> vitals = List.of(bp(START, 128, 82), bp(40, 150, 92), bp(115, 132, 84));

        assertEquals(List.of(), unmet(vitals, minute(120), minute(120)));
    }

    @Test
    void aReadingAfterTheFirstDeviceIsNotPreDose() {
        List<Vitals> vitals = List.of(bp(minute(0, 1), 128, 82), bp(40, 150, 92), bp(115, 132, 84));

        assertEquals(List.of(PRE_DOSE_BP_MISSING), unmet(vitals, minute(120), minute(120)));
    }

    @Test
    void preDoseReadingWithoutBpDoesNotCount() {
        List<Vitals> vitals = List.of(Clock.heartRateOnly(minute(-5)), bp(40, 150, 92), bp(115, 132, 84));

        assertEquals(List.of(PRE_DOSE_BP_MISSING), unmet(vitals, minute(120), minute(120)));
    }

    @ParameterizedTest(name = "post-dose BP at {0} min {1} s: present {2}")
    @CsvSource({
            "40, 0, true", "25, 0, true", "24, 59, false", "55, 0, true", "55, 1, false", "10, 0, false",
            "90, 0, false"})
    void postDoseBpWithinTheToleranceOf40Minutes(int minutes, int seconds, boolean present) {
        List<Vitals> vitals = List.of(bp(-5, 128, 82), bp(minute(minutes, seconds), 150, 92), bp(115, 132, 84));

        assertEquals(present ? List.of() : List.of(POST_DOSE_BP_MISSING), unmet(vitals, minute(120), minute(120)));
    }

    @Test
    void postDoseToleranceFollowsPolicy() {
        SessionPolicy policy = Policies.with("postDoseBpToleranceMinutes", 10);

        assertEquals(List.of(), unmet(List.of(bp(-5, 128, 82), bp(30, 150, 92), bp(115, 132, 84)), minute(120),
                minute(120), policy));
        assertEquals(List.of(POST_DOSE_BP_MISSING), unmet(List.of(bp(-5, 128, 82), bp(minute(29, 59), 150, 92),
                bp(115, 132, 84)), minute(120), minute(120), policy));
    }

    @Test
    void postDoseMarkFollowsPolicy() {
        SessionPolicy policy = Policies.with("postDoseBpMinutes", 60);

        assertEquals(List.of(POST_DOSE_BP_MISSING), unmet(complete(), minute(120), minute(120), policy));
        assertEquals(List.of(), unmet(List.of(bp(-5, 128, 82), bp(60, 150, 92), bp(115, 132, 84)), minute(120),
                minute(120), policy));
    }

    @ParameterizedTest(name = "discharge at 150, pre-discharge BP at {0} min {1} s: present {2}")
    @CsvSource({"120, 0, true", "119, 59, false", "150, 0, true", "135, 0, true", "150, 1, false"})
    void preDischargeBpWithinTheLast30Minutes(int minutes, int seconds, boolean present) {
        List<Vitals> vitals = List.of(bp(-5, 128, 82), bp(40, 150, 92), bp(minute(minutes, seconds), 132, 84));

        assertEquals(present ? List.of() : List.of(PRE_DISCHARGE_BP_MISSING), unmet(vitals, minute(150),
                minute(150)));
    }

    @Test
    void preDischargeWindowFollowsPolicy() {
        SessionPolicy policy = Policies.with("preDischargeVitalsWindowMinutes", 15);

        assertEquals(List.of(PRE_DISCHARGE_BP_MISSING), unmet(complete(), minute(135), minute(135), policy));
        assertEquals(List.of(), unmet(complete(), minute(130), minute(130), policy));
    }

    @Test
    void preDischargeReadingWithoutBpDoesNotCount() {
        List<Vitals> vitals = List.of(bp(-5, 128, 82), bp(40, 150, 92), Clock.heartRateOnly(minute(115)));

        assertEquals(List.of(PRE_DISCHARGE_BP_MISSING), unmet(vitals, minute(120), minute(120)));
    }

    @Test
    void the40MinuteReadingIsNotAlsoThePreDischargeReading() {
        SessionPolicy wideWindow = Policies.with("preDischargeVitalsWindowMinutes", 100);
        List<Vitals> vitals = List.of(bp(-5, 128, 82), bp(40, 150, 92));

        assertEquals(List.of(PRE_DISCHARGE_BP_MISSING), unmet(vitals, minute(120), minute(120), wideWindow));
        assertEquals(List.of(), unmet(with(vitals, bp(45, 140, 90)), minute(120), minute(120), wideWindow));
    }

    @Test
    void withoutA40MinuteReadingAPreDischargeReadingStillCounts() {
        List<Vitals> vitals = List.of(bp(-5, 128, 82), bp(115, 132, 84));

        assertEquals(List.of(POST_DOSE_BP_MISSING), unmet(vitals, minute(120), minute(120)));
    }

    @Test
    void readinessMustBeAssessed() {
        assertEquals(List.of(READINESS_NOT_ASSESSED), unmet(complete(), null, minute(120)));
    }

    @ParameterizedTest(name = "readiness at {0} min {1} s, discharge at 130: assessed {2}")
    @CsvSource({"119, 59, false", "120, 0, true", "125, 0, true", "130, 0, true", "130, 1, false"})
    void readinessCountsFromTheMonitoringMinimumUntilDischarge(int minutes, int seconds, boolean assessed) {
        List<String> unmet = unmet(complete(), minute(minutes, seconds), minute(130));

        assertEquals(assessed ? List.of() : List.of(READINESS_NOT_ASSESSED), unmet);
    }

    @Test
    void readingsAfterDischargeDoNotCount() {
        List<Vitals> vitals = List.of(bp(-5, 128, 82), bp(40, 150, 92), bp(121, 132, 84));

        assertEquals(List.of(PRE_DISCHARGE_BP_MISSING), unmet(vitals, minute(120), minute(120)));
    }

    @Test
    void everyUnmetRequirementIsReportedAtOnce() {
        assertEquals(List.of(MONITORING_TIME_NOT_ELAPSED, PRE_DOSE_BP_MISSING, POST_DOSE_BP_MISSING,
                PRE_DISCHARGE_BP_MISSING, READINESS_NOT_ASSESSED), unmet(List.of(), null, minute(20)));
    }

    @Test
    void codesAreKebabCase() {
        for (String code : unmet(List.of(), null, minute(20))) {
            assertTrue(code.matches("[a-z0-9]+(-[a-z0-9]+)*"), code);
        }
    }

    @Test
    void inconsistentInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DischargeRule.unmet(Route.ESKETAMINE_INTRANASAL, START,
                minute(40), complete(), minute(120), minute(120), POLICY));
        assertThrows(IllegalArgumentException.class, () -> unmet(complete(), null, minute(-1)));
        assertThrows(IllegalArgumentException.class, () -> unmet(null, null, minute(120)));
        assertThrows(IllegalArgumentException.class, () -> unmet(complete(), null, null));
        assertThrows(IllegalArgumentException.class, () -> unmet(complete(), null, minute(120), null));
        List<Vitals> withNull = new ArrayList<>(complete());
        withNull.add(null);
        assertThrows(IllegalArgumentException.class, () -> unmet(withNull, minute(120), minute(120)));
    }
}
