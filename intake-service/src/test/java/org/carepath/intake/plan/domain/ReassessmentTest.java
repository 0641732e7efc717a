package org.carepath.intake.plan.domain;

import static org.carepath.intake.plan.domain.Violations.assertOnly;
import static org.carepath.intake.plan.domain.Violations.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Efficacy is reviewed at the end of induction [S1][S11][S23a]; reassessments fall within the plan [S11][S48]. */
class ReassessmentTest {

    @Test
    void endOfInductionReviewIsRequiredForEsketamine() {
        var violations = Plans.esketamine().reassessAt(2).check();

        assertOnly(violations, "end-of-induction-reassessment-missing", "reassessmentWeeks");
        assertEquals("[S1][S11]", violations.get(0).source());
    }

    @Test
    void endOfInductionReviewIsRequiredForRacemicKetamine() {
        var violations = Plans.iv().reassessAt().check();

        assertOnly(violations, "end-of-induction-reassessment-missing", "reassessmentWeeks");
        assertEquals("[S23a][S23b][S23c]", violations.get(0).source());
    }

    @Test
    void furtherReassessmentsDuringMaintenanceAreValid() {
        assertValid(Plans.esketamine().reassessAt(2, 4, 8, 12, 26).check());
    }

    @Test
    void reassessmentAfterAPlanWithoutMaintenanceIsRefusedByIndex() {
        assertOnly(Plans.iv().reassessAt(1, 2, 3).check(), "reassessment-week-outside-plan", "reassessmentWeeks[2]");
    }

    @Test
    void lastWeekOfAPlanWithoutMaintenanceIsTheEndOfInduction() {
        assertEquals(2, Plans.iv().build().lastWeek());
        assertEquals(null, Plans.esketamine().build().lastWeek());
    }
}
