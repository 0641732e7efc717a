package org.carepath.intake.eligibility.domain;

import static org.carepath.intake.eligibility.domain.Decisions.assertCleanlyEligible;
import static org.carepath.intake.eligibility.domain.Decisions.assertDecided;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Esketamine is labelled for TRD and MDSI [S1][S14]; anything else is off-label and needs sign-off. */
class EsketamineIndicationRuleTest {

    @ParameterizedTest
    @EnumSource(value = Indication.class, names = {"TRD", "MDSI"})
    void labelledIndicationsNeedNoSignOff(Indication indication) {
        assertCleanlyEligible(Screenings.eligible().indication(indication).decide(), Route.ESKETAMINE_INTRANASAL);
    }

    @ParameterizedTest
    @EnumSource(value = Indication.class, names = {"TRD", "MDSI"}, mode = EnumSource.Mode.EXCLUDE)
    void offLabelIndicationNeedsSignOffForEsketamineOnly(Indication indication) {
        EligibilityDecision decision = Screenings.eligible().indication(indication).decide();

        assertDecided(decision, Route.ESKETAMINE_INTRANASAL, Outcome.REVIEW_REQUIRED, "esketamine-indication-off-label",
                Severity.REQUIRES_SIGN_OFF);
        assertCleanlyEligible(decision, Route.IV);
        assertCleanlyEligible(decision, Route.IM);
        assertCleanlyEligible(decision, Route.ORAL);
    }
}
