package org.carepath.outcomes.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The defaults are DOMAIN.md's values; a clinic's overrides are checked for sense. */
class OutcomePolicyTest {

    @Test
    void defaultsAreDomainValues() {
        OutcomePolicy policy = OutcomePolicy.defaults();

        assertEquals(50, policy.responseReductionPercent());
        assertEquals(5, policy.phq9RemissionBelow());
        assertEquals(12, policy.madrsRemissionAtOrBelow());
        assertEquals(5, policy.phq9Mcid());
        assertEquals(50, policy.worseningRisePercent());
        assertEquals(22, policy.madrsRelapseAtOrAbove());
        assertEquals(5, policy.relapseMinDaysApart());
        assertEquals(15, policy.relapseMaxDaysApart());
        assertEquals(10, policy.phq9ReferralAtOrAbove());
        assertEquals(10, policy.gad7ReferralAtOrAbove());
        assertEquals(1, policy.phq9SuicideItemAtOrAbove());
        assertEquals(35, policy.madrsSevereAtOrAbove());
        assertEquals(33, policy.pcl5ProbablePtsdCutoff());
        assertEquals(2, policy.pcl5ItemEndorsedAtOrAbove());
        assertEquals(3, policy.moaasMeaningfulSedationAtOrBelow());
        assertFalse(policy.proratingEnabled());
        assertEquals(1, policy.phq9MaxProratedItems());
        assertEquals(1, policy.gad7MaxProratedItems());
        assertEquals(1, policy.pcl5MaxProratedItems());
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void byDefaultNoInstrumentIsProrated(Instrument instrument) {
        assertEquals(0, OutcomePolicy.defaults().maxProratedItems(instrument));
    }

    @Test
    void enabledProratingCoversPhq9Gad7AndPcl5Only() {
        OutcomePolicy policy = Policies.prorating();

        assertEquals(1, policy.maxProratedItems(Instrument.PHQ_9));
        assertEquals(1, policy.maxProratedItems(Instrument.GAD_7));
        assertEquals(1, policy.maxProratedItems(Instrument.PCL_5));
        assertEquals(0, policy.maxProratedItems(Instrument.MADRS));
        assertEquals(0, policy.maxProratedItems(Instrument.QIDS_SR16));
    }

    static Stream<Arguments> senselessOverrides() {
        return Stream.of(
                Arguments.of("response at 0%", "responseReductionPercent", 0),
                Arguments.of("response above 100%", "responseReductionPercent", 101),
                Arguments.of("PHQ-9 remission below 0", "phq9RemissionBelow", 0),
                Arguments.of("PHQ-9 remission beyond the scale", "phq9RemissionBelow", 28),
                Arguments.of("MADRS remission negative", "madrsRemissionAtOrBelow", -1),
                Arguments.of("MADRS remission at the relapse level", "madrsRemissionAtOrBelow", 22),
                Arguments.of("MADRS relapse beyond the scale", "madrsRelapseAtOrAbove", 61),
                Arguments.of("MCID 0", "phq9Mcid", 0),
                Arguments.of("MCID beyond the scale", "phq9Mcid", 28),
                Arguments.of("worsening at 0%", "worseningRisePercent", 0),
                Arguments.of("relapse 0 days apart", "relapseMinDaysApart", 0),
                Arguments.of("relapse minimum above maximum", "relapseMinDaysApart", 16),
                Arguments.of("PHQ-9 referral 0", "phq9ReferralAtOrAbove", 0),
                Arguments.of("PHQ-9 referral beyond the scale", "phq9ReferralAtOrAbove", 28),
                Arguments.of("GAD-7 referral 0", "gad7ReferralAtOrAbove", 0),
                Arguments.of("GAD-7 referral beyond the scale", "gad7ReferralAtOrAbove", 22),
                Arguments.of("item 9 urgent at 0", "phq9SuicideItemAtOrAbove", 0),
                Arguments.of("item 9 urgent beyond the item", "phq9SuicideItemAtOrAbove", 4),
                Arguments.of("item 9 urgent only from 2", "phq9SuicideItemAtOrAbove", 2),
                Arguments.of("MADRS severe inside the moderate band start", "madrsSevereAtOrAbove", 20),
                Arguments.of("MADRS severe beyond the scale", "madrsSevereAtOrAbove", 61),
                Arguments.of("PCL-5 cut-off 0", "pcl5ProbablePtsdCutoff", 0),
                Arguments.of("PCL-5 cut-off beyond the scale", "pcl5ProbablePtsdCutoff", 81),
                Arguments.of("PCL-5 endorsement 0", "pcl5ItemEndorsedAtOrAbove", 0),
                Arguments.of("PCL-5 endorsement beyond the item", "pcl5ItemEndorsedAtOrAbove", 5),
                Arguments.of("MOAA/S sedation negative", "moaasMeaningfulSedationAtOrBelow", -1),
                Arguments.of("MOAA/S sedation at fully awake", "moaasMeaningfulSedationAtOrBelow", 5),
                Arguments.of("PHQ-9 prorating negative", "phq9MaxProratedItems", -1),
                Arguments.of("PHQ-9 prorating every item", "phq9MaxProratedItems", 9),
                Arguments.of("GAD-7 prorating every item", "gad7MaxProratedItems", 7),
                Arguments.of("PCL-5 prorating every item", "pcl5MaxProratedItems", 20));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("senselessOverrides")
    void senselessOverrideIsRefused(String label, String component, Object value) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Policies.with(component, value));
        assertEquals(true, refused.getMessage().contains(component), refused.getMessage());
    }

    @Test
    void relapseWindowOfOneDayIsAccepted() {
        assertEquals(7, Policies.with("relapseMinDaysApart", 7, "relapseMaxDaysApart", 7).relapseMinDaysApart());
    }
}
