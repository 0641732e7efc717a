package org.carepath.outcomes.session.domain;

import static org.carepath.outcomes.session.domain.PreDoseChecklist.FLUIDS_NOT_FASTED;
import static org.carepath.outcomes.session.domain.PreDoseChecklist.FOOD_NOT_FASTED;
import static org.carepath.outcomes.session.domain.PreDoseChecklist.NASAL_MEDICATION_TOO_RECENT;
import static org.carepath.outcomes.session.domain.PreDoseChecklist.VITALS_NOT_ACCEPTABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Fasting and nasal medication timing for esketamine [S12][S25d]; acceptable vitals for every route. */
class PreDoseChecklistTest {

    static final SessionPolicy POLICY = SessionPolicy.defaults();
    static final Route ESKETAMINE = Route.ESKETAMINE_INTRANASAL;

    static PreDoseChecklist ready() {
        return new PreDoseChecklist(true, true, null, true);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void preparedPatientMeetsEveryItem(Route route) {
        assertEquals(List.of(), ready().unmet(route, POLICY));
    }

    @Test
    void foodWithinTwoHoursIsUnmet() {
        assertEquals(List.of(FOOD_NOT_FASTED), new PreDoseChecklist(false, true, null, true).unmet(ESKETAMINE, POLICY));
    }

    @Test
    void fluidsWithinThirtyMinutesAreUnmet() {
        assertEquals(List.of(FLUIDS_NOT_FASTED),
                new PreDoseChecklist(true, false, null, true).unmet(ESKETAMINE, POLICY));
    }

    @ParameterizedTest(name = "nasal medication {0} min before: met {1}")
    @CsvSource({"0, false", "59, false", "60, true", "61, true", "240, true"})
    void nasalMedicationAtLeastAnHourBefore(int minutesBefore, boolean met) {
        List<String> unmet = new PreDoseChecklist(true, true, minutesBefore, true).unmet(ESKETAMINE, POLICY);

        assertEquals(met ? List.of() : List.of(NASAL_MEDICATION_TOO_RECENT), unmet);
    }

    @Test
    void nasalMedicationGapFollowsPolicy() {
        SessionPolicy ninety = Policies.with("nasalMedicationMinutesBeforeDose", 90);

        assertEquals(List.of(NASAL_MEDICATION_TOO_RECENT),
                new PreDoseChecklist(true, true, 89, true).unmet(ESKETAMINE, ninety));
        assertEquals(List.of(), new PreDoseChecklist(true, true, 90, true).unmet(ESKETAMINE, ninety));
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void unacceptableVitalsAreUnmetOnEveryRoute(Route route) {
        PreDoseChecklist checklist = new PreDoseChecklist(true, true, null, false);

        assertEquals(List.of(VITALS_NOT_ACCEPTABLE), checklist.unmet(route, POLICY));
    }

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"IV", "IM", "ORAL"})
    void fastingAndNasalRulesAreEsketamineOnly(Route route) {
        assertEquals(List.of(), new PreDoseChecklist(false, false, 5, true).unmet(route, POLICY));
    }

    @Test
    void everyUnmetItemIsReportedAtOnce() {
        assertEquals(List.of(FOOD_NOT_FASTED, FLUIDS_NOT_FASTED, NASAL_MEDICATION_TOO_RECENT, VITALS_NOT_ACCEPTABLE),
                new PreDoseChecklist(false, false, 10, false).unmet(ESKETAMINE, POLICY));
    }

    @Test
    void negativeMinutesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PreDoseChecklist(true, true, -1, true));
    }

    @Test
    void routeAndPolicyAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> ready().unmet(null, POLICY));
        assertThrows(IllegalArgumentException.class, () -> ready().unmet(ESKETAMINE, null));
    }
}
