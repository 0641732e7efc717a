package org.carepath.intake.plan.domain;

import static org.carepath.intake.plan.domain.Plans.mg;
import static org.carepath.intake.plan.domain.Plans.perKg;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.carepath.intake.eligibility.domain.Indication;
import org.junit.jupiter.api.Test;

/** Messages state the rule and name a DOMAIN.md source; they never repeat the patient's age or weight. */
class ViolationPrivacyTest {

    @Test
    void messagesCarryNoPatientData() {
        PatientFacts older = new PatientFacts(73, new BigDecimal("81.3"), Indication.TRD);
        PatientFacts mdsi = new PatientFacts(73, new BigDecimal("81.3"), Indication.MDSI);
        List<PlanViolation> violations = new ArrayList<>();
        violations.addAll(Plans.esketamine().first(mg("28")).subsequent(mg("84")).induction(3, 6).maintenanceEvery(3)
                .reassessAt(1).check(older, Policies.eu()));
        violations.addAll(Plans.esketamine().first(mg("70")).subsequent(perKg("1")).check(older));
        violations.addAll(Plans.esketamineMdsi().first(mg("56")).subsequent(mg("28")).induction(2, 6)
                .maintenanceEvery(1).check(mdsi));
        violations.addAll(Plans.iv().first(mg("73")).subsequent(perKg("0.9")).infusionMinutes(120).induction(5, 2)
                .reassessAt(2, 3).check(older));
        violations.addAll(Plans.oral().first(mg("400")).subsequent(perKg("9")).infusionMinutes(5).check(older));
        violations.addAll(Plans.im().first(mg("73")).check(new PatientFacts(73, null, Indication.TRD)));

        assertTrue(violations.size() > 20, violations::toString);
        for (PlanViolation violation : violations) {
            assertFalse(violation.message().contains("73"), violation::toString);
            assertFalse(violation.message().contains("81"), violation::toString);
            assertTrue(violation.source().matches("(\\[S\\d+[a-z]?\\])+"), violation::toString);
        }
    }
}
