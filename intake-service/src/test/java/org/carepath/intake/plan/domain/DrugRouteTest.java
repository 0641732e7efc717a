package org.carepath.intake.plan.domain;

import static org.carepath.intake.plan.domain.Violations.assertOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.carepath.intake.eligibility.domain.Route;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Esketamine goes only intranasally; racemic ketamine only by IV, IM or mouth [S1][S13][S15][S16]. */
class DrugRouteTest {

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @CsvSource({
            "ESKETAMINE, ESKETAMINE_INTRANASAL, true", "ESKETAMINE, IV, false", "ESKETAMINE, IM, false",
            "ESKETAMINE, ORAL, false", "RACEMIC_KETAMINE, ESKETAMINE_INTRANASAL, false",
            "RACEMIC_KETAMINE, IV, true", "RACEMIC_KETAMINE, IM, true", "RACEMIC_KETAMINE, ORAL, true"})
    void eachDrugHasItsRoutes(Drug drug, Route route, boolean given) {
        assertEquals(given, drug.givenBy(route));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @CsvSource({"ESKETAMINE, IV", "ESKETAMINE, IM", "ESKETAMINE, ORAL", "RACEMIC_KETAMINE, ESKETAMINE_INTRANASAL"})
    void mismatchIsTheOnlyViolationReported(Drug drug, Route route) {
        assertOnly(Plans.iv().drug(drug).route(route).check(Patients.unweighed()), "drug-route-mismatch", "drug");
    }
}
