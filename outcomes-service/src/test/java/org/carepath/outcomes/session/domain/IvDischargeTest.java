package org.carepath.outcomes.session.domain;

import static org.carepath.outcomes.session.domain.Clock.START;
import static org.carepath.outcomes.session.domain.Clock.bp;
import static org.carepath.outcomes.session.domain.Clock.bpHr;
import static org.carepath.outcomes.session.domain.Clock.minute;
import static org.carepath.outcomes.session.domain.DischargeRule.INFUSION_NOT_ENDED;
import static org.carepath.outcomes.session.domain.DischargeRule.MONITORING_TIME_NOT_ELAPSED;
import static org.carepath.outcomes.session.domain.DischargeRule.PRE_DISCHARGE_VITALS_MISSING;
import static org.carepath.outcomes.session.domain.DischargeRule.PRE_DOSE_VITALS_MISSING;
import static org.carepath.outcomes.session.domain.DischargeRule.READINESS_NOT_ASSESSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * IV: the infusion has ended, the minimum monitoring after it has passed (60 min, UNVERIFIED [S19][S20]), BP and
 * heart rate were taken before the infusion and after it within the pre-discharge window, and readiness assessed.
 */
class IvDischargeTest {

    static final SessionPolicy POLICY = SessionPolicy.defaults();
    static final Instant INFUSION_END = minute(40);

    /** BP and heart rate at -5 and 95 minutes; the infusion runs 0-40, so monitoring may end at 100. */
    static List<Vitals> complete() {
        return List.of(bpHr(minute(-5)), bpHr(minute(95)));
    }

    static List<String> unmet(Instant infusionEnd, List<Vitals> vitals, Instant readiness, Instant discharge) {
        return unmet(infusionEnd, vitals, readiness, discharge, POLICY);
    }

    static List<String> unmet(Instant infusionEnd, List<Vitals> vitals, Instant readiness, Instant discharge,
            SessionPolicy policy) {
        return DischargeRule.unmet(Route.IV, START, infusionEnd, vitals, readiness, discharge, policy);
    }

    @Test
    void completeSessionMayBeDischargedAnHourAfterTheInfusion() {
        assertEquals(List.of(), unmet(INFUSION_END, complete(), minute(100), minute(100)));
    }

    @ParameterizedTest(name = "discharge {0} min {1} s after the infusion: elapsed {2}")
    @CsvSource({"59, 59, false", "60, 0, true", "90, 0, true"})
    void monitoringCountsFromTheEndOfTheInfusion(int minutes, int seconds, boolean elapsed) {
        Instant discharge = INFUSION_END.plusSeconds(minutes * 60L + seconds);
        List<Vitals> vitals = List.of(bpHr(minute(-5)), bpHr(discharge.minusSeconds(60)));

        assertEquals(elapsed ? List.of() : List.of(MONITORING_TIME_NOT_ELAPSED, READINESS_NOT_ASSESSED),
                unmet(INFUSION_END, vitals, discharge, discharge));
    }

    @Test
    void aRunningInfusionBlocksEverythingThatCountsFromItsEnd() {
        assertEquals(List.of(INFUSION_NOT_ENDED, MONITORING_TIME_NOT_ELAPSED, PRE_DISCHARGE_VITALS_MISSING,
                READINESS_NOT_ASSESSED), unmet(null, complete(), minute(100), minute(100)));
    }

    @Test
    void anInfusionEndAfterDischargeHasNotHappened() {
        assertEquals(List.of(INFUSION_NOT_ENDED, MONITORING_TIME_NOT_ELAPSED, PRE_DISCHARGE_VITALS_MISSING,
                READINESS_NOT_ASSESSED), unmet(minute(101), complete(), minute(100), minute(100)));
    }

    @Test
    void preDoseVitalsNeedBpAndHeartRate() {
        assertEquals(List.of(PRE_DOSE_VITALS_MISSING),
                unmet(INFUSION_END, List.of(bp(-5, 128, 82), bpHr(minute(95))), minute(100), minute(100)));
        assertEquals(List.of(PRE_DOSE_VITALS_MISSING), unmet(INFUSION_END,
                List.of(Clock.heartRateOnly(minute(-5)), bpHr(minute(95))), minute(100), minute(100)));
    }

    @Test
    void preDischargeVitalsNeedBpAndHeartRate() {
        assertEquals(List.of(PRE_DISCHARGE_VITALS_MISSING),
                unmet(INFUSION_END, List.of(bpHr(minute(-5)), bp(95, 128, 82)), minute(100), minute(100)));
    }

    @ParameterizedTest(name = "discharge at 130, vitals at {0} min {1} s: present {2}")
    @CsvSource({"100, 0, true", "99, 59, false", "130, 0, true", "130, 1, false"})
    void preDischargeVitalsWithinTheWindow(int minutes, int seconds, boolean present) {
        List<Vitals> vitals = List.of(bpHr(minute(-5)), bpHr(minute(minutes, seconds)));

        assertEquals(present ? List.of() : List.of(PRE_DISCHARGE_VITALS_MISSING),
                unmet(INFUSION_END, vitals, minute(130), minute(130)));
    }

    @Test
    void preDischargeVitalsAreTakenAfterTheInfusion() {
        SessionPolicy wideWindow = Policies.with("preDischargeVitalsWindowMinutes", 90);

        assertEquals(List.of(PRE_DISCHARGE_VITALS_MISSING), unmet(INFUSION_END,
                List.of(bpHr(minute(-5)), bpHr(INFUSION_END)), minute(100), minute(100), wideWindow));
        assertEquals(List.of(), unmet(INFUSION_END, List.of(bpHr(minute(-5)), bpHr(minute(40, 1))), minute(100),
                minute(100), wideWindow));
    }

    @Test
    void readinessIsAssessedOnceTheMinimumAfterTheInfusionHasPassed() {
        assertEquals(List.of(READINESS_NOT_ASSESSED), unmet(INFUSION_END, complete(), null, minute(100)));
        assertEquals(List.of(READINESS_NOT_ASSESSED), unmet(INFUSION_END, complete(), minute(99, 59), minute(110)));
        assertEquals(List.of(), unmet(INFUSION_END, complete(), minute(100), minute(110)));
    }

    @Test
    void minimumAfterTheInfusionFollowsPolicy() {
        SessionPolicy policy = Policies.with("ivMinimumMonitoringAfterInfusionMinutes", 90);
        List<Vitals> vitals = List.of(bpHr(minute(-5)), bpHr(minute(125)));

        assertEquals(List.of(MONITORING_TIME_NOT_ELAPSED, READINESS_NOT_ASSESSED),
                unmet(INFUSION_END, vitals, minute(129), minute(129), policy));
        assertEquals(List.of(), unmet(INFUSION_END, vitals, minute(130), minute(130), policy));
    }

    @Test
    void infusionMustEndAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> unmet(START, complete(), minute(100), minute(100)));
        assertThrows(IllegalArgumentException.class, () -> unmet(minute(-1), complete(), minute(100), minute(100)));
    }
}
