package org.carepath.intake.eligibility.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The defaults are DOMAIN.md's values; a clinic's overrides are checked for sense. */
class EligibilityPolicyTest {

    @Test
    void defaultsAreDomainValues() {
        EligibilityPolicy policy = EligibilityPolicy.defaults();

        assertEquals(18, policy.minimumAgeYears());
        assertEquals(2, policy.trdMinimumFailedTrials());
        assertEquals(4, policy.trdMinimumTrialWeeks());
        assertEquals(50, policy.trdNonResponseImprovementPercent());
        assertFalse(policy.euProfile());
        assertEquals(6, policy.euCardiovascularEventWeeks());
        assertEquals(6, policy.practiceCardiovascularEventMonths());
        assertEquals(8, policy.benzodiazepineDiazepamEquivalentMgPerDay());
        assertEquals(12, policy.substanceUseAbstinenceMonths());
        assertEquals(180, policy.parenteralDoNotStartSystolic());
        assertEquals(150, policy.parenteralDoNotStartHeartRate());
        assertEquals(140, policy.esketamineSystolicGuide());
        assertEquals(90, policy.esketamineDiastolicGuide());
        assertEquals(150, policy.esketamineSystolicGuideOlderAdultsEu());
        assertEquals(65, policy.olderAdultAgeYears());
        assertEquals(24, policy.suicidalityWarningMaxAgeYears());
        assertEquals(60, policy.nasalSprayLeadMinutes());
    }

    static Stream<Arguments> senselessOverrides() {
        return Stream.<Arguments>of(
                override("minimum age 0", p -> p.minimumAgeYears(0)),
                override("no trials needed", p -> p.trdMinimumFailedTrials(0)),
                override("trial of 0 weeks", p -> p.trdMinimumTrialWeeks(0)),
                override("non-response at 0%", p -> p.trdNonResponseImprovementPercent(0)),
                override("non-response above 100%", p -> p.trdNonResponseImprovementPercent(100.5)),
                override("EU window 0 weeks", p -> p.euCardiovascularEventWeeks(0)),
                override("practice window 0 months", p -> p.practiceCardiovascularEventMonths(0)),
                override("negative diazepam threshold", p -> p.benzodiazepineDiazepamEquivalentMgPerDay(-1)),
                override("abstinence 0 months", p -> p.substanceUseAbstinenceMonths(0)),
                override("do-not-start systolic 0", p -> p.parenteralDoNotStartSystolic(0)),
                override("do-not-start heart rate 0", p -> p.parenteralDoNotStartHeartRate(0)),
                override("systolic guide not above diastolic", p -> p.esketamineSystolicGuide(90)),
                override("diastolic guide 0", p -> p.esketamineDiastolicGuide(0)),
                override("older-adult guide not above diastolic", p -> p.esketamineSystolicGuideOlderAdultsEu(90)),
                override("older-adult age 0", p -> p.olderAdultAgeYears(0)),
                override("boxed warning age 0", p -> p.suicidalityWarningMaxAgeYears(0)),
                override("negative nasal lead time", p -> p.nasalSprayLeadMinutes(-1)));
    }

    static Arguments override(String label, UnaryOperator<Policies> change) {
        return Arguments.of(label, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("senselessOverrides")
    void senselessOverrideIsRefused(String label, UnaryOperator<Policies> change) {
        assertThrows(IllegalArgumentException.class, () -> change.apply(Policies.defaults()).build());
    }
}
