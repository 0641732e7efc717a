package org.carepath.outcomes.session.domain;

import static org.carepath.outcomes.session.domain.Clock.START;
import static org.carepath.outcomes.session.domain.Clock.bp;
import static org.carepath.outcomes.session.domain.Clock.bpHr;
import static org.carepath.outcomes.session.domain.Clock.minute;
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
import org.junit.jupiter.params.provider.EnumSource;

/**
 * IM and oral: monitoring counts from administration (IM 60, oral 120 minutes, UNVERIFIED [S48b][S48c]); BP and heart
 * rate before the dose and within the pre-discharge window; readiness assessed once the minimum has passed.
 */
class ImOralDischargeTest {

    static final SessionPolicy POLICY = SessionPolicy.defaults();

    static List<String> unmet(Route route, List<Vitals> vitals, Instant readiness, Instant discharge) {
        return unmet(route, vitals, readiness, discharge, POLICY);
    }

    static List<String> unmet(Route route, List<Vitals> vitals, Instant readiness, Instant discharge,
            SessionPolicy policy) {
        return DischargeRule.unmet(route, START, null, vitals, readiness, discharge, policy);
    }

    static List<Vitals> vitalsBefore(int dischargeMinute) {
        return List.of(bpHr(minute(-5)), bpHr(minute(dischargeMinute - 5)));
    }

    @ParameterizedTest(name = "{0} discharged at {1} min {2} s: elapsed {3}")
    @CsvSource({
            "IM, 59, 59, false", "IM, 60, 0, true", "ORAL, 119, 59, false", "ORAL, 120, 0, true",
            "ORAL, 150, 0, true"})
    void monitoringCountsFromAdministration(Route route, int minutes, int seconds, boolean elapsed) {
        Instant discharge = minute(minutes, seconds);
        List<Vitals> vitals = List.of(bpHr(minute(-5)), bpHr(minute(minutes - 5)));

        assertEquals(elapsed ? List.of() : List.of(MONITORING_TIME_NOT_ELAPSED, READINESS_NOT_ASSESSED),
                unmet(route, vitals, discharge, discharge));
    }

    @Test
    void minimumsFollowPolicy() {
        SessionPolicy policy = Policies.with(Policies.with("imMinimumMonitoringMinutes", 90),
                "oralMinimumMonitoringMinutes", 150);

        assertEquals(List.of(MONITORING_TIME_NOT_ELAPSED, READINESS_NOT_ASSESSED),
                unmet(Route.IM, vitalsBefore(89), minute(89), minute(89), policy));
        assertEquals(List.of(), unmet(Route.IM, vitalsBefore(90), minute(90), minute(90), policy));
        assertEquals(List.of(MONITORING_TIME_NOT_ELAPSED, READINESS_NOT_ASSESSED),
                unmet(Route.ORAL, vitalsBefore(149), minute(149), minute(149), policy));
        assertEquals(List.of(), unmet(Route.ORAL, vitalsBefore(150), minute(150), minute(150), policy));
    }

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"IM", "ORAL"})
    void preDoseVitalsNeedBpAndHeartRate(Route route) {
        List<Vitals> vitals = List.of(bp(-5, 128, 82), bpHr(minute(115)));

        assertEquals(List.of(PRE_DOSE_VITALS_MISSING), unmet(route, vitals, minute(120), minute(120)));
    }

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"IM", "ORAL"})
    void preDischargeVitalsAreWithinTheWindow(Route route) {
        assertEquals(List.of(PRE_DISCHARGE_VITALS_MISSING),
                unmet(route, List.of(bpHr(minute(-5)), bpHr(minute(89, 59))), minute(120), minute(120)));
        assertEquals(List.of(), unmet(route, List.of(bpHr(minute(-5)), bpHr(minute(90))), minute(120), minute(120)));
        assertEquals(List.of(PRE_DISCHARGE_VITALS_MISSING),
                unmet(route, List.of(bpHr(minute(-5)), bp(115, 128, 82)), minute(120), minute(120)));
    }

    @Test
    void thePreDoseReadingIsNotAlsoThePreDischargeReading() {
        SessionPolicy wideWindow = Policies.with("preDischargeVitalsWindowMinutes", 90);

        assertEquals(List.of(PRE_DISCHARGE_VITALS_MISSING),
                unmet(Route.IM, List.of(bpHr(START)), minute(60), minute(60), wideWindow));
    }

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"IM", "ORAL"})
    void readinessMustBeAssessed(Route route) {
        assertEquals(List.of(READINESS_NOT_ASSESSED), unmet(route, vitalsBefore(120), null, minute(120)));
    }

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"IM", "ORAL"})
    void infusionEndBelongsToIvOnly(Route route) {
        assertThrows(IllegalArgumentException.class, () -> DischargeRule.unmet(route, START, minute(30),
                vitalsBefore(120), minute(120), minute(120), POLICY));
    }

    @Test
    void everyUnmetRequirementIsReportedAtOnce() {
        assertEquals(List.of(MONITORING_TIME_NOT_ELAPSED, PRE_DOSE_VITALS_MISSING, PRE_DISCHARGE_VITALS_MISSING,
                READINESS_NOT_ASSESSED), unmet(Route.ORAL, List.of(), null, minute(10)));
    }
}
