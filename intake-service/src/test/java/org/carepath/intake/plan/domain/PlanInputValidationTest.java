package org.carepath.intake.plan.domain;

import static org.carepath.intake.plan.domain.Plans.mg;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.carepath.intake.eligibility.domain.Indication;
import org.carepath.intake.eligibility.domain.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What cannot be a plan at all is refused with IllegalArgumentException, so the edge can answer 400. */
class PlanInputValidationTest {

    static final InductionSchedule INDUCTION = new InductionSchedule(2, 4);

    static DosingPlan plan(Route route, Drug drug, Dose first, Dose subsequent, Integer minutes,
            InductionSchedule induction, int integrationSessions, List<Integer> reassessmentWeeks) {
        return new DosingPlan(route, drug, first, subsequent, minutes, induction, null, integrationSessions,
                reassessmentWeeks);
    }

    @Test
    void requiredPlanFieldsAreRefusedWhenMissing() {
        Route route = Route.ESKETAMINE_INTRANASAL;
        Drug drug = Drug.ESKETAMINE;
        Dose dose = mg("56");
        List<Integer> weeks = List.of(4);
        assertThrows(IllegalArgumentException.class, () -> plan(null, drug, dose, dose, null, INDUCTION, 0, weeks));
        assertThrows(IllegalArgumentException.class, () -> plan(route, null, dose, dose, null, INDUCTION, 0, weeks));
        assertThrows(IllegalArgumentException.class, () -> plan(route, drug, null, dose, null, INDUCTION, 0, weeks));
        assertThrows(IllegalArgumentException.class, () -> plan(route, drug, dose, null, null, INDUCTION, 0, weeks));
        assertThrows(IllegalArgumentException.class, () -> plan(route, drug, dose, dose, null, null, 0, weeks));
        assertThrows(IllegalArgumentException.class, () -> plan(route, drug, dose, dose, null, INDUCTION, 0, null));
    }

    @ParameterizedTest(name = "{0} minutes")
    @ValueSource(ints = {0, -40})
    void infusionMinutesMustBePositive(int minutes) {
        assertThrows(IllegalArgumentException.class, () -> Plans.iv().infusionMinutes(minutes).build());
    }

    @Test
    void integrationSessionsMayBeZeroButNotNegative() {
        Dose dose = mg("56");
        assertDoesNotThrow(() -> plan(Route.ESKETAMINE_INTRANASAL, Drug.ESKETAMINE, dose, dose, null, INDUCTION, 0,
                List.of(4)));
        assertThrows(IllegalArgumentException.class, () -> plan(Route.ESKETAMINE_INTRANASAL, Drug.ESKETAMINE, dose,
                dose, null, INDUCTION, -1, List.of(4)));
    }

    @Test
    void reassessmentWeeksArePositiveDistinctAndNotNull() {
        assertThrows(IllegalArgumentException.class, () -> Plans.esketamine().reassessAt(0, 4).build());
        assertThrows(IllegalArgumentException.class, () -> Plans.esketamine().reassessAt(-1).build());
        assertThrows(IllegalArgumentException.class, () -> Plans.esketamine().reassessAt(4, 4).build());
        assertThrows(IllegalArgumentException.class, () -> Plans.esketamine().reassessAt(4, null).build());
    }

    @Test
    void reassessmentWeeksKeepTheRequestOrderAndCannotBeChangedLater() {
        List<Integer> weeks = new ArrayList<>(Arrays.asList(8, 4));
        DosingPlan plan = new DosingPlan(Route.ESKETAMINE_INTRANASAL, Drug.ESKETAMINE, mg("56"), mg("56"), null,
                INDUCTION, null, 0, weeks);
        weeks.add(12);

        assertEquals(List.of(8, 4), plan.reassessmentWeeks());
        assertThrows(UnsupportedOperationException.class, () -> plan.reassessmentWeeks().add(1));
    }

    @Test
    void schedulesNeedAtLeastOneSessionWeekAndInterval() {
        assertThrows(IllegalArgumentException.class, () -> new InductionSchedule(0, 4));
        assertThrows(IllegalArgumentException.class, () -> new InductionSchedule(2, 0));
        assertThrows(IllegalArgumentException.class, () -> new MaintenanceSchedule(0));
        assertThrows(IllegalArgumentException.class, () -> new MaintenanceSchedule(-1));
    }

    @Test
    void patientFactsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new PatientFacts(-1, null, Indication.TRD));
        assertThrows(IllegalArgumentException.class, () -> new PatientFacts(40, BigDecimal.ZERO, Indication.TRD));
        assertThrows(IllegalArgumentException.class, () -> new PatientFacts(40, new BigDecimal("-70"), Indication.TRD));
        assertThrows(IllegalArgumentException.class, () -> new PatientFacts(40, null, null));
        assertDoesNotThrow(() -> new PatientFacts(40, null, Indication.TRD));
    }

    @Test
    void checkRefusesMissingArguments() {
        DosingPlan plan = Plans.esketamine().build();
        assertThrows(IllegalArgumentException.class, () -> PlanRules.check(null, Patients.adult(),
                PlanPolicy.defaults()));
        assertThrows(IllegalArgumentException.class, () -> PlanRules.check(plan, null, PlanPolicy.defaults()));
        assertThrows(IllegalArgumentException.class, () -> PlanRules.check(plan, Patients.adult(), null));
    }

    @Test
    void violationsAreWellFormed() {
        assertThrows(IllegalArgumentException.class, () -> new PlanViolation("Not Kebab", "f", "m", "[S1]"));
        assertThrows(IllegalArgumentException.class, () -> new PlanViolation("code", " ", "m", "[S1]"));
        assertThrows(IllegalArgumentException.class, () -> new PlanViolation("code", "f", "", "[S1]"));
        assertThrows(IllegalArgumentException.class, () -> new PlanViolation("code", "f", "m", null));
    }

    @Test
    void violationListCannotBeChanged() {
        List<PlanViolation> violations = Plans.esketamine().first(mg("84")).check();

        assertThrows(UnsupportedOperationException.class, () -> violations.clear());
    }
}
